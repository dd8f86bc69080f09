// The door: an organiser checks a buyer in with the phone camera (Chromium's fake camera shows the ticket's QR
// code), then with a typed code: admitted, already checked in, an invalid code that does not stop the next
// scan, and the counts as they change.
import { chromium } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qrVideo } from './fixtures/fake-camera';
import { OPERATOR, PlatformApi, onlyLoopback } from './fixtures/platform-api';
import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

test('an organiser checks tickets in with the camera and by code', async ({ request, baseURL }) => {
  const api = await PlatformApi.asOperator(request);
  const event = await api.eventOnSale(`Door Test ${Date.now().toString(36)}`, [
    { name: 'Standard', price: { amount: 20_000, currency: 'UAH' }, capacity: 20 }]);
  const [first, second] = await api.paidOrder(event.id, event.ticketTypes[0].id, 2);

  const video = qrVideo(join(tmpdir(), `ticket-${Date.now()}.y4m`), first);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
           `--use-file-for-fake-video-capture=${video}`],
  });
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Kyiv', permissions: ['camera'] });
  const page = await context.newPage();
  await onlyLoopback(page);
  try {
    await page.goto(`/organise/events/${event.id}/check-in`);
    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await page.getByLabel('E-mail').fill(OPERATOR.email);
    await page.getByLabel('Password').fill(OPERATOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Check-in' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Standard/ })).toContainText('0 of 2');

    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await expect(page.getByRole('alert')).toContainText('Admitted');
    await expect(page.getByRole('row', { name: /Standard/ })).toContainText('1 of 2');
    await snap(page, 'check-in-admitted');
    await page.getByRole('button', { name: 'Stop the camera' }).click();

    const code = page.getByLabel('Ticket code');
    await code.fill(first);
    await code.press('Enter');
    await expect(page.getByRole('alert')).toContainText(/Already checked in at \d\d:\d\d/);
    await code.fill('NOT-A-TICKET');
    await code.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Not a valid ticket');
    await expect(code).toBeFocused(); // ready for the next one
    await snap(page, 'check-in-invalid');
    await code.fill(second);
    await code.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Admitted');
    await expect(page.getByRole('row', { name: /All tickets/ })).toContainText('2 of 2');
    await expectAccessible(page);
    await expectFitsPhone(page);
  } finally {
    await browser.close();
  }
});
