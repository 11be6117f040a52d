/**
 * Capture from the web, "still online?" and timestamps (issue 18; docs/ux.md "Key flows" 5),
 * through the real UI of the browser preview. The preview captures with Chromium against the
 * fake platform (tests/helpers/fake-platform.ts, fakegram.localhost on 127.0.0.1) and stamps
 * exports at a local `openssl ts -reply` authority (tests/helpers/local-tsa.ts): never the
 * real internet, and the preview's network guard records anything else (checked at the end
 * of this file and by the global teardown for the whole run).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import yauzl from 'yauzl';
import { startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { startLocalTsa, type LocalTsa } from '../helpers/local-tsa';
import { caseTab, createCase } from './evidence-helpers';
import { checkPart, checkScreen, createVault, expect, previewPerFile, setSender, settingsSection, test } from './helpers';

test.describe.configure({ mode: 'serial' });
// The never-finishing page is recorded after this wait instead of the app's 30 seconds.
const server = previewPerFile({ captureWaitSeconds: 4 });

let fake: FakePlatform;
let tsa: LocalTsa;
let caseUrl = '';
/** SHA-256 per file name, as the capture panel showed it, for each captured page. */
const shown = new Map<string, { label: string; hashes: Map<string, string> }>();

test.beforeAll(async () => {
  fake = await startFakePlatform();
  tsa = await startLocalTsa();
});
test.afterAll(async () => {
  await fake?.close();
  await tsa?.close();
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function zipEntries(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Buffer>();
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (e: yauzl.Entry) =>
        zip.openReadStream(e, (e2, s) => {
          if (e2 || !s) return reject(e2);
          const parts: Buffer[] = [];
          s.on('data', (c: Buffer) => parts.push(c));
          s.on('end', () => {
            out.set(e.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/** Captures one address with the panel and returns what the result showed. */
async function capture(page: Page, path: string): Promise<{ label: string; hashes: Map<string, string> }> {
  const panel = page.getByTestId('capture-panel');
  await panel.getByLabel('Adres van de pagina').fill(fake.url(path));
  await panel.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const result = panel.getByTestId('capture-result');
  await expect(result.getByText(/^Vastgelegd als bewijsstuk \d{4}-\d{3}\/\d+/)).toBeVisible({ timeout: 60_000 });
  const label = /(\d{4}-\d{3}\/\d+)/.exec((await result.getByRole('status').first().textContent()) ?? '')![1]!;
  const hashes = new Map<string, string>();
  for (const row of await result.getByTestId('capture-artefacts').locator('tbody tr').all()) {
    const file = (await row.locator('td code').textContent())!.trim();
    const hash = (await row.locator('td.hash-cell').textContent())!.trim();
    expect(hash, file).toMatch(/^[0-9a-f]{64}$/);
    hashes.set(file, hash);
  }
  return { label, hashes };
}

async function exportDossier(page: Page, name: string): Promise<string> {
  await page.goto(caseUrl);
  await page.getByRole('link', { name: 'Dossier exporteren' }).click();
  await page.getByRole('radio', { name: /^Politie/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Kies waar het dossier komt' }).click();
  const out = join(server().appData, '..', `${name}-${Date.now()}.zip`);
  await page.getByLabel('Volledig pad van het nieuwe bestand').fill(out);
  await page.getByRole('button', { name: 'Dossier maken' }).click();
  return out;
}

test('every fake-platform page captured from the evidence tab, each file hashed', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Nepaccount lotte', 'Expose-account');
  caseUrl = page.url();
  await caseTab(page, 'Bewijsstukken').click();
  const panel = page.getByTestId('capture-panel');
  await expect(panel.getByRole('heading', { name: 'Vastleggen van het web' })).toBeVisible();
  await panel.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(panel.getByText('Dit is geen volledig webadres.')).toBeVisible();
  await checkPart(page, panel, '90-capture-panel');

  for (const path of ['/@lotte.fake/post/1', '/r/abc', '/@lotte.fake/private', '/@lotte.fake/post/removed', '/@lotte.fake/post/gone', '/slow', '/never', '/enormous']) {
    const got = await capture(page, path);
    expect([...got.hashes.keys()], path).toEqual(['viewport.png', 'full-page.png', 'page.mhtml', 'capture.json']);
    shown.set(path, got);
  }
  await expect(panel.getByText('De pagina was na de wachttijd nog niet helemaal geladen.')).toHaveCount(0);
  await checkPart(page, panel, '91-capture-result');
  await expect(page.getByTestId('evidence-card')).toHaveCount(8);
});

test('a capture\u2019s item page shows what the browser saw: redirects, status, times, every file\u2019s SHA-256', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'evidence'));
  await page.getByRole('link', { name: `Details van bewijsstuk ${shown.get('/r/abc')!.label}` }).click();
  const details = page.getByTestId('capture-details');
  await expect(details).toContainText(`301 ${fake.url('/r/abc')}`);
  await expect(details).toContainText(`302 ${fake.url('/go/abc')}`);
  await expect(details).toContainText(fake.url('/@lotte.fake/post/1'));
  await expect(details).toContainText('Lotte (@lotte.fake) • Fakegram');
  await expect(details.locator('.details-row').filter({ hasText: 'HTTP-status' }).getByRole('definition')).toHaveText('200');
  for (const [file, hash] of shown.get('/r/abc')!.hashes) await expect(details.getByTestId('capture-artefacts').locator('tr').filter({ hasText: file })).toContainText(hash);
  await expect(page.getByText('Vastgelegd van het web (door de app)')).toBeVisible();
  await checkScreen(page, '92-capture-item');
});

test('with a timestamp authority set, the export holds every captured file under the hash shown, and a timestamp', async ({ page }) => {
  await page.goto(server().url);
  const section = await settingsSection(page, 'Tijdstempel bij het dossier (RFC 3161)');
  await expect(section.getByText(/FreeTSA/)).toBeVisible();
  await expect(section.getByText(/gekwalificeerde tijdstempel/)).toBeVisible();
  await section.getByLabel('Adres van de tijdstempeldienst').fill('geen adres');
  await expect(section.getByText('Dit is geen volledig webadres (https://… of http://…).')).toBeVisible();
  await section.getByLabel('Adres van de tijdstempeldienst').fill(tsa.url);
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section.getByText('Opgeslagen.', { exact: true })).toBeVisible();
  await checkPart(page, section, '93-tsa-setting');

  const out = await exportDossier(page, 'gestempeld');
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result.locator('.details-row').filter({ hasText: 'Tijdstempel' }).getByRole('definition')).toContainText('Test Time Stamping Authority');
  expect(tsa.requests).toBe(2);

  const entries = await zipEntries(out);
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { items: { label: string; id: string; file: string | null; capture?: { artefacts: { fileName: string; bundlePath: string | null }[] } }[] };
  for (const [path, got] of shown) {
    const item = manifest.items.find((i) => i.label === got.label)!;
    expect(sha(entries.get(item.file!)!), `${path} viewport`).toBe(got.hashes.get('viewport.png'));
    for (const a of item.capture!.artefacts.filter((x) => x.bundlePath)) expect(sha(entries.get(a.bundlePath!)!), `${path} ${a.fileName}`).toBe(got.hashes.get(a.fileName));
  }
  for (const name of ['manifest.tsr', 'audit-head.json', 'audit-head.tsr', 'tsa-chain.pem']) expect(entries.has(name), name).toBe(true);

  // The verify screen checks the timestamps and names the root to compare.
  const verify = await settingsSection(page, 'Dossier controleren');
  await verify.getByRole('button', { name: 'Dossier kiezen' }).click();
  await verify.getByLabel('Volledig pad van het dossier (ZIP-bestand)').fill(out);
  await verify.getByRole('button', { name: 'Controleren' }).click();
  const stamps = verify.getByTestId('verify-timestamps');
  await expect(stamps).toContainText('Tijdstempel manifest.tsr (over manifest.json): klopt.');
  await expect(stamps).toContainText('Tijdstempel audit-head.tsr (over audit-head.json): klopt.');
  await expect(stamps).toContainText('Vingerafdruk van het hoofdcertificaat');
  await checkPart(page, verify, '94-verify-timestamps');
  expect(readFileSync(out).length).toBeGreaterThan(0);
});

test('an authority that lies: no dossier; the officer can go on without a timestamp', async ({ page }) => {
  tsa.mode = 'wrong-imprint';
  await page.goto(server().url);
  await exportDossier(page, 'gelogen');
  const failed = page.getByTestId('export-timestamp-failed');
  await expect(failed).toBeVisible({ timeout: 60_000 });
  await expect(failed.getByText(/stuurde een tijdstempel die niet klopt/)).toBeVisible();
  await checkPart(page, failed, '95-timestamp-failed');
  await failed.getByRole('button', { name: 'Dossier maken zonder tijdstempel' }).click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result.locator('.details-row').filter({ hasText: 'Tijdstempel' }).getByRole('definition')).toHaveText('Geen');
  tsa.mode = 'honest';
});

/** Makes the request of the form that is open and marks it sent. */
async function createAndSend(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Verwijderverzoek bij / })).toBeVisible();
  const steps = page.getByRole('group', { name: 'Wat is er gebeurd? Kies de volgende stap.' }).getByRole('button');
  await steps.filter({ hasText: /^Verstuurd$/ }).click();
  await page.getByRole('button', { name: 'Opslaan als “Verstuurd”' }).click();
  await expect(page.getByText('Opgeslagen. De status is nu “Verstuurd”.')).toBeVisible();
}

