import {
  askedGroups,
  checkScreen,
  confirmRecoveryKey,
  fillNewPassphrase,
  lockWithButton,
  OWNER,
  PASSPHRASE,
  previewPerFile,
  readRecoveryKey,
  unlock,
  expect,
  test,
} from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

test('a new user creates a vault in three steps', async ({ page }) => {
  await page.goto(server().url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis maken' })).toBeVisible();
  // Step 1: the default place is shown; the preview has no folder dialog, so a path field appears.
  await expect(page.getByText(server().appData)).toBeVisible();
  await checkScreen(page, '01-first-run-place');
  await page.getByRole('button', { name: 'Andere map kiezen' }).click();
  await expect(page.getByLabel('Map voor de kluis')).toHaveValue(/bk-e2e-/);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Vul uw naam in.')).toBeVisible();
  await page.getByLabel('Uw naam').fill(OWNER);
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Step 2: live strength feedback; the button waits for an acceptable, repeated passphrase.
  const create = page.getByRole('button', { name: 'Kluis maken' });
  await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill('welkom123');
  await expect(page.getByText('Gebruik minstens 12 tekens.')).toBeVisible();
  await expect(page.getByText(/Vermijd bekende woorden/)).toBeVisible();
  await expect(create).toBeDisabled();
  await checkScreen(page, '02-first-run-passphrase');
  await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal de nieuwe wachtwoordzin', { exact: true }).fill(`${PASSPHRASE}x`);
  await expect(page.getByText('De twee wachtwoordzinnen zijn niet gelijk.')).toBeVisible();
  await expect(create).toBeDisabled();
  await fillNewPassphrase(page, PASSPHRASE);
  await expect(page.getByText('Sterkte: Sterk')).toBeVisible();
  await create.click();

  // Step 3: the recovery key, then two groups typed back with the key out of sight.
  const key = await readRecoveryKey(page);
  await checkScreen(page, '03-first-run-recovery-key');
  await page.getByRole('button', { name: 'Ik heb de sleutel opgeschreven' }).click();
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  const [a, b] = await askedGroups(page);
  const groups = key.split('-');
  await page.getByLabel(`Groep ${a}`, { exact: true }).fill(groups[a! - 1]!);
  await page.getByLabel(`Groep ${b}`, { exact: true }).fill(groups[b! - 1] === 'ZZZZ' ? 'AAAA' : 'ZZZZ');
  await expect(page.getByText(`Groep ${b} klopt niet. Kijk nog eens op uw papier.`)).toBeVisible();
  await page.getByRole('button', { name: 'Controleren en verder' }).click();
  await expect(page.getByText('Een van de groepen klopt niet.', { exact: false })).toBeVisible();
  await checkScreen(page, '03b-first-run-recovery-check');

  // The step cannot be skipped: a reload (or typing another address) comes back to it, same key.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis maken' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Stap 3 van 3' })).toBeVisible();
  expect(await readRecoveryKey(page)).toBe(key);
  await page.goto(`${server().url}#/cases`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zaken' })).toHaveCount(0);
  expect(await readRecoveryKey(page)).toBe(key);
  await confirmRecoveryKey(page, key);

  // Confirmed: the app opens where the address pointed.
  await expect(page.getByRole('heading', { level: 1, name: 'Zaken' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(page.getByText('Nog niets om op te volgen')).toBeVisible();
  await checkScreen(page, '04-dashboard');
});

test('the empty sections say what will come there', async ({ page }) => {
  await page.goto(server().url);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('link', { name: 'Zaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zaken' })).toBeVisible();
  await expect(page.getByText('Nog geen zaken')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Zaken' })).toHaveAttribute('aria-current', 'page');
  await checkScreen(page, '05-cases');
  await nav.getByRole('link', { name: 'Verwijderverzoeken' }).click();
  await expect(page.getByText('Nog geen verwijderverzoeken')).toBeVisible();
  await checkScreen(page, '06-takedowns');
});

test('lock, a wrong passphrase, then the right one', async ({ page }) => {
  await page.goto(server().url);
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await lockWithButton(page);
  await expect(page.getByText('Nog niets om op te volgen')).toHaveCount(0);
  await checkScreen(page, '07-unlock');

  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('fiets lamp zomer WOLK');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Deze wachtwoordzin klopt niet. Let op hoofdletters en Caps Lock.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await checkScreen(page, '08-unlock-wrong-passphrase');

  await unlock(page, PASSPHRASE);
});

test('Ctrl+L locks from anywhere, and a reload stays locked', async ({ page }) => {
  await page.goto(server().url);
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await unlock(page, PASSPHRASE);
});

test('switching to English and back is remembered', async ({ page }) => {
  await page.goto(server().url);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Takedowns' })).toBeVisible();
  await checkScreen(page, '09-dashboard-en');

  // The choice is stored, so it survives a reload and a lock.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  await checkScreen(page, '10-unlock-en');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(page).toHaveTitle('Bewijskluis');
});
