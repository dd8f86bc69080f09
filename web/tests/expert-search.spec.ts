import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

/** The Ukrainian word for `count` experts, by the language's own plural rules (1 експерт, 3 експерти, 5 експертів). */
function ukrainianExperts(count: number): string {
  const form = new Intl.PluralRules('uk').select(count);
  return `${count} ${{ one: 'експерт', few: 'експерти', many: 'експертів' }[form as 'one' | 'few' | 'many'] ?? 'експерта'}`;
}

/** A demo expert in Kharkiv who knows design thinking, as the registry has them. */
async function kharkivDesigner(page: import('@playwright/test').Page): Promise<string> {
  const answer = await page.request.get('/api/registry/experts', { params: { skill: 'design-thinking', city: 'Kharkiv', limit: 1 } });
  const [expert] = (await answer.json()).items;
  expect(expert, 'the demo data has a design thinker in Kharkiv').toBeTruthy();
  return expert.name;
}

/** The name misspelt as a hurried visitor types it: one letter dropped from each longer word. */
function misspelt(name: string): string {
  return name.split(' ').map((word) => (word.length > 4 ? word.slice(0, 2) + word.slice(3) : word)).join(' ');
}

test('a visitor finds an expert by skill and city, compares views and reads the count in Ukrainian', async ({ page }) => {
  const name = await kharkivDesigner(page);
  await page.goto('/experts');
  await expect(page.getByRole('heading', { level: 1, name: 'Find experts' })).toBeVisible();
  const count = page.getByRole('status').filter({ hasText: /experts?$/ });
  await expect(count).toBeVisible();

  await page.getByRole('checkbox', { name: /^Design thinking \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/skill=/);
  await page.getByLabel('City').selectOption('Kharkiv');
  await expect(page).toHaveURL(/city=Kharkiv/);
  await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Design thinking/ })).toBeChecked();
  await expect(count).toHaveText(/^\d+ experts?$/);
  await expect(page.getByRole('link', { name: 'Show on the map' })).toHaveAttribute('href', /city=Kharkiv/);
  await snap(page, 'expert-search-cards');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByRole('table', { name: 'Experts found' });
  await expect(table.getByRole('rowheader', { name, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  await snap(page, 'expert-search-table');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.goBack();
  await expect(page).not.toHaveURL(/view=table/);
  await expect(table).toHaveCount(0);
  await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  await expect(page.getByLabel('City')).toHaveValue('Kharkiv');

  await page.getByRole('banner').getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('heading', { level: 1, name: 'Пошук експертів' })).toBeVisible();
  const ukCount = page.getByRole('status').filter({ hasText: /експерт/ });
  const shown = Number((await ukCount.textContent())?.match(/\d+/)?.[0]);
  await expect(ukCount).toHaveText(ukrainianExperts(shown));
  await expect(page.getByRole('checkbox', { name: /^Дизайн-мислення \(\d+\)$/ })).toBeChecked();
  await snap(page, 'expert-search-uk');
  await expectAccessible(page);
});

test('a name with typos still finds the expert', async ({ page }) => {
  const name = await kharkivDesigner(page);
  await page.goto('/experts');
  await page.getByLabel('Search experts').fill(misspelt(name));
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
});

test('more experts are shown on request and stay shown after a reload', async ({ page }) => {
  await page.goto('/experts');
  const names = page.getByRole('list').getByRole('heading', { level: 3 });
  await expect(names.first()).toBeVisible();
  const before = await names.count();
  await page.getByRole('button', { name: 'Show more experts' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(() => names.count()).toBeGreaterThan(before);
  await expect(names.nth(before).getByRole('link')).toBeFocused(); // the keyboard goes on at the first one added
  const after = await names.count();
  await page.reload();
  await expect.poll(() => names.count()).toBe(after);
});

test('the network statistics show counts as charts with their numbers', async ({ page }) => {
  await page.goto('/experts');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network statistics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network statistics' })).toBeVisible();
  const kinds = page.getByRole('table', { name: 'Organisations by kind' });
  await expect(kinds.getByRole('rowheader', { name: 'University' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Organisations and experts by city' })
    .getByRole('rowheader', { name: /Kharkiv/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Experts by skill area' })
    .getByRole('link', { name: 'Creative industries' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Most connected organisations' }).getByRole('link').first()).toBeVisible();
  await snap(page, 'network-stats');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.getByRole('banner').getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('heading', { level: 1, name: 'Статистика мережі' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Організації за типом' }).getByRole('rowheader', { name: 'Університет' }))
    .toBeVisible();
  await snap(page, 'network-stats-uk');
});