test('still online? a live page, then removed on the platform, confirmed with that capture as proof', async ({ page }) => {
  await page.goto(caseUrl);
  await setSender(page);
  await page.goto(caseUrl.replace(/overview$/, 'evidence'));
  const post = await capture(page, '/@lotte.fake/post/77');
  await page.getByRole('link', { name: `Details van bewijsstuk ${post.label}` }).click();
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await createAndSend(page);

  const box = page.getByTestId('removal-capture');
  await expect(box.getByText('Nog niet gecontroleerd.')).toBeVisible();
  await box.getByRole('button', { name: 'Nu controleren' }).click();
  const checks = box.getByTestId('removal-checks').locator('li');
  await expect(checks).toHaveCount(1, { timeout: 60_000 });
  await expect(checks.first()).toContainText('Staat nog online (HTTP 200)');

  fake.remove('/@lotte.fake/post/77');
  await box.getByRole('button', { name: 'Nu controleren' }).click();
  await expect(checks).toHaveCount(2, { timeout: 60_000 });
  await expect(checks.first()).toContainText('Verwijderd: het platform zegt dat de pagina er niet meer is (HTTP 404)');
  await checkPart(page, box, '96-removal-checks');
  const proofLabel = /Bewijsstuk (\d{4}-\d{3}\/\d+)/.exec((await checks.first().getByRole('link').textContent()) ?? '')![1]!;
  await checks.first().getByRole('button', { name: 'Bevestigen dat het verwijderd is, met deze vastlegging als bewijs' }).click();
  await expect(box.getByText(`Verwijdering bevestigd met bewijsstuk ${proofLabel}.`)).toBeVisible();
  await expect(page.getByTestId('removal-check')).toContainText(proofLabel);
  fake.restore('/@lotte.fake/post/77');
});

