/**
 * The school's protocol: the step plan of a case (progress, the interview warning), retention
 * (setting, banner, permanent delete with the typed case number), a backup made and verified
 * from Instellingen, and the Logboek with a filter and the chain status.
 * The core's clock cannot be moved from the browser, so the retention banner is shown with a
 * stubbed `retention:list-due` answer; the purge itself runs for real on a closed case.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseTab, createCase } from './evidence-helpers';
import { checkPart, checkScreen, createVault, expect, PASSPHRASE, previewPerFile, settingsSection, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();
const TITLE = 'Foto gedeeld in groepsapp';

let outDir = '';
let caseUrl = '';
let caseRef = '';

test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'bk-e2e-protocol-'));
});
test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the step plan: tick two steps, see the progress and the interview warning', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await expect(page.getByText('Er is nog nooit een back-up van deze kluis gemaakt.')).toBeVisible();
  await createCase(page, TITLE, 'Expose-account');
  caseUrl = page.url();
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  caseRef = /Zaak (\d{4}-\d{3})/.exec(heading)?.[1] ?? '';
  expect(caseRef).not.toBe('');

  await caseTab(page, 'Stappenplan').click();
  const plan = page.getByRole('region', { name: 'Stappenplan' });
  const boxes = plan.getByRole('checkbox');
  // Wait for the steps to load before counting: a new case gets the 12 steps of the shipped template.
  await expect(boxes).toHaveCount(12);
  const total = await boxes.count();
  await expect(plan.getByText(`0 van ${total} stappen gedaan`)).toBeVisible();
  await boxes.nth(0).check();
  await expect(plan.getByText(`1 van ${total} stappen gedaan`)).toBeVisible();
  await boxes.nth(1).check();
  await expect(plan.getByText(`2 van ${total} stappen gedaan`)).toBeVisible();
  await expect(plan.getByText(/Gedaan op .* door Marieke de Vries/).first()).toBeVisible();
  await checkScreen(page, '60-step-plan');

  const warning = 'Stel geen sturende vragen: dat kan een latere strafzaak schaden. Noteer letterlijk wat de leerling zegt.';
  await plan.getByRole('button', { name: /^Stap wijzigen: Het slachtoffer vragen/ }).click();
  const form = plan.getByRole('form', { name: 'Stap wijzigen' });
  await expect(form.getByText(warning)).toBeVisible();
  await form.getByLabel('Notities').fill('Leerling zegt: "Ik wil niet dat mijn klas het ziet."');
  await form.getByLabel('Wie doet dit').fill('Mentor klas 2A');
  await checkPart(page, form, '61-interview-warning');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(plan.getByText('Mentor klas 2A')).toBeVisible();
  await expect(plan.getByText(warning)).toBeVisible();

  await caseTab(page, 'Overzicht').click();
  await expect(page.getByText(`2 van ${total} stappen gedaan`)).toBeVisible();

  await caseTab(page, 'Logboek').click();
  const log = page.getByRole('table', { name: 'Regels van het logboek' });
  await expect(log.getByRole('cell', { name: 'Stap van het stappenplan gewijzigd' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Zaak aangemaakt' })).toBeVisible();
});

test('Stappenplan-sjabloon: reorder, remove, add and save; a new case gets it, the existing case keeps its copy', async ({ page }) => {
  await page.goto(caseUrl);
  const editor = await settingsSection(page, 'Stappenplan-sjabloon');
  await expect(editor.getByText('Dit is het standaardsjabloon van Bewijskluis.')).toBeVisible();
  const rows = editor.getByTestId('template-step');
  await expect(rows).toHaveCount(12);
  await expect(rows.nth(1)).toContainText('Eén contactpersoon aanwijzen');

  // Keyboard: the moved step keeps the focus, so it can be moved again with Enter.
  const down = editor.getByRole('button', { name: /^Stap 2 omlaag: Eén contactpersoon/ });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(2)).toContainText('Eén contactpersoon aanwijzen');
  await expect(editor.getByRole('button', { name: /^Stap 3 omlaag: Eén contactpersoon/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows.nth(3)).toContainText('Eén contactpersoon aanwijzen');
  await expect(rows.nth(1)).toContainText('Het slachtoffer vragen');
  await expect(editor.getByText('U hebt wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();

  await editor.getByRole('button', { name: /^Stap 12 weghalen: Evalueren/ }).click();
  await expect(rows).toHaveCount(11);

  await editor.getByRole('button', { name: 'Stap toevoegen' }).click();
  const form = editor.getByRole('form', { name: 'Nieuwe stap in het sjabloon' });
  await form.getByLabel('Omschrijving van de stap').fill('Mentor belt de ouders van het slachtoffer terug');
  await form.getByLabel('Wie doet dit', { exact: true }).fill('Mentor');
  await form.getByLabel('Uiterlijk na hoeveel dagen').fill('drie');
  await form.getByRole('button', { name: 'Klaar' }).click();
  await expect(form.getByText('Vul een heel aantal dagen in, van 0 tot en met 365, of laat het leeg.')).toBeVisible();
  await form.getByLabel('Uiterlijk na hoeveel dagen').fill('3');
  await form.getByRole('button', { name: 'Klaar' }).click();
  await expect(rows).toHaveCount(12);
  await expect(rows.nth(11)).toContainText('Mentor belt de ouders van het slachtoffer terug');
  await expect(rows.nth(11)).toContainText('Wie: Mentor');
  await expect(rows.nth(11)).toContainText('Uiterlijk 3 dagen na het openen van de zaak');
  await checkPart(page, editor, '61b-step-template');
  await editor.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await expect(editor.getByText('Het sjabloon is opgeslagen. Nieuwe zaken krijgen deze 12 stappen.')).toBeVisible();

  // A new case copies the saved template, in its order.
  await createCase(page, 'Filmpje van een vechtpartij', 'Video van geweld');
  await caseTab(page, 'Stappenplan').click();
  const plan = page.getByRole('region', { name: 'Stappenplan' });
  const steps = plan.getByRole('checkbox');
  await expect(steps).toHaveCount(12);
  await expect(steps.nth(1)).toHaveAccessibleName(/^Het slachtoffer vragen/);
  await expect(steps.nth(3)).toHaveAccessibleName(/^Eén contactpersoon aanwijzen/);
  await expect(steps.nth(11)).toHaveAccessibleName('Mentor belt de ouders van het slachtoffer terug');
  await expect(plan.getByText('Evalueren en het beleid bijwerken')).toHaveCount(0);

  // The case made before the edit keeps the steps it was given.
  await page.goto(caseUrl);
  await caseTab(page, 'Stappenplan').click();
  const old = page.getByRole('region', { name: 'Stappenplan' }).getByRole('checkbox');
  await expect(old).toHaveCount(12);
  await expect(old.nth(1)).toHaveAccessibleName(/^Eén contactpersoon aanwijzen/);
  await expect(old.nth(11)).toHaveAccessibleName('Evalueren en het beleid bijwerken');

  // The school can go back to the shipped template.
  const again = await settingsSection(page, 'Stappenplan-sjabloon');
  await expect(again.getByText('Dit sjabloon is door de school aangepast.')).toBeVisible();
  await again.getByRole('button', { name: 'Standaardsjabloon terugzetten' }).click();
  await again.getByRole('group', { name: 'Standaardsjabloon terugzetten?' }).getByRole('button', { name: 'Standaardsjabloon terugzetten' }).click();
  await expect(again.getByText('Het standaardsjabloon is teruggezet.')).toBeVisible();
  await expect(again.getByText('Dit is het standaardsjabloon van Bewijskluis.')).toBeVisible();
  await expect(again.getByTestId('template-step').nth(11)).toContainText('Evalueren en het beleid bijwerken');
});

test('retention: one year, the banner, and a closed case deleted for good', async ({ page }) => {
  await page.goto(caseUrl);
  const retention = await settingsSection(page, 'Bewaartermijn');
  await retention.getByLabel('Bewaartermijn in jaren na het sluiten van een zaak').fill('1');
  await retention.getByRole('button', { name: 'Opslaan' }).click();
  await expect(retention.getByText('Opgeslagen: gesloten zaken worden 1 jaar bewaard.')).toBeVisible();

  await page.goto(caseUrl);
  await page.getByRole('radio', { name: /^Gesloten/ }).check();
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  const purge = page.getByRole('region', { name: 'Bewaren en verwijderen' });
  await expect(purge.getByText('Te verwijderen op')).toBeVisible();

  // The banner after unlock, with the core's answer as it will be a year from now.
  const caseId = new URL(caseUrl).hash.split('/')[2] ?? '';
  await page.route('**/api/retention:list-due', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: [{ caseId, ref: caseRef, title: TITLE, closedAt: new Date().toISOString(), purgeDate: '2027-01-15' }] }) }),
  );
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByText('1 gesloten zaak is over de bewaartermijn. Verwijder hem definitief:')).toBeVisible();
  await checkScreen(page, '66-retention-banner');
  await page.unroute('**/api/retention:list-due');
  await page.getByRole('link', { name: new RegExp(`^Zaak ${caseRef} \\(te verwijderen sinds`) }).click();

  await purge.getByRole('button', { name: 'Zaak definitief verwijderen' }).click();
  const dialog = purge.getByRole('group', { name: `Zaak ${caseRef} definitief verwijderen` });
  await expect(dialog.getByText('alle bewijsstukken, met de originele bestanden')).toBeVisible();
  await expect(dialog.getByText('In het logboek blijft alleen staan dat de zaak is verwijderd, door wie en wanneer.')).toBeVisible();
  const field = dialog.getByLabel(`Typ ter bevestiging het zaaknummer (${caseRef})`);
  await field.fill('2000-001');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog.getByText(`Dit is niet het zaaknummer. Typ precies ${caseRef}.`)).toBeVisible();
  await checkScreen(page, '62-purge-dialog');
  await field.fill(caseRef);
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Zaken' })).toBeVisible();
  await expect(page.getByText(`Zaak ${caseRef} is definitief verwijderd.`, { exact: false })).toBeVisible();
  await expect(page.getByText(TITLE)).toHaveCount(0);
});

