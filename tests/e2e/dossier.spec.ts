/**
 * Key flow 4 (docs/ux.md "Key flows"): police asks for the file -> case -> Dossier exporteren -> profile
 * "Politie" -> save -> the result shows the manifest hash to read out. Then the same file is
 * verified in the app ("In orde", with the signer's fingerprint to compare, or confirmed when
 * the school's fingerprint is typed in), a tampered copy is not ("Niet in orde", naming the
 * file), a ZIP with a symlink entry is refused unread, and the signing-key fingerprint in
 * Instellingen equals the one on the result.
 */
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipEntries, rewriteZip, writeRawZip } from '../helpers/zip';
import { shortCode } from '../../shared/short-code';
import { caseTab, createCase, dropFiles, importResults, openCapture, screenshotPng } from './evidence-helpers';
import { checkPart, checkScreen, createVault, expect, previewPerFile, settingsSection, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();
const SHOTS = join(__dirname, 'screenshots');

let outDir = '';
let bundle = '';
let caseUrl = '';
let manifestHash = '';
let fingerprint = '';

test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'bk-e2e-dossier-'));
  bundle = join(outDir, 'dossier-politie.zip');
});
test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const hexOf = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, '');

const group = (hex: string) => hex.match(/.{4}/g)!.join(' ');

async function verifyFile(page: Page, path: string, expectKey = ''): Promise<Locator> {
  const section = await settingsSection(page, 'Dossier controleren');
  await section.getByRole('button', { name: 'Dossier kiezen' }).click();
  await section.getByLabel('Volledig pad van het dossier (ZIP-bestand)').fill(path);
  await section.getByLabel('Vingerafdruk die de school u gaf (niet verplicht)').fill(expectKey);
  await section.getByRole('button', { name: 'Controleren' }).click();
  const report = section.getByTestId('verify-report');
  await expect(report).toBeVisible();
  return section;
}

test('a case with two screenshots and a URL-only sighting', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Nepaccount klas 2A', 'Expose-account');
  caseUrl = page.url();
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByLabel('Platform').fill('Instagram');
  await page.getByLabel('Account of gebruikersnaam').fill('@nep_2a');
  await page.getByLabel('Webadres (URL)').fill('https://www.instagram.com/nep_2a/');
  await page.getByLabel('Gezien op').fill('2026-11-20T15:30');
  const a = await screenshotPng('profiel-nep.png', { caption: 'Nep profiel', hue: 260, seed: 2 });
  const b = await screenshotPng('bericht-nep.png', { caption: 'Bericht', hue: 30, seed: 4 });
  await dropFiles(page, [a, b]);
  const results = await importResults(page);
  await expect(results.locator('[data-status="stored"]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();

  await openCapture(page);
  await page.getByRole('radio', { name: 'Alleen de vindplaats, zonder bestand' }).check();
  await page.getByLabel('Platform').fill('TikTok');
  await page.getByLabel('Gezien op', { exact: true }).fill('21-11-2026 09:00');
  await page.getByLabel('Account of gebruikersnaam').fill('@nep_2a_tt');
  await page.getByLabel('Webadres (URL)').fill('https://www.tiktok.com/@nep_2a_tt/video/1');
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText(/De vindplaats is vastgelegd als \d{4}-\d{3}\/3\./)).toBeVisible();
  await expect(page.getByTestId('evidence-card')).toHaveCount(3);
});