test('a request with two addresses: each check names its address, and one still online keeps the confirmation honest', async ({ page }) => {
  const [a, b] = ['/@lotte.fake/post/61', '/@lotte.fake/post/62'];
  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await page.getByRole('radio', { name: /^Een of meer webadressen/ }).check();
  await page.getByLabel('Webadressen (URL’s) van de vindplaats, één per regel').fill(`${fake.url(a)}\n${fake.url(b)}`);
  await createAndSend(page);

  const box = page.getByTestId('removal-capture');
  await expect(box).toContainText('Dit verzoek noemt 2 adressen.');
  fake.remove(a);
  await box.getByRole('button', { name: 'Nu controleren' }).click();
  const checks = box.getByTestId('removal-checks').locator('li');
  await expect(checks).toHaveCount(2, { timeout: 60_000 });
  // Newest first: the second address was checked last.
  await expect(checks.nth(0)).toContainText('Staat nog online (HTTP 200)');
  await expect(checks.nth(0)).toContainText(fake.url(b));
  await expect(checks.nth(1)).toContainText('Verwijderd: het platform zegt dat de pagina er niet meer is (HTTP 404)');
  await expect(checks.nth(1)).toContainText(fake.url(a));
  await expect(box).toContainText('Bevestigen kan pas als elk adres een vastlegging heeft');
  await checkPart(page, box, '99-removal-checks-two-addresses');
  fake.restore(a);
});

