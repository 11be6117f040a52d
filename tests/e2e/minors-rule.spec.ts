/**
 * Key flow 2 (docs/ux.md "Key flows"; docs/domain.md "The minors rule"): in a nude-photo case the app
 * explains before anything is dropped, refuses to store an image, and offers hash-only and
 * location-only instead, with the reporting channels.
 */
import { caseTab, createCase, dropFiles, importResults, screenshotPng } from './evidence-helpers';
import { checkScreen, createVault, previewPerFile, expect, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

test('a nude-photo case stores no images: explanation, refusal, hash-only and URL-only', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Foto leerling rondgestuurd', 'Naaktfoto');
  await caseTab(page, 'Bewijsstukken').click();

  // Before any file: two calm sentences, the alternatives and the channels.
  const panel = page.getByTestId('minors-rule');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('mag niemand bewaren, doorsturen of opzoeken');
  await expect(panel).toContainText('Politie: 0900-8844 (bij direct gevaar 112).');
  await expect(panel).toContainText('Meldpunt Offlimits');
  await expect(panel).toContainText('WhatsApp');
  await expect(panel).toContainText('Helpwanted');
  await expect(page.getByRole('group', { name: 'Is de persoon op het beeld minderjarig?' }).getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
  await checkScreen(page, '31-minors-rule');

  // A dropped image is refused and nothing appears.
  const photo = await screenshotPng('foto-doorgestuurd.png', { caption: 'Doorgestuurd', hue: 300, seed: 2 });
  await page.getByLabel('Platform').fill('WhatsApp');
  await dropFiles(page, [photo]);
  let results = await importResults(page);
  await expect(results.locator('[data-status="rejected"]')).toContainText('Een seksueel beeld van een (mogelijk) minderjarige wordt nooit opgeslagen of getoond.');
  await expect(page.getByTestId('evidence-card')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
  await checkScreen(page, '32-minors-refused');

  // Hash-only: the file is hashed in memory and forgotten.
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();
  await panel.getByRole('button', { name: 'Alleen hashes vastleggen' }).click();
  await expect(page.getByRole('radio', { name: 'Alleen hashes: het bestand wordt niet bewaard' })).toBeChecked();
  await expect(page.getByText('Sleep bestanden hierheen om alleen de hashes vast te leggen')).toBeVisible();
  await dropFiles(page, [photo]);
  results = await importResults(page);
  await expect(results).toContainText(/Hashes vastgelegd als \d{4}-001\/1, het bestand is niet bewaard/);
  const card = page.getByTestId('evidence-card');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-kind', 'hash');
  await expect(card).toContainText('Dit beeld wordt nooit bewaard of getoond.');
  await expect(page.locator('img')).toHaveCount(0);

  // Location only.
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();
  await panel.getByRole('button', { name: 'Alleen vindplaats vastleggen' }).click();
  await expect(page.getByLabel('Webadres (URL)')).toBeFocused();
  await page.getByLabel('Webadres (URL)').fill('https://example.org/post/123');
  await page.getByLabel('Account of gebruikersnaam').fill('@doorstuurder');
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText(/De vindplaats is vastgelegd als \d{4}-001\/2\./)).toBeVisible();
  await expect(card).toHaveCount(2);
  await expect(page.locator('img')).toHaveCount(0);
  await checkScreen(page, '33-minors-hash-and-url');

  // The item page shows no image either.
  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-001\/1$/ }).click();
  // Wait until the item page has replaced the grid (both grid cards carry the same sentence).
  await expect(card).toHaveCount(0);
  await expect(page.getByText('Dit beeld wordt nooit bewaard of getoond.')).toBeVisible();
  await expect(page.getByRole('button', { name: /tonen$/ })).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
});

test('re-labelling a case with images as a nude photo asks first, then removes the stored images', async ({ page }) => {
  await page.goto(server().url);
  await createCase(page, 'Bewerkte foto van leerling', 'Kwetsende meme');
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByLabel('Platform').fill('Snapchat');
  await dropFiles(page, [await screenshotPng('bewerkt.png', { caption: 'Bewerkt', hue: 120, seed: 5 })]);
  await expect((await importResults(page)).locator('[data-status="stored"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();
  await expect(page.getByTestId('evidence-card')).toHaveAttribute('data-kind', 'image');

  await caseTab(page, 'Overzicht').click();
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByRole('radio', { name: /^Naaktfoto/ }).check();
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  const confirm = page.getByRole('group', { name: 'Beelden verwijderen en opslaan?' });
  await expect(confirm).toContainText('verwijdert de app bij het opslaan de bewaarde beelden in deze zaak');
  const go = confirm.getByRole('button', { name: 'Opslaan en beelden verwijderen' });
  await expect(go).toBeDisabled();
  await checkScreen(page, '34-relabel-confirm');
  // Cancelling keeps everything as it was.
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gegevens opslaan' })).toBeFocused();
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await confirm.getByLabel('Typ VERWIJDER om te bevestigen').fill('verwijder');
  await go.click();
  await expect(page.getByText('De gegevens van de zaak zijn opgeslagen.')).toBeVisible();

  await caseTab(page, 'Bewijsstukken').click();
  const card = page.getByTestId('evidence-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Dit beeld wordt nooit bewaard of getoond.');
  await expect(page.locator('img')).toHaveCount(0);
});
