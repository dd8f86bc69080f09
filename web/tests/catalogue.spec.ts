// A visitor looks for an event, reads its page in their language, and takes it to their calendar.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

const DEMO_EVENT = 'Design Thinking Master Class';
const OPERATOR = {
  email: process.env.REGISTRY_BOOTSTRAP_OPERATOR_EMAIL ?? 'operator@example.org',
  password: process.env.REGISTRY_BOOTSTRAP_OPERATOR_PASSWORD ?? 'dev-operator-password',
};

interface Ticket { name: string; price: { amount: number; currency: string } }
interface Event { id: string; title: string; ticket_types: Ticket[]; co_organisers: { partnership_id: string | null; lead: boolean }[] }

async function demoEvent(request: APIRequestContext): Promise<Event> {
  const found = await request.get('/api/events/events', { params: { q: DEMO_EVENT, lang: 'en' } });
  expect(found.ok()).toBe(true);
  const event = (await found.json()).items.find((e: Event) => e.title === DEMO_EVENT);
  expect(event, 'the demo data has the master class').toBeTruthy();
  return event;
}

/** The price as the page writes it in English (minor units, the currency's own decimals). */
function priceInEnglish({ amount, currency }: Ticket['price']): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

async function withoutShareSheet(page: Page) {
  // The clipboard path is the one to check: some Chromium builds have a share sheet, headless ones cannot show it.
  await page.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'share', { value: undefined }); });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
}