test('the dashboard lists a removal nobody checked, then one found online again; the settings offer the schedule, off by default', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'evidence'));
  const post = await capture(page, '/@lotte.fake/post/88');
  await page.getByRole('link', { name: `Details van bewijsstuk ${post.label}` }).click();
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  const steps = page.getByRole('group', { name: 'Wat is er gebeurd? Kies de volgende stap.' }).getByRole('button');
  for (const step of ['Verstuurd', 'Verwijderd']) {
    await steps.filter({ hasText: new RegExp(`^${step}$`) }).click();
    await page.getByRole('button', { name: `Opslaan als “${step}”` }).click();
    await expect(page.getByText(`Opgeslagen. De status is nu “${step}”.`)).toBeVisible();
  }
  const requestUrl = page.url();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  // "Vandaag" lists the removal nobody checked yet (the inbox's removal-check source).
  const unchecked = page.getByTestId('today').locator('[data-testid="today-item"][data-source="removal-check"]');
  await expect(unchecked).toHaveCount(1);
  await expect(unchecked).toContainText('Kijk zelf of het echt weg is.');
  await checkPart(page, page.getByTestId('today'), '97-unchecked-removals');

  // The officer checks: the post is still there, so Vandaag says it is online again.
  await page.goto(requestUrl);
  const box = page.getByTestId('removal-capture');
  await box.getByRole('button', { name: 'Nu controleren' }).click();
  await expect(box.getByTestId('removal-checks').locator('li')).toHaveCount(1, { timeout: 60_000 });
  await expect(box.getByTestId('removal-checks')).toContainText('Staat nog online (HTTP 200)');
  await expect(box.getByRole('status').filter({ hasText: /^Weer online: de laatste controle vond .*post\/88 nog/ })).toBeVisible();
  await expect(box.getByRole('link', { name: 'Nieuw verwijderverzoek maken' })).toHaveAttribute('href', /\/new-takedown\/[^/]+$/);
  await checkPart(page, box, '97-back-online-request');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  const back = page.getByTestId('today').locator('[data-testid="today-item"][data-source="back-online"]');
  await expect(back).toHaveCount(1);
  await expect(back).toContainText('een latere controle vond het weer online');
  // Somebody looked, so it is no longer under "Verwijdering controleren".
  await expect(unchecked).toHaveCount(0);
  await expect(page.getByTestId('today').getByRole('link', { name: /^Weer online 1$/ })).toBeVisible();
  await expect(page.getByTestId('today')).toContainText('Sneltoetsen: 1 tot en met 7 kiest een soort');
  await checkPart(page, page.getByTestId('today'), '97-back-online');

  const schedule = await settingsSection(page, 'Automatisch controleren of materiaal nog online staat');
  await expect(schedule.getByLabel('Controleren')).toHaveValue('0');
  await checkPart(page, schedule, '98-removal-schedule');
});

test('a sexual case: the panel says what is kept before anything is captured, and no picture is kept', async ({ page }) => {
  await page.goto(server().url);
  await createCase(page, 'Foto rondgestuurd', 'Naaktfoto');
  await caseTab(page, 'Bewijsstukken').click();
  const panel = page.getByTestId('capture-panel');
  await expect(panel.getByText(/In deze zaak bewaart de app alleen het adres, de titel, de kopregels van de pagina en de hashes\./)).toBeVisible();
  await panel.getByLabel('Adres van de pagina').fill(fake.url('/@lotte.fake/post/3'));
  await panel.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const result = panel.getByTestId('capture-result');
  await expect(result.getByText(/alleen adres, titel, kopregels en hashes, geen beeld/)).toBeVisible({ timeout: 60_000 });
  const rows = result.getByTestId('capture-artefacts').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'page.mhtml' })).toContainText('Alleen de hash');
  await expect(rows.filter({ hasText: 'capture.json' })).toContainText('Versleuteld bewaard');
  await checkPart(page, panel, '99-capture-minors-rule');
});

test('nothing left the machine but what the tests set up', async () => {
  expect(server().refusedTraffic()).toEqual([]);
});