test('a backup from Instellingen, verified with the passphrase', async ({ page }) => {
  await page.goto(server().url + '#/settings');
  const backup = await settingsSection(page, 'Back-up');
  await expect(backup.getByText('Nog nooit')).toBeVisible();
  const file = join(outDir, 'bewijskluis.bkbackup');
  const make = backup.getByRole('form', { name: 'Back-up maken' });
  await make.getByRole('button', { name: 'Plek kiezen' }).click();
  await make.getByLabel('Volledig pad van het back-upbestand').fill(file);
  await make.getByRole('button', { name: 'Back-up maken' }).click();
  await expect(make.getByText(`De back-up is gemaakt: ${file}`, { exact: false })).toBeVisible();
  await expect(make.getByText(/Bewaar de back-up op een andere plek dan deze laptop/)).toBeVisible();
  expect(existsSync(file) && statSync(file).size > 0).toBe(true);
  await expect(backup.getByText('Nog nooit')).toHaveCount(0);
  await checkPart(page, backup, '63-backup-settings');

  const verify = backup.getByRole('form', { name: 'Back-up controleren' });
  await verify.getByRole('button', { name: 'Bestand kiezen' }).click();
  await verify.getByLabel('Volledig pad van het back-upbestand').fill(file);
  await verify.getByLabel('Wachtwoordzin van de back-up', { exact: true }).fill('verkeerde zin hier');
  await verify.getByRole('button', { name: 'Back-up controleren' }).click();
  await expect(verify.getByText(/opent de back-up niet|wachtwoordzin klopt niet/)).toBeVisible();
  await verify.getByLabel('Wachtwoordzin van de back-up', { exact: true }).fill(PASSPHRASE);
  await verify.getByRole('button', { name: 'Back-up controleren' }).click();
  await expect(verify.getByText(/^In orde: de back-up van .* is compleet en opent\.$/)).toBeVisible();
  await checkPart(page, verify, '64-backup-verified');

  // The reminder is gone from the Overzicht now that a backup exists.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(page.getByText('Er is nog nooit een back-up van deze kluis gemaakt.')).toHaveCount(0);
});

test('the Logboek: filter on a kind, the chain is unchanged', async ({ page }) => {
  await page.goto(server().url + '#/settings');
  const log = await settingsSection(page, 'Logboek');
  await expect(log.getByText(/Het logboek is onveranderd \(\d+ regels\)\./)).toBeVisible();
  await log.getByLabel('Handeling').selectOption({ label: 'Back-up gemaakt' });
  const table = log.getByRole('table', { name: 'Regels van het logboek' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('cell', { name: 'Back-up gemaakt' })).toBeVisible();
  await log.getByLabel('Handeling').selectOption({ label: 'Zaak definitief verwijderd' });
  await expect(table.getByRole('cell', { name: `Zaak ${caseRef}` })).toBeVisible();
  await checkPart(page, log, '65-audit-log');
});
