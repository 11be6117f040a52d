/**
 * The people in a case, from the screens (issue 15): the staff list in Instellingen (who works
 * with this vault), persons chosen across cases (never matched by name), who captured an item,
 * who gave it, who is on it and who shared it; a request for access with its one-month
 * deadline on the dashboard, extended with a reason, and the letter as a PDF that names no one
 * else; the legal hold that keeps a closed case from being purged until it is released, and a
 * purge that names the backups that still hold the case.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addMonths, localDate } from '../../shared/time';
import { caseTab, createCase, dropFiles, importResults, screenshotPng, seenAt } from './evidence-helpers';
import { checkPart, checkScreen, createVault, expect, previewPerFile, settingsSection, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();
const SHOTS = join(__dirname, 'screenshots');

let outDir = '';
let firstCase = '';
let firstRef = '';

test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'bk-e2e-people-'));
});
test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** A calendar day as the screens print it (renderer/src/features/steps/day.ts). */
const day = (d: string) => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' }).format(new Date(y, m - 1, dd));
};

async function addPerson(page: Page, role: string, name: string, minor: 'Ja' | 'Nee'): Promise<void> {
  await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await page.getByLabel('Rol').selectOption({ label: role });
  await page.getByLabel('Naam of schuilnaam').fill(name);
  await page.getByRole('group', { name: 'Minderjarig (jonger dan 18)?' }).getByRole('radio', { name: minor }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('article', { name: `${role}: ${name}` })).toBeVisible();
}

test('Medewerkers: the staff who capture, and who works with this vault', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  const section = await settingsSection(page, 'Medewerkers');
  await expect(section.getByText('Nog geen medewerkers. Voeg uzelf toe als eerste.')).toBeVisible();
  for (const [name, role] of [
    ['Fatima El Amrani', 'vertrouwenspersoon'],
    ['Joris Mulder', 'zorgcoördinator'],
  ] as const) {
    await section.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await section.getByLabel('Naam', { exact: true }).fill(name);
    await section.getByLabel('Functie').fill(role);
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(section.getByText(`${name} (${role})`)).toBeVisible();
  }
  // The first one added is "you"; the badge says so.
  await expect(section.locator('.staff-row', { hasText: 'Fatima El Amrani' }).getByText('dit bent u')).toBeVisible();
  await checkPart(page, section, '80-staff');
});