test('a visitor searches the catalogue, opens the master class and takes it to their calendar', async ({ page }) => {
  const event = await demoEvent(page.request);
  await withoutShareSheet(page);
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();

  const search = page.getByRole('search', { name: 'Search events' });
  await search.getByLabel('Words').fill('design thinking');
  await search.getByLabel('Kind of event').selectOption({ label: 'Master class' });
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]q=design(\+|%20)thinking/);
  await expect(page).toHaveURL(/[?&]kind=master_class/);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO_EVENT }) }).first();
  await expect(card).toBeVisible();
  await expect(card.getByText('Master class', { exact: true })).toBeVisible();
  await expect(card.getByText(/seats? left|Sold out/)).toBeVisible();
  await expect(card.getByText('Your time:', { exact: false })).toBeVisible(); // Kyiv's event, seen from Berlin
  await snap(page, 'catalogue');
  await expectAccessible(page);
  await expectFitsPhone(page);

  // A filter nothing matches says so; going back brings the earlier search, its form filled in again.
  await search.getByLabel('Kind of event').selectOption({ label: 'Festival' });
  await search.getByLabel('Words').fill('design thinking');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No events match this search.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clear all filters' }).first()).toBeVisible();
  await snap(page, 'catalogue-empty');
  await page.goBack();
  await expect(card).toBeVisible();
  await expect(search.getByLabel('Kind of event')).toHaveValue('master_class');

  await card.getByRole('link', { name: DEMO_EVENT }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: DEMO_EVENT })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Creative Spark Lviv' })).toHaveAttribute('href', /\/partnerships\//);

  const tickets = page.getByRole('region', { name: 'Tickets' });
  for (const ticket of event.ticket_types) {
    const type = tickets.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ticket.name }) });
    await expect(type.getByText(ticket.price.amount === 0 ? 'Free' : priceInEnglish(ticket.price))).toBeVisible();
    await expect(type.getByText('Seats left')).toBeVisible();
  }
  await expect(page.getByText(/^\d+ seats? left$|^Sold out$/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Buy tickets' }))
    .toHaveAttribute('href', `/events/${event.id}/checkout`);

  const calendar = page.getByRole('link', { name: 'Add to calendar' });
  const ics = await page.request.get((await calendar.getAttribute('href'))!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await snap(page, 'event');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 2, name: 'Programm' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tickets kaufen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zum Kalender hinzufügen' })).toHaveAttribute('href', /lang=de/);
  await expect(page.getByText('Meisterkurs', { exact: true })).toBeVisible();
  await snap(page, 'event-de');
  await expectAccessible(page);
});

/** As the platform operator: an event over two days with speakers and a moderator, published. */
async function eventWithAgenda(request: APIRequestContext, partnershipId: string) {
  const login = await request.post('/api/registry/auth/login', { data: OPERATOR });
  expect(login.ok(), 'operator login').toBe(true);
  const headers = { Authorization: `Bearer ${(await login.json()).access_token}` };
  const experts = (await (await request.get('/api/registry/experts', { params: { limit: 3 } })).json()).items;
  expect(experts.length).toBeGreaterThanOrEqual(2);
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const next = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
  const at = (date: string, time: string) => `${date}T${time}:00+02:00`;
  const created = await request.post('/api/events/events', {
    headers,
    data: {
      title: { en: 'Agenda check: two-day creative jam', de: 'Programmprobe: zweitägiger Creative Jam' },
      kind: 'creative_jam', timezone: 'Europe/Kyiv', starts_at: at(day, '10:00'), ends_at: at(next, '17:00'),
      organisers: [{ partnership_id: partnershipId, lead: true, revenue_share_bps: 10_000 }],
      online_url: 'https://example.org/stream',
      sessions: [
        { title: 'Opening and teams', starts_at: at(day, '10:00'), ends_at: at(day, '11:00'), room: 'Main hall',
          speakers: [experts[0].id], moderators: [experts[1].id] },
        { title: 'Demo of the prototypes', starts_at: at(next, '15:00'), ends_at: at(next, '17:00'),
          speakers: [experts[1].id] },
      ],
      ticket_types: [{ name: 'Free entry', price: { amount: 0, currency: 'UAH' }, capacity: 20 }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const event = await created.json();
  expect((await request.post(`/api/events/events/${event.id}/publish`, { headers })).ok()).toBe(true);
  const cancel = () => request.post(`/api/events/events/${event.id}/cancel`, { headers, data: { reason: 'Test over' } });
  return { event, experts, cancel };
}

test('the agenda shows each day with its speakers linked to their profiles', async ({ page }) => {
  const demo = await demoEvent(page.request);
  const lead = demo.co_organisers.find((o) => o.lead && o.partnership_id)!;
  const { event, experts, cancel } = await eventWithAgenda(page.request, lead.partnership_id!);
  try {
    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda check: two-day creative jam' })).toBeVisible();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await expect(agenda.getByRole('heading', { level: 3 })).toHaveCount(2);
    const first = agenda.getByRole('region').first();
    await expect(first.getByRole('heading', { level: 4, name: 'Opening and teams' })).toBeVisible();
    await expect(first.getByText('Room: Main hall')).toBeVisible();
    await expect(first.getByRole('link', { name: experts[0].name })).toHaveAttribute('href', `/experts/${experts[0].id}`);
    await expect(first.getByText('Moderator:')).toBeVisible();
    await expect(agenda.getByRole('region').nth(1).getByRole('heading', { name: 'Demo of the prototypes' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Join online' })).toHaveAttribute('href', 'https://example.org/stream');
    await expect(page.getByRole('region', { name: 'Tickets' }).getByText('Free', { exact: true })).toBeVisible();
    await snap(page, 'event-agenda');
    await expectAccessible(page);

    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('heading', { level: 1, name: 'Programmprobe: zweitägiger Creative Jam' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Programm' })).toBeVisible();
  } finally {
    await cancel();
  }
});

test('the catalogue pages forward and back with the search kept in the address', async ({ page }) => {
  const all = await (await page.request.get('/api/events/events', { params: { limit: 13, available: true } })).json();
  expect(all.items.length, 'the demo data fills more than one page of events with seats').toBe(13);
  await page.goto('/events?available=true');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/available=true.*cursor=|cursor=.*available=true/);
  await expect(page.getByText('Page 2')).toBeVisible();
  await page.getByRole('link', { name: 'Previous page' }).click();
  await expect(page.getByText('Page 1')).toBeVisible();
  await expect(page).not.toHaveURL(/cursor=/);
  await page.goBack();
  await expect(page.getByText('Page 2')).toBeVisible();
  await expect(page.getByLabel('Only events with seats left')).toBeChecked();
});
