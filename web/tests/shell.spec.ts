import { expect, expectAccessible, test } from './support';

test('the frame offers every section and remembers the language', async ({ page }) => {
  await page.goto('/experts');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Events' })).toBeVisible();
  await page.getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('navigation', { name: 'Головне меню' }).getByRole('link', { name: 'Події' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Мапа експертів' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expectAccessible(page);
});
