// Buying without an account: choose, reserve (the hold survives a reload), pay at the sandbox provider, land
// on the order page with the tickets; the next visitor finds the event sold out.
import { type Page } from '@playwright/test';
import { onlyLoopback, PlatformApi } from './fixtures/platform-api';
import { expect, expectAccessible, expectFitsPhone, snap, test } from './support';

async function qrImagesLoaded(page: Page): Promise<number> {
  return page.getByRole('img', { name: /^QR code of ticket / }).evaluateAll((images) =>
    (images as HTMLImageElement[]).filter((image) => image.complete && image.naturalWidth > 0).length);
}

test('a visitor buys the last two tickets with a voucher; the next visitor is told they are sold out',
  async ({ page, request, browser }, testInfo) => {
    const api = await PlatformApi.asOperator(request);
    const run = Date.now().toString(36).toUpperCase();
    const event = await api.eventOnSale(`Checkout workshop ${run}`, [
      { name: 'Standard', price: { amount: 40_000, currency: 'UAH' }, capacity: 2, max_per_order: 2 },
    ]);
    const voucher = await api.voucher(event.id, `HALF-${run}`, 50);

    await page.goto(`/events/${event.id}`);
    await page.getByRole('link', { name: 'Buy tickets' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Tickets for ${event.title}` })).toBeVisible();
    await page.getByLabel('Standard').fill('2');
    await page.getByLabel('Full name').fill('Olena Kovalenko');
    await page.getByLabel('E-mail').fill('olena@example.org');
    await expect(page.getByText('2 × Standard')).toBeVisible();
    await snap(page, 'checkout');
    await expectFitsPhone(page);
    await expectAccessible(page);

    // A mistyped voucher is refused in plain words; the corrected order is a new attempt.
    const voucherField = page.getByLabel('Voucher code (optional)');
    await voucherField.fill('NO-SUCH-CODE');
    await page.getByRole('button', { name: 'Reserve' }).click();
    await expect(page.getByRole('alert')).toHaveText(/do not know this voucher code/);
    await voucherField.fill(voucher.code.toLowerCase());
    await page.getByRole('button', { name: 'Reserve' }).click();
    await expect(page.getByRole('heading', { name: 'Your seats are reserved' })).toBeVisible();
    const reference = await page.getByText(/^[0-9A-F]{8}$/).textContent();
    const timer = page.getByRole('timer', { name: 'Your seats are held for' });
    await expect(timer).toHaveText(/^\d+:\d\d$/);
    const before = await timer.textContent();
    await expect(timer).not.toHaveText(before!); // it ticks
    await expect(page.getByText(`Voucher ${voucher.code}`)).toBeVisible();

    // A reload keeps the same order and its hold: the attempt lives in this tab's storage.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your seats are reserved' })).toBeVisible();
    await expect(page.getByText(reference!, { exact: true })).toBeVisible();
    await expect(timer).toHaveText(/^\d+:\d\d$/);
    await snap(page, 'checkout-held');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Sandbox checkout' })).toBeVisible();
    await expect(page.getByText('40000 UAH')).toBeVisible(); // two at 400.00, half off
    await page.getByRole('button', { name: 'Pay' }).click();

    await page.waitForURL(/\/orders\/[0-9a-f-]+\?key=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your order' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your 2 tickets' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Ticket [12] of 2: Standard$/ })).toHaveCount(2);
    await expect.poll(() => qrImagesLoaded(page)).toBe(2);
    await expect(page.getByRole('link', { name: 'Add to calendar' })).toHaveAttribute('href', /calendar\.ics/);
    await expect(page.getByRole('button', { name: 'Print tickets' })).toBeVisible();
    await expect(page.getByText(reference!, { exact: true })).toBeVisible();
    await snap(page, 'order');
    await expectFitsPhone(page);
    await expectAccessible(page);
    await page.getByLabel('Language').selectOption('uk');
    await expect(page.getByRole('heading', { name: 'Оплачено', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ваші 2 квитки' })).toBeVisible();
    await snap(page, 'order-uk');
    await page.getByLabel('Мова').selectOption('en');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print tickets' })).toBeHidden();
    await snap(page, 'order-print');
    await page.emulateMedia({ media: 'screen' });

    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'en-GB' });
    const visitor = await other.newPage();
    await onlyLoopback(visitor);
    await visitor.goto(`/events/${event.id}/checkout`);
    await expect(visitor.getByRole('heading', { name: 'Sold out' })).toBeVisible();
    await expect(visitor.getByRole('button', { name: 'Reserve' })).toHaveCount(0);
    await snap(visitor, 'checkout-sold-out');
    await expectAccessible(visitor);
    await other.close();
  });
