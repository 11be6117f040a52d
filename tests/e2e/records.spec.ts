/**
 * What the school hands out or keeps aside: the access letter about one person (art. 15 AVG:
 * what the vault holds on them in every case they were chosen in, never the working notes), the Logboek as a CSV file,
 * and a backup put back into a new folder — then opened and unlocked there, so the round trip
 * is proven from the screens a coordinator uses.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseTab, createCase } from './evidence-helpers';
import { checkPart, createVault, expect, lockWithButton, PASSPHRASE, previewPerFile, settingsSection, test, unlock } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();
const NOTE = 'Vermoeden: oudere broer verspreidt de foto';

let outDir = '';
let backupFile = '';

test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'bk-e2e-records-'));
  backupFile = join(outDir, 'kluis.bkbackup');
});
test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function addVictim(page: Page, name: string, contact = ''): Promise<void> {
  await caseTab(page, 'Betrokkenen').click();
  await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await page.getByLabel('Rol').selectOption({ label: 'Slachtoffer' });
  await page.getByLabel('Naam of schuilnaam').fill(name);
  await page.getByRole('group', { name: 'Minderjarig (jonger dan 18)?' }).getByRole('radio', { name: 'Ja' }).check();
  if (contact) await page.getByLabel('Contactgegevens en afspraken (niet verplicht)').fill(contact);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('article', { name: `Slachtoffer: ${name}` })).toBeVisible();
}

test('Inzageverzoek: one person chosen in two cases, the letter as a PDF without the working notes', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Nepprofiel met schoolfoto', 'Expose-account');
  const firstRef = /Zaak (\d{4}-\d{3})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  await addVictim(page, 'Şükrü Yılmaz', 'Moeder belt dinsdag terug.');
  await caseTab(page, 'Notities').click();
  await page.getByLabel('Nieuwe notitie').fill(NOTE);
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByText(NOTE)).toBeVisible();

  // The same pupil in a later case: chosen from the list, not typed again (a name proves nothing).
  await createCase(page, 'Bewerkte foto in groepsapp', 'Kwetsende meme');
  const secondRef = /Zaak (\d{4}-\d{3})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  await caseTab(page, 'Betrokkenen').click();
  await page.getByRole('button', { name: 'Iemand uit een andere zaak' }).click();
  const known = page.getByRole('form', { name: 'Iemand uit een andere zaak' });
  await known.getByLabel('Persoon').selectOption({ label: `Şükrü Yılmaz — ${firstRef} (slachtoffer)` });
  await known.getByRole('button', { name: 'Toevoegen aan deze zaak' }).click();
  await expect(page.getByRole('article', { name: 'Slachtoffer: Şükrü Yılmaz' })).toBeVisible();

  await page.getByRole('button', { name: 'Inzageverzoek van Şükrü Yılmaz' }).click();
  const report = page.getByRole('region', { name: 'Inzageverzoek van Şükrü Yılmaz' });
  await report.getByRole('button', { name: 'Plek kiezen' }).click();
  const letter = join(outDir, 'inzage.pdf');
  await report.getByLabel('Volledig pad van de brief (PDF)').fill(letter);
  await report.getByRole('button', { name: 'Brief maken (PDF)' }).click();
  await expect(report.getByText(/De brief is opgeslagen in .*inzage\.pdf \(\d pagina’s; 2 zaken, 0 bewijsstukken\)\./)).toBeVisible();
  // What the vault holds about the person, in words, per case; never the working notes.
  const text = execFileSync('pdftotext', ['-layout', letter, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`Zaak ${firstRef}`);
  expect(text).toContain(`Zaak ${secondRef}`);
  expect(text).toContain('Afspraken en contactgegevens Moeder belt dinsdag terug.');
  expect(text).toContain('Slachtoffer');
  expect(text).not.toContain(NOTE);
  expect(text).not.toContain('Nepprofiel met schoolfoto');
  await checkPart(page, report, '70-inspection-report');
});

test('Logboek als CSV: the filtered rows in a file a spreadsheet opens', async ({ page }) => {
  await page.goto(server().url + '#/settings');
  const log = await settingsSection(page, 'Logboek');
  await log.getByLabel('Handeling').selectOption({ label: 'Betrokkene toegevoegd' });
  const table = log.getByRole('table', { name: 'Regels van het logboek' });
  await expect(table.getByRole('row')).toHaveCount(3); // header + two persons
  const form = log.getByRole('form', { name: 'Exporteren als CSV' });
  await form.getByRole('button', { name: 'Plek kiezen' }).click();
  const file = join(outDir, 'logboek.csv');
  await form.getByLabel('Volledig pad van het CSV-bestand').fill(file);
  await form.getByRole('button', { name: 'Exporteren als CSV' }).click();
  await expect(form.getByText(`2 regels opgeslagen in ${file}.`)).toBeVisible();
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines[0]?.toLowerCase()).toContain('seq');
  for (const row of lines.slice(1)) expect(row).toContain('person.added');
  expect(readFileSync(file, 'utf8')).not.toContain(NOTE);
  await checkPart(page, form, '71-audit-csv');
});

test('Back-up terugzetten: never into a folder in use, then opened and unlocked from the new folder', async ({ page }) => {
  await page.goto(server().url + '#/settings');
  const backup = await settingsSection(page, 'Back-up');
  const make = backup.getByRole('form', { name: 'Back-up maken' });
  await make.getByRole('button', { name: 'Plek kiezen' }).click();
  await make.getByLabel('Volledig pad van het back-upbestand').fill(backupFile);
  await make.getByRole('button', { name: 'Back-up maken' }).click();
  await expect(make.getByText(`De back-up is gemaakt: ${backupFile}`, { exact: false })).toBeVisible();

  const restore = backup.getByRole('form', { name: 'Back-up terugzetten' });
  await restore.getByRole('button', { name: 'Bestand kiezen' }).click();
  await restore.getByLabel('Volledig pad van het back-upbestand').fill(backupFile);
  await restore.getByLabel('Wachtwoordzin van de back-up', { exact: true }).fill(PASSPHRASE);
  // A folder that already holds something is refused, and what is in it stays.
  const busy = join(outDir, 'bezet');
  mkdirSync(busy);
  writeFileSync(join(busy, 'iets.txt'), 'niet overschrijven');
  await restore.getByRole('button', { name: 'Map kiezen' }).click();
  const target = restore.getByLabel('Volledig pad van een nieuwe, lege map');
  await target.fill(busy);
  await restore.getByRole('button', { name: 'Back-up terugzetten' }).click();
  await expect(restore.getByText('Deze map is niet leeg. Kies een nieuwe, lege map: een bestaande kluis wordt nooit overschreven.')).toBeVisible();
  expect(readdirSync(busy)).toEqual(['iets.txt']);
  expect(readFileSync(join(busy, 'iets.txt'), 'utf8')).toBe('niet overschrijven');

  const fresh = join(outDir, 'hersteld');
  await target.fill(fresh);
  await restore.getByRole('button', { name: 'Back-up terugzetten' }).click();
  await expect(restore.getByText(`De kluis is teruggezet in ${fresh}.`)).toBeVisible({ timeout: 60_000 });
  await checkPart(page, restore, '72-backup-restored');

  // Open the restored copy the way the banner says: lock, "Andere kluismap openen", unlock.
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Andere kluismap openen' }).click();
  await page.getByRole('button', { name: 'Map kiezen' }).click();
  await page.getByLabel('Pad van de kluismap').fill(fresh);
  await page.getByRole('button', { name: 'Deze map openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText(fresh)).toBeVisible();
  await unlock(page, PASSPHRASE, 'Instellingen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click();
  await expect(page.getByText('Nepprofiel met schoolfoto')).toBeVisible();
  await expect(page.getByText('Bewerkte foto in groepsapp')).toBeVisible();
});