test('Dossier exporteren: profile Politie, save to a typed path, progress, result with the code', async ({ page }) => {
  await page.goto(caseUrl);
  await page.getByRole('link', { name: 'Dossier exporteren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dossier exporteren: zaak \d{4}-\d{3}$/ })).toBeVisible();

  // The profile must be chosen; the summary follows the choice.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Kies voor wie het dossier is.')).toBeVisible();
  await page.getByLabel('Ontvanger (niet verplicht)').fill('Wijkagent J. Jansen, politie Utrecht');
  await page.getByRole('radio', { name: /^Politie/ }).check();
  const summary = page.getByTestId('dossier-summary');
  await expect(summary).toContainText('Schermafbeeldingen, in het verslag en als origineel: 2');
  await expect(summary).toContainText('Alleen een vindplaats (webadres), zonder beeld: 1');
  await expect(summary).toContainText('Verwijderverzoeken met hun geschiedenis: 0');
  await expect(summary).toContainText('Er komen nooit seksuele afbeeldingen van minderjarigen in een dossier');
  await page.getByRole('radio', { name: /^Coördinator/ }).check();
  await expect(summary).toContainText('Geen afbeeldingen en geen originele bestanden.');
  await page.getByRole('radio', { name: /^Politie/ }).check();
  await checkScreen(page, '50-export-dialog');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Browser preview: no save dialog, so a typed full path.
  await expect(page.getByText('Dossier voor: Politie (Wijkagent J. Jansen, politie Utrecht). Taal: Nederlands.')).toBeVisible();
  await page.getByRole('button', { name: 'Kies waar het dossier komt' }).click();
  const pathField = page.getByLabel('Volledig pad van het nieuwe bestand');
  await expect(pathField).toBeFocused();
  await expect(page.getByText(/dossier-\d{4}-\d{3}-politie\.zip/)).toBeVisible();
  await pathField.fill('dossier.zip');
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  await expect(page.getByText('Typ het volledige pad, vanaf het begin')).toBeVisible();
  await pathField.fill(bundle);
  await page.getByRole('button', { name: 'Dossier maken' }).click();

  const progress = page.getByTestId('export-progress');
  const result = page.getByTestId('export-result');
  await expect(progress.or(result)).toBeVisible();
  if (await progress.isVisible()) {
    await expect(progress.getByRole('button', { name: 'Afbreken' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, '51-export-progress.png'), fullPage: true }).catch(() => undefined);
  }
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result.getByText('Lees deze code voor aan de ontvanger.')).toBeVisible();
  manifestHash = await hexOf(result.getByTestId('manifest-hash'));
  fingerprint = await hexOf(result.getByTestId('result-fingerprint'));
  expect(manifestHash).toMatch(/^[0-9a-f]{64}$/);
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  await expect(result.getByTestId('manifest-hash')).toHaveText(manifestHash.match(/.{4}/g)!.join(' '));
  // The short code to read out first (issue 15 item 6), from the same hash.
  await expect(result.getByTestId('short-code')).toHaveText(`Korte code: ${shortCode(manifestHash)}`);
  await expect(result).toContainText(bundle);
  await expect(result.locator('.details-row').filter({ hasText: 'Afbeeldingen in het verslag' }).getByRole('definition')).toHaveText('2');
  // No native folder window in the preview: no "Toon in map", a plain hint instead.
  await expect(result.getByRole('button', { name: 'Toon in map' })).toHaveCount(0);
  expect(statSync(bundle).size).toBeGreaterThan(1000);
  await checkScreen(page, '52-export-result');
});

test('the same path again: the existing file is only replaced after a typed confirmation', async ({ page }) => {
  await page.goto(caseUrl);
  await page.getByRole('link', { name: 'Dossier exporteren' }).click();
  await page.getByLabel('Ontvanger (niet verplicht)').fill('Wijkagent J. Jansen, politie Utrecht');
  await page.getByRole('radio', { name: /^Politie/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Kies waar het dossier komt' }).click();
  await page.getByLabel('Volledig pad van het nieuwe bestand').fill(bundle);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  const exists = page.getByTestId('export-exists');
  await expect(exists).toContainText('Op deze plek staat al een bestand met de naam dossier-politie.zip.');
  await exists.getByRole('button', { name: 'Bestaand bestand vervangen' }).click();
  const confirm = exists.getByRole('button', { name: 'Bestaand bestand vervangen' });
  await expect(confirm).toBeDisabled();
  await exists.getByLabel('Typ VERWIJDER om te bevestigen').fill('verwijder');
  await confirm.click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const again = await hexOf(result.getByTestId('manifest-hash'));
  expect(again).toMatch(/^[0-9a-f]{64}$/);
  expect(again).not.toBe(manifestHash); // another export time, so another manifest
  manifestHash = again;
});

test('Afbreken: cancelling an export of a larger case leaves nothing at the chosen path', async ({ page }) => {
  // Thirty phone-sized screenshots: the export then takes seconds, far longer than the click
  // that cancels it as soon as progress shows (a two-image export could finish first).
  await page.goto(server().url);
  await createCase(page, 'Groepsapp klas 3B', 'Expose-account');
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByLabel('Platform').fill('WhatsApp');
  await page.getByRole('button', { name: 'Onbekend', exact: true }).click();
  const shots = await Promise.all(Array.from({ length: 30 }, (_, i) => screenshotPng(`groep-${i}.png`, { caption: `Bericht ${i}`, hue: (i * 37) % 360, seed: i + 1, width: 1170, height: 2532 })));
  await dropFiles(page, shots);
  const results = await importResults(page);
  await expect(results.locator('[data-status="stored"]')).toHaveCount(30, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();

  await page.getByRole('link', { name: 'Dossier exporteren' }).click();
  await page.getByRole('radio', { name: /^Politie/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Kies waar het dossier komt' }).click();
  const target = join(outDir, 'afgebroken.zip');
  await page.getByLabel('Volledig pad van het nieuwe bestand').fill(target);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  const progress = page.getByTestId('export-progress');
  await progress.getByRole('button', { name: 'Afbreken' }).click();
  await expect(page.getByText('Het maken van het dossier is afgebroken. Er is niets opgeslagen.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('export-result')).toHaveCount(0);
  expect(existsSync(target)).toBe(false);
  // Not even a half-written temporary file beside it.
  expect(readdirSync(outDir).filter((f) => f.includes('afgebroken'))).toEqual([]);
  await checkScreen(page, '51b-export-cancelled');
});

test('the PDF: first pages rendered for people to look at', () => {
  const pdf = join(outDir, 'dossier.pdf');
  execFileSync('sh', ['-c', `unzip -p "${bundle}" dossier.pdf > "${pdf}"`]);
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', pdf, join(SHOTS, 'dossier-page')]);
  expect(existsSync(join(SHOTS, 'dossier-page-1.png')) || existsSync(join(SHOTS, 'dossier-page-01.png'))).toBe(true);
});

test('Dossier controleren: the exported file is in order', async ({ page }) => {
  await page.goto(caseUrl);
  const section = await verifyFile(page, bundle);
  await expect(section.getByText('In orde', { exact: true })).toBeVisible();
  await expect(section.getByText('Alle bestanden en beide handtekeningen kloppen.', { exact: false })).toBeVisible();
  await expect(section.getByText('Handtekening op manifest.json: klopt')).toBeVisible();
  await expect(section.getByText('Handtekening op SHA256SUMS: klopt')).toBeVisible();
  expect(await hexOf(section.getByTestId('verify-hash'))).toBe(manifestHash);
  // The receiver reads the short code back over the phone: the same one the school saw.
  await expect(section.getByTestId('verify-short-code')).toHaveText(`Korte code: ${shortCode(manifestHash)}`);
  expect(await hexOf(section.getByTestId('verify-fingerprint'))).toBe(fingerprint);
  await expect(section.locator('tr[data-status="ok"]').first()).toBeVisible();
  await expect(section.locator('tr[data-status]:not([data-status="ok"])')).toHaveCount(0);
  // No fingerprint typed: the words name the signing key and ask to compare it with the school's.
  await expect(section.getByTestId('verify-signer')).toHaveText(
    `Dit dossier is ondertekend met de sleutel met vingerafdruk ${group(fingerprint)}. Vergelijk deze vingerafdruk met de vingerafdruk die de school u gaf. Alleen als ze gelijk zijn, weet u dat het dossier van de school komt.`,
  );
  await checkPart(page, section, '53-verify-ok');
});

test('the fingerprint the school gave pins the signer: confirmed when equal, not in order when not', async ({ page }) => {
  await page.goto(caseUrl);
  // As read out over the phone: groups of four, in capitals.
  let section = await verifyFile(page, bundle, group(fingerprint).toUpperCase());
  await expect(section.getByText('In orde', { exact: true })).toBeVisible();
  await expect(section.getByTestId('verify-signer')).toHaveText('De ondertekenaar klopt: het dossier is ondertekend met de sleutel met de vingerafdruk die u opgaf.');
  await checkPart(page, section, '53b-verify-pinned');

  const other = fingerprint.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  const field = section.getByLabel('Vingerafdruk die de school u gaf (niet verplicht)');
  await field.fill(other);
  await section.getByRole('button', { name: 'Controleren' }).click();
  await expect(section.getByText('Niet in orde', { exact: true })).toBeVisible();
  await expect(section.getByTestId('verify-problems')).toContainText(`Opgegeven: ${group(other)}. In het dossier: ${group(fingerprint)}.`);

  // Not a fingerprint at all: said at the field, nothing checked.
  await field.fill('de code van de school');
  await section.getByRole('button', { name: 'Controleren' }).click();
  await expect(section.getByText('Dit is geen vingerafdruk.', { exact: false })).toBeVisible();
  await expect(section.getByTestId('verify-report')).toHaveCount(0);

  // A ZIP with a symlink entry is refused before anything in it is read, in words.
  const hostile = join(outDir, 'dossier-link.zip');
  const entries = [...(await readZipEntries(bundle))].map(([name, data]) => ({ name, data }));
  await writeRawZip(hostile, [...entries, { name: 'originals/link.png', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]);
  await page.goto(caseUrl);
  section = await verifyFile(page, hostile);
  await expect(section.getByText('Niet in orde', { exact: true })).toBeVisible();
  await expect(section.getByRole('alert')).toContainText('De inhoud is daarom niet gecontroleerd.');
  await expect(section.getByTestId('verify-problems')).toContainText('originals/link.png is een snelkoppeling (symbolische link), geen bestand.');
  await expect(section.locator('tr[data-status]')).toHaveCount(0);
  await checkPart(page, section, '54b-verify-refused');
});

test('a tampered copy is not in order, and the changed file is named', async ({ page }) => {
  const tampered = join(outDir, 'dossier-gewijzigd.zip');
  let changed = '';
  await rewriteZip(bundle, tampered, (name, data) => {
    if (!changed && name.startsWith('originals/')) {
      changed = name;
      const copy = Buffer.from(data);
      copy[copy.length - 20] = (copy[copy.length - 20]! + 1) % 256;
      return copy;
    }
    return data;
  });
  expect(changed).not.toBe('');
  await page.goto(caseUrl);
  const section = await verifyFile(page, tampered);
  await expect(section.getByText('Niet in orde', { exact: true })).toBeVisible();
  await expect(section.getByRole('alert')).toContainText(`Het gaat om: ${changed}.`);
  const row = section.locator('tr[data-status="altered"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(changed);
  await expect(row).toContainText('Gewijzigd');
  await expect(section.getByTestId('verify-problems')).toContainText(`${changed} is gewijzigd sinds het dossier werd gemaakt.`);
  await section.getByText(/^Technische details/).click();
  await expect(section.getByText(`file-altered ${changed}`)).toBeVisible();
  await checkPart(page, section, '54-verify-tampered');

  // A wrong path, and a file that is not a ZIP at all: each said plainly.
  const path = section.getByLabel('Volledig pad van het dossier (ZIP-bestand)');
  await path.fill(join(outDir, 'bestaat-niet.zip'));
  await section.getByRole('button', { name: 'Controleren' }).click();
  await expect(section.getByText('Dit bestand of deze map bestaat niet (meer).', { exact: false })).toBeVisible();
  writeFileSync(join(outDir, 'notitie.zip'), 'geen zip');
  await path.fill(join(outDir, 'notitie.zip'));
  await section.getByRole('button', { name: 'Controleren' }).click();
  await expect(section.getByText('Dit bestand is geen dossier van Bewijskluis', { exact: false })).toBeVisible();
});

test('Instellingen -> Ondertekeningssleutel shows the fingerprint that is on the result', async ({ page }) => {
  await page.goto(caseUrl);
  const section = await settingsSection(page, 'Ondertekeningssleutel');
  const shown = section.getByTestId('signing-fingerprint');
  await expect(shown).toBeVisible();
  expect(await hexOf(shown)).toBe(fingerprint);
  await section.getByText('Openbare sleutel (PEM) tonen').click();
  await expect(section.getByText(/-----BEGIN PUBLIC KEY-----/)).toBeVisible();
  await checkPart(page, section, '55-signing-key');

  // The exports are in the audit log (its own page of Instellingen), in plain words.
  const log = await settingsSection(page, 'Logboek');
  await expect(log).toContainText('Dossier geëxporteerd');
});
