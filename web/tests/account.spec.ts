// A person's account, as they live it through the e-mails the platform sends (read from the test's SMTP
// server): signing up and confirming the address, accepting an invitation by signing up on the way, and
// resetting a forgotten password.
import { linkMailedTo } from './fixtures/mailbox';
import { PlatformApi } from './fixtures/platform-api';
import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

const PASSWORD = 'a long enough password';
const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;

test('a person signs up, confirms the address from the e-mail and signs in', async ({ page }) => {
  const email = unique('newcomer');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill('Nadia Newcomer');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 10 characters');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'sign-up-check-email');

  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please confirm your e-mail address first: open the link we sent you.');

  const mail = await linkMailedTo(email, /Confirm your e-mail address/);
  await page.goto(mail.link.pathname + mail.link.search);
  await expect(page.getByRole('status')).toHaveText(`${email} is confirmed. You can sign in now.`);
  await snap(page, 'verify-email-done');
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test('an invited colleague signs up through the e-mailed link and becomes a member', async ({ page, request }) => {
  const email = unique('colleague');
  const organisation = await (await PlatformApi.asOperator(request)).invite(email, 'admin');
  const mail = await linkMailedTo(email, /invites you to/);
  expect(mail.subject).toContain(organisation);

  await page.goto(mail.link.pathname + mail.link.search);
  await expect(page.getByText(`You are invited to ${organisation} as an administrator (${email}).`)).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await snap(page, 'invitation');
  await page.getByLabel('Language').selectOption('uk');
  await expect(page.getByText(`Вас запрошено до ${organisation} як адміністратора (${email}).`)).toBeVisible();
  await snap(page, 'invitation-uk');
  await page.getByLabel('Мова').selectOption('en');
  await page.getByLabel('Your name').fill('Ivan Colleague');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accept and create my account' }).click();
  await expect(page.getByRole('status')).toHaveText(`You are now an administrator of ${organisation}.`);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test('a forgotten password is reset through the e-mailed link', async ({ page, request }) => {
  const person = await (await PlatformApi.asOperator(request)).newPerson('forgetful');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('a link to reset its password is on its way');

  const mail = await linkMailedTo(person.email, /Reset your sparknet password/);
  await page.goto(mail.link.pathname + mail.link.search);
  await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('New password again').fill(`${PASSWORD}!`);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two passwords differ.');
  await page.getByLabel('New password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');
  await snap(page, 'reset-password-done');

  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.email}`)).toBeVisible();
});
