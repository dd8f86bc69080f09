// Signing in as a browser does: the session survives reloads through its HttpOnly refresh cookie, signing out
// ends it, and a copied cookie, once both copies are used, signs out the thief and the person it was taken from.
import { PlatformApi } from './fixtures/platform-api';
import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

async function signIn(page: import('@playwright/test').Page, person: { email: string; password: string }) {
  await page.goto('/sign-in?next=/events');
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByText(`Signed in as ${person.email}`)).toBeVisible();
}

test('a person signs in, stays signed in across reloads, and signs out', async ({ page, request }) => {
  const person = await (await PlatformApi.asOperator(request)).newPerson('reader');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The e-mail or the password is wrong.');
  await snap(page, 'sign-in-refused');

  await signIn(page, person);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'sparknet_refresh');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/registry/auth/sessions' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('sparknet_refresh');

  await page.reload();
  await expect(page.getByText(`Signed in as ${person.email}`)).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await snap(page, 'signed-in');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('a copied refresh cookie, once both copies are used, signs out the thief and the victim', async ({ browser, page, request }) => {
  const person = await (await PlatformApi.asOperator(request)).newPerson('victim');
  await signIn(page, person);

  const thiefContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
  await thiefContext.addCookies(await page.context().cookies());
  const thief = await thiefContext.newPage();
  await thief.goto('/events');
  await expect(thief.getByText(`Signed in as ${person.email}`)).toBeVisible(); // the copy works, once

  await page.reload(); // the victim's browser spends the same token again: the session ends for both
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await thief.reload();
  await expect(thief.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await thiefContext.close();
});
