import { checkScreen, createVault, PASSPHRASE, previewPerFile, unlock, expect, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

test('the vault locks itself after the idle time, and activity postpones it', async ({ page }) => {
  // A fake clock in the page lets the test skip minutes without waiting for them.
  await page.clock.install();
  await page.goto(server().url);
  await createVault(page);
  await page.goto(`${server().url}#/settings`);
  const minutes = page.getByLabel('Vergrendelen na zoveel minuten zonder activiteit');
  await minutes.fill('1');
  await page.getByRole('region', { name: 'Automatisch vergrendelen' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.', { exact: false })).toBeVisible();

  await page.clock.runFor('00:40');
  await page.mouse.move(200, 300);
  await page.clock.runFor('00:40');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();

  await page.clock.runFor('00:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('De kluis is automatisch vergrendeld omdat er een tijd niets gebeurde.')).toBeVisible();
  // Nothing from the unlocked session is left on screen.
  await expect(page.getByText('Vergrendelen na zoveel minuten')).toHaveCount(0);
  await checkScreen(page, '16-unlock-after-idle');
  await unlock(page, PASSPHRASE, 'Instellingen');
});
