import { checkScreen, confirmRecoveryKey, createVault, fillNewPassphrase, lockWithButton, NEW_PASSPHRASE, PASSPHRASE, previewPerFile, readRecoveryKey, unlock, expect, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

/** The same key with its first group changed: right shape, wrong key. */
function tamper(key: string): string {
  const [first = '', ...rest] = key.split('-');
  return [first === 'AAAA' ? 'BBBB' : 'AAAA', ...rest].join('-');
}

test('a forgotten passphrase is replaced with the recovery key, which is then renewed', async ({ page }) => {
  await page.goto(server().url);
  const firstKey = await createVault(page);
  await lockWithButton(page);

  await page.getByRole('button', { name: 'Wachtwoordzin vergeten? Gebruik de herstelsleutel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis openen met de herstelsleutel' })).toBeVisible();
  await checkScreen(page, '13-recover');

  const submit = page.getByRole('button', { name: 'Kluis herstellen' });
  await page.getByLabel('Herstelsleutel', { exact: true }).fill(tamper(firstKey));
  await fillNewPassphrase(page, NEW_PASSPHRASE);
  await submit.click();
  await expect(page.getByText(/Deze herstelsleutel klopt niet/)).toBeVisible();
  await checkScreen(page, '14-recover-wrong-key');

  // Typed by hand from paper: lowercase is fine.
  await page.getByLabel('Herstelsleutel', { exact: true }).fill(firstKey.toLowerCase());
  await submit.click();
  await expect(page.getByRole('heading', { name: 'Uw nieuwe herstelsleutel' })).toBeVisible();
  await expect(page.getByText('De vorige herstelsleutel werkt niet meer.', { exact: false })).toBeVisible();
  const newKey = await readRecoveryKey(page);
  expect(newKey).not.toBe(firstKey);
  await checkScreen(page, '15-recover-new-key');
  await confirmRecoveryKey(page, newKey);
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

  // Afterwards: the new passphrase unlocks, the old key no longer works.
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Wachtwoordzin vergeten? Gebruik de herstelsleutel' }).click();
  await page.getByLabel('Herstelsleutel', { exact: true }).fill(firstKey);
  await fillNewPassphrase(page, PASSPHRASE);
  await submit.click();
  await expect(page.getByText(/Deze herstelsleutel klopt niet/)).toBeVisible();
  await page.getByRole('button', { name: 'Terug naar ontgrendelen' }).click();
  await unlock(page, NEW_PASSPHRASE);
});
