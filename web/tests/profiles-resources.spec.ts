import type { APIRequestContext } from '@playwright/test';
import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';
import { PlatformApi } from './fixtures/platform-api';

const REGISTRY = '/api/registry';

interface Chain {
  expert: { id: string; name: string };
  organisation: { id: string; name: string; names: Record<string, string> };
  partnership: { id: string; name: string };
  network: { id: string; name: string };
}

/** A demo expert whose organisation is in a partnership of a network, found through the public API. */
async function demoChain(request: APIRequestContext): Promise<Chain> {
  const get = async (path: string) => {
    const response = await request.get(`${REGISTRY}${path}`);
    expect(response.ok(), path).toBeTruthy();
    return response.json();
  };
  for (const network of await get('/networks')) {
    for (const partnershipId of network.partnership_ids) {
      const partnership = await get(`/partnerships/${partnershipId}`);
      for (const member of partnership.members) {
        const experts = await get(`/experts?organisation_id=${member.organisation_id}&limit=1`);
        if (experts.items.length) {
          const organisation = await get(`/organisations/${member.organisation_id}`);
          return { expert: experts.items[0], organisation, partnership, network };
        }
      }
    }
  }
  throw new Error('the demo data has no expert in a networked partnership');
}

test('from an expert to their organisation, partnership and network, then to signing in', async ({ page, request }) => {
  const chain = await demoChain(request);
  await page.goto(`/experts/${chain.expert.id}`);
  await expect(page.getByRole('heading', { level: 1, name: chain.expert.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Events of their organisations' })).toBeVisible();
  await snap(page, 'profile-expert');
  await expectAccessible(page);
  await expectFitsPhone(page);

  const organisationName = chain.organisation.names.en ?? chain.organisation.name;
  await page.getByRole('link', { name: organisationName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Resources' })).toBeVisible();
  await snap(page, 'profile-organisation');
  await expectAccessible(page);

  await page.getByRole('link', { name: chain.partnership.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: chain.partnership.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Member organisations' })).toBeVisible();
  await snap(page, 'profile-partnership');
  await expectAccessible(page);

  await page.getByRole('link', { name: chain.network.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: chain.network.name })).toBeVisible();
  await expect(page.getByRole('link', { name: chain.partnership.name })).toBeVisible();
  await snap(page, 'profile-network');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.goBack();
  await page.getByRole('link', { name: 'Request cooperation' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Cooperation requests come with an account')).toBeVisible();
  await snap(page, 'sign-in');
  await expectAccessible(page);
  await expectFitsPhone(page);
});

test('signing in: a wrong password is said plainly, the right one returns to the page asked for', async ({ page, request }) => {
  const { email, password } = await (await PlatformApi.asOperator(request)).newPerson('profile-visitor');

  await page.goto('/sign-in?next=/resources');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The e-mail or the password is wrong.');
  await snap(page, 'sign-in-wrong');
  await expectAccessible(page);

  await page.getByLabel('Language').selectOption('uk');
  await page.getByRole('button', { name: 'Увійти' }).click();
  await expect(page.getByRole('alert')).toHaveText('Неправильна електронна пошта або пароль.');
  await page.getByLabel('Мова').selectOption('en');

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/resources');
  await expect(page.getByRole('heading', { level: 1, name: 'Resources' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test('the resource map filters by kind and shows the resources by city on a map', async ({ page }) => {
  await page.goto('/resources');
  await expect(page.getByRole('heading', { level: 1, name: 'Resources' })).toBeVisible();
  await page.getByLabel('Kind').selectOption({ label: 'Venue' });
  await page.getByRole('button', { name: 'Show resources' }).click();
  await expect(page).toHaveURL(/kind=venue/);
  const results = page.getByRole('region', { name: 'Found resources' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  for (const kind of await results.getByText(/^(Venue|Coach|Equipment|Funding)$/).allTextContents()) {
    expect(kind).toBe('Venue');
  }
  await snap(page, 'resources-list');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/view=map/);
  await expect(page.getByRole('region', { name: 'Map of resources by city' })).toBeVisible();
  const city = page.getByRole('button', { name: /: \d+ resources?$/ }).first();
  await expect(city).toBeVisible();
  await page.waitForTimeout(1000); // the outlines draw after the first frame
  await snap(page, 'resources-map');
  await expectAccessible(page);
  await expectFitsPhone(page);

  await city.click();
  await expect(page).toHaveURL(/city=/);
  await expect(results.getByRole('listitem').first()).toBeVisible();

  await page.getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('heading', { level: 1, name: 'Ресурси' })).toBeVisible();
  await snap(page, 'resources-map-uk');
});
