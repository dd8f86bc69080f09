import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

test('the network graph draws the demo network, explains it in words and opens a node', async ({ page }) => {
  await page.goto('/experts/graph');
  await expect(page.getByRole('heading', { level: 1, name: 'Network graph' })).toBeVisible();
  const graph = page.getByRole('img', { name: /Network graph of \d+ nodes/ });
  await expect(graph).toHaveAttribute('data-drawn', 'true');
  await expect(graph.locator('canvas').first()).toBeVisible();

  // The legend and the text view count what was drawn.
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.getByText(/^[1-9]\d* organisations?$/)).toBeVisible();
  await expect(legend.getByText(/^[1-9]\d* experts?$/)).toBeVisible();
  const words = page.getByRole('region', { name: 'The graph in words' });
  await expect(words.getByText(/^\d+ nodes and \d+ links: .*\d+ partnerships?.*\.$/)).toBeVisible();
  const rows = words.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();

  // Pick the most connected node from the table: the graph centres on it, and a click there opens its card.
  const top = rows.nth(1).getByRole('rowheader');
  const name = (await top.innerText()).trim();
  await expect(page.getByText('Graph arranged.')).toBeVisible({ timeout: 20_000 });
  await rows.nth(1).getByRole('button', { name: `Show ${name} on the graph` }).click();
  const card = page.getByRole('region', { name });
  await expect(card.getByRole('link', { name: new RegExp(`^Open the profile`) })).toBeVisible();
  await card.getByRole('button', { name: 'Deselect' }).click();
  await expect(card).toHaveCount(0);
  await graph.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // the camera's move to the node
  const box = (await graph.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('region', { name }).getByRole('link', { name: /^Open the profile/ })).toBeVisible();

  await expectFitsPhone(page);
  await snap(page, 'expert-graph');
  await expectAccessible(page);
});

test('the graph keeps the search filters in the address', async ({ page }) => {
  await page.goto('/experts/graph');
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByLabel('City').fill('Kharkiv');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/city=Kharkiv/);
  const words = page.getByRole('region', { name: 'The graph in words' });
  await expect(words.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(words.getByRole('table').getByRole('cell', { name: /Lviv/ })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Views of the expert map' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/experts\/geo\?.*city=Kharkiv/);
  await expect(page.getByRole('region', { name: 'Cities' }).getByRole('rowheader')).toHaveText(['Kharkiv']);
});

test('the map clusters the demo cities and lists who is in one', async ({ page }) => {
  await page.goto('/experts/geo');
  await expect(page.getByRole('heading', { level: 1, name: 'Map of the network' })).toBeVisible();
  const cities = page.getByRole('region', { name: 'Cities' });
  await expect(cities.getByRole('rowheader', { name: 'Kharkiv' })).toBeVisible();
  await expect(cities.getByText(/^\d+ cities: \d+ organisations and \d+ experts\.$/)).toBeVisible();
  const map = page.getByRole('region', { name: /^Map with \d+ cities/ });
  await expect(map).toHaveAttribute('data-drawn', 'true');

  await cities.getByRole('button', { name: 'Who is in Kharkiv' }).click();
  const kharkiv = page.getByRole('region', { name: /^Kharkiv/ });
  await expect(kharkiv.getByRole('heading', { name: /^\d+ organisations?$/ })).toBeVisible();
  await expect(kharkiv.getByRole('link').first()).toBeVisible();

  await expectFitsPhone(page);
  await snap(page, 'expert-geo');
  await expectAccessible(page);
});
