/**
 * The idle lock seen by the user: the core's clock is a test clock (serve-web --test-clock),
 * moved by the test instead of waiting minutes. The countdown appears before the lock, the
 * button postpones it, activity is reported by the page, and after the time nothing of the
 * session is left on screen.
 */
import { advanceServerClock, checkScreen, createVault, PASSPHRASE, previewPerFile, unlock, expect, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile({ testClock: '2026-12-01T09:00:00Z' });

test('the vault warns, can be kept open, and then locks itself after the idle time', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await page.goto(`${server().url}#/settings`);
  const minutes = page.getByLabel('Vergrendelen na zoveel minuten zonder activiteit');
  await minutes.fill('1');
  await page.getByRole('region', { name: 'Automatisch vergrendelen' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.', { exact: false })).toBeVisible();

  // Activity the page reports postpones the lock.
  const touched = page.waitForRequest((r) => r.url().endsWith('/api/vault:touch'));
  await advanceServerClock(page, 20_000);
  await page.mouse.move(200, 300);
  await page.mouse.move(210, 310);
  await touched;
  await advanceServerClock(page, 35_000);
  await expect(page.getByRole('alert').filter({ hasText: /Vergrendelt over \d+ s/ })).toBeVisible();
  await checkScreen(page, '15-lock-warning');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByText(/Vergrendelt over/)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();

  await advanceServerClock(page, 61_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('De kluis is automatisch vergrendeld omdat er een tijd niets gebeurde.')).toBeVisible();
  // Nothing from the unlocked session is left on screen.
  await expect(page.getByText('Vergrendelen na zoveel minuten')).toHaveCount(0);
  await checkScreen(page, '16-unlock-after-idle');
  await unlock(page, PASSPHRASE, 'Instellingen');
});