test('Persons: the same person chosen in a second case; who captured, gave, is on and shared an item', async ({ page }) => {
  await page.goto(server().url);
  await createCase(page, 'Expose-account klas 2B', 'Expose-account');
  firstCase = page.url();
  firstRef = /Zaak (\d{4}-\d{3})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  await caseTab(page, 'Betrokkenen').click();
  await addPerson(page, 'Slachtoffer', 'Mila de Groot', 'Ja');
  await addPerson(page, 'Verspreider', 'Daan Visser', 'Ja');

  await caseTab(page, 'Bewijsstukken').click();
  await page.getByLabel('Platform').fill('Instagram');
  await page.getByLabel('Webadres (URL)').fill('https://www.instagram.com/expose.2b/p/1/');
  await page.getByText('Meer gegevens (niet verplicht)').click();
  await page.getByLabel('Vastgelegd door').selectOption({ label: 'Joris Mulder (zorgcoördinator)' });
  await seenAt(page, '20-11-2026 21:40');
  await dropFiles(page, [await screenshotPng('expose.png', { caption: 'Expose 2B', hue: 300, seed: 3 })]);
  await expect((await importResults(page)).locator('[data-status="stored"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();
  await page.getByTestId('evidence-card').first().getByRole('link').first().click();

  const who = page.getByRole('region', { name: 'Wie' });
  await expect(who.getByText('Joris Mulder (zorgcoördinator)')).toBeVisible();
  await who.getByRole('button', { name: 'Wie wijzigen' }).click();
  await who.getByLabel('Ontvangen van').selectOption({ label: 'Daan Visser (verspreider)' });
  await who.getByRole('group', { name: 'Staat erop' }).getByLabel('Mila de Groot (slachtoffer)').check();
  await who.getByRole('group', { name: 'Gedeeld door' }).getByLabel('Daan Visser (verspreider)').check();
  await who.getByRole('button', { name: 'Opslaan' }).click();
  await expect(who.getByText('Opgeslagen.')).toBeVisible();
  await expect(who.locator('.details-row', { hasText: 'Staat erop' })).toContainText('Mila de Groot');
  await expect(who.locator('.details-row', { hasText: 'Gedeeld door' })).toContainText('Daan Visser');
  await checkPart(page, who, '81-item-who');

  // A later case: Mila is chosen from the list; a namesake would have to be typed as someone new.
  await createCase(page, 'Bewerkte foto in groepsapp', 'Kwetsende meme');
  await caseTab(page, 'Betrokkenen').click();
  await page.getByRole('button', { name: 'Iemand uit een andere zaak' }).click();
  const known = page.getByRole('form', { name: 'Iemand uit een andere zaak' });
  await known.getByLabel('Persoon').selectOption({ label: `Mila de Groot — ${firstRef} (slachtoffer)` });
  await known.getByLabel('Rol').selectOption({ label: 'Getuige' });
  await known.getByRole('button', { name: 'Toevoegen aan deze zaak' }).click();
  const card = page.getByRole('article', { name: 'Getuige: Mila de Groot' });
  await expect(card.getByText(`ook in ${firstRef}`)).toBeVisible();
  await checkScreen(page, '82-person-known');
});

test('Inzageverzoek: the deadline on the dashboard, an extension with its reason, and the letter as a PDF', async ({ page }) => {
  await page.goto(firstCase.replace(/\/overview$/, '/persons'));
  await page.getByRole('button', { name: 'Inzageverzoek van Mila de Groot' }).click();
  const panel = page.getByRole('region', { name: 'Inzageverzoek van Mila de Groot' });
  // Received five weeks ago: the month of art. 12(3) AVG has passed.
  const received = addDays(localDate(new Date()), -35);
  await panel.getByLabel('Verzoek ontvangen op').fill(received);
  await panel.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  const row = panel.getByTestId('access-request');
  await expect(row).toContainText(`antwoord uiterlijk ${day(addMonths(received, 1))}`);
  await expect(row.getByText('te laat')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  // In "Vandaag", the inbox: an open request near (here: past) its deadline.
  const due = page.getByTestId('today').locator('[data-testid="today-item"][data-source="access-due"]');
  await expect(due).toContainText(`Zaak ${firstRef}`);
  await expect(due).toContainText(`Te laat: het antwoord moest er op ${day(addMonths(received, 1))} zijn`);
  // The dashboard names no one.
  await expect(due).not.toContainText('Mila');
  await checkPart(page, page.getByTestId('today'), '83-access-due');
  await due.getByRole('link', { name: `Inzageverzoek in zaak ${firstRef} openen` }).click();

  await page.getByRole('button', { name: 'Inzageverzoek van Mila de Groot' }).click();
  await panel.getByRole('button', { name: 'Termijn verlengen' }).click();
  await panel.getByLabel('Waarom meer tijd nodig is').fill('Het verzoek betreft twee zaken.');
  await panel.getByRole('button', { name: 'Verlengen' }).click();
  await expect(row).toContainText(`antwoord uiterlijk ${day(addMonths(received, 3))}`);
  await expect(row.getByText('te laat')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Plek kiezen' }).click();
  const file = join(outDir, 'inzage-mila.pdf');
  await panel.getByLabel('Volledig pad van de brief (PDF)').fill(file);
  await panel.getByRole('button', { name: 'Brief maken (PDF)' }).click();
  await expect(panel.getByText(/De brief is opgeslagen in .*inzage-mila\.pdf \(\d pagina’s; 2 zaken, 1 bewijsstuk\)\./)).toBeVisible();
  await expect(row).toContainText('Brief gemaakt op');
  await checkPart(page, panel, '84-access-letter-made');

  expect(existsSync(file)).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Aan: Mila de Groot');
  expect(text).toContain('Het verzoek betreft twee zaken.');
  expect(text).toContain(`Zaak ${firstRef}`);
  for (const other of ['Daan', 'Visser', 'Joris', 'Mulder', 'Fatima', 'Expose-account klas 2B']) expect(text).not.toContain(other);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, join(SHOTS, '85-access-letter-page')]);

  await panel.getByRole('button', { name: 'Beantwoord' }).click();
  await expect(row).toContainText('beantwoord op');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(page.getByTestId('today').locator('[data-source="access-due"][data-testid="today-item"]')).toHaveCount(0);
});

test('Voor de politie: what happened, the offences, the complaint deadline and whom to call, for the dossier’s first page', async ({ page }) => {
  await page.goto(firstCase);
  const police = page.getByRole('region', { name: 'Voor de politie' });
  await police.scrollIntoViewIfNeeded();
  await police.getByRole('button', { name: 'Wijzigen' }).click();
  await police.getByLabel('Wat er is gebeurd').fill('Een expose-account plaatst foto’s van een leerling met spottende teksten.');
  await police.getByLabel('Belediging (art. 266 Sr, alleen na klacht)').check();
  await police.getByLabel('Wensen van het slachtoffer').fill('Wil dat het verdwijnt en doet aangifte.');
  await police.getByRole('radio', { name: 'Aangifte gedaan', exact: true }).check();
  await police.getByLabel('Wanneer wist het slachtoffer ervan?').fill('2026-11-16');
  await expect(police.getByText('uiterlijk op 16 feb 2027', { exact: false })).toBeVisible();
  await police.getByRole('button', { name: 'Opslaan' }).click();
  await expect(police.getByText('Opgeslagen.')).toBeVisible();
  await expect(police).toContainText('Belediging (art. 266 Sr, alleen na klacht)');
  await expect(police).toContainText('Fatima El Amrani (vertrouwenspersoon) (de vaste medewerker van deze kluis)');
  await expect(police).toContainText('Klachttermijn: belediging, smaad en laster worden alleen vervolgd na een klacht, uiterlijk op 16 feb 2027');
  await checkPart(page, police, '89-police-facts');
});

test('Bewaarplicht: a closed case on legal hold cannot be purged; released, the purge names the backups that still hold it', async ({ page }) => {
  await page.goto(firstCase);
  const keep = page.getByRole('region', { name: 'Bewaren en verwijderen' });
  await keep.scrollIntoViewIfNeeded();
  await expect(keep).toContainText('2 jaar na het sluiten (standaard van de kluis)');
  await keep.getByRole('button', { name: 'Bewaartermijn wijzigen' }).click();
  await keep.getByLabel('Jaren na het sluiten').fill('5');
  await keep.getByRole('button', { name: 'Opslaan' }).click();
  await expect(keep).toContainText('5 jaar na het sluiten (voor deze zaak)');

  await keep.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await keep.getByRole('radio', { name: 'Er loopt een politiezaak' }).check();
  await keep.getByLabel('Toelichting').fill('Aangifte PL0900-2026-4711');
  await keep.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await expect(keep.getByText('Bewaarplicht: er loopt een politiezaak')).toBeVisible();
  await expect(keep).toContainText('Aangifte PL0900-2026-4711 — ingesteld door Fatima El Amrani (vertrouwenspersoon)');

  await page.getByRole('radio', { name: 'Gesloten' }).check();
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByText('De status is nu: Gesloten.')).toBeVisible();
  await expect(keep.getByText('Deze zaak kan niet definitief worden verwijderd zolang de bewaarplicht geldt.')).toBeVisible();
  await expect(keep.getByRole('button', { name: 'Zaak definitief verwijderen' })).toHaveCount(0);
  await checkPart(page, keep, '86-legal-hold');

  // A backup made now holds the case: the purge will say so.
  const backupFile = join(outDir, 'kluis-met-zaak.bkbackup');
  const backup = await settingsSection(page, 'Back-up');
  const make = backup.getByRole('form', { name: 'Back-up maken' });
  await make.getByRole('button', { name: 'Plek kiezen' }).click();
  await make.getByLabel('Volledig pad van het back-upbestand').fill(backupFile);
  await make.getByRole('button', { name: 'Back-up maken' }).click();
  await expect(make.getByText(`De back-up is gemaakt: ${backupFile}`, { exact: false })).toBeVisible();

  await page.goto(firstCase);
  await keep.getByRole('button', { name: 'Bewaarplicht opheffen' }).click();
  await keep.getByLabel('Waarom de bewaarplicht vervalt').fill('De politie heeft de zaak gesloten.');
  await keep.getByRole('button', { name: 'Bewaarplicht opheffen' }).click();
  await expect(keep.getByText(/Bewaarplicht:/)).toHaveCount(0);
  await keep.getByRole('button', { name: 'Zaak definitief verwijderen' }).click();
  const dialog = page.getByRole('group', { name: `Zaak ${firstRef} definitief verwijderen` });
  await expect(dialog.getByTestId('backups-holding')).toContainText('kluis-met-zaak.bkbackup');
  await expect(dialog).toContainText('opnieuw te verwijderen');
  await checkPart(page, dialog, '87-purge-backups');
  await dialog.getByLabel(`Typ ter bevestiging het zaaknummer (${firstRef})`).fill(firstRef);
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText(`Zaak ${firstRef} is definitief verwijderd.`, { exact: false })).toBeVisible();
  await expect(page.getByTestId('backups-holding')).toContainText('kluis-met-zaak.bkbackup');
  await checkScreen(page, '88-purged-with-backups');
});
