/**
 * The evidence tab in daily use (issue 16 items 2, 4, 5): "Gezien op" must be answered (a time,
 * "Nu" or "Onbekend"), files dropped before that wait instead of being lost; the form folds
 * after use and starts empty again; one URL rule on add and edit in the app's own words; a table
 * and cards with file name, seen-at and marks, sortable and filterable; the full-screen viewer
 * by keyboard (blurred until T, every showing logged, zoom and pan, next and previous).
 */
import { caseTab, createCase, dropFiles, importResults, openCapture, screenshotPng, seenAt, type TestFile } from './evidence-helpers';
import { checkScreen, createVault, expect, previewPerFile, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

let tall: TestFile;
let wide: TestFile;
let caseUrl = '';

test.beforeAll(async () => {
  tall = await screenshotPng('IMG_4471.PNG', { caption: 'Story', hue: 210, seed: 4, width: 1170, height: 2532 });
  wide = await screenshotPng('groepsapp.png', { caption: 'Groepsapp', hue: 40, seed: 9 });
});

test('seen-at must be answered; files wait until it is; the form folds and starts empty again', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Story klas 4A', 'Kwetsende meme');
  caseUrl = page.url();
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByLabel('Platform').fill('Instagram');
  await page.getByLabel('Webadres (URL)').fill('instagram.com/stories/klas4a');
  await dropFiles(page, [tall]);
  await expect(page.getByText('Vul in wanneer u het zag, of kies Nu of Onbekend.')).toBeVisible();
  await expect(page.getByLabel('Gezien op', { exact: true })).toBeFocused();
  await expect(page.getByTestId('held-files')).toContainText('IMG_4471.PNG');
  await expect(page.getByTestId('import-results')).toHaveCount(0);

  // A time in the browser's own format is not read as a date: the app says how to write it.
  await seenAt(page, '11/20/2026 3:30 PM');
  await page.getByRole('button', { name: 'Nu toevoegen' }).click();
  await expect(page.getByText('Dit is geen datum met tijd. Schrijf als dd-mm-jjjj uu:mm')).toBeVisible();
  await checkScreen(page, '91-seen-at-required');
  await seenAt(page, '20-11-2026 15:30');
  await page.getByRole('button', { name: 'Nu toevoegen' }).click();
  const results = await importResults(page);
  await expect(results.locator('[data-status="stored"]')).toHaveCount(1);
  await expect(page.locator(':focus')).toContainText('Resultaat van het toevoegen');

  // Folded, and the next capture starts from empty fields (never the previous URL or time).
  await expect(page.getByLabel('Webadres (URL)')).toHaveCount(0);
  await openCapture(page);
  await expect(page.getByLabel('Webadres (URL)')).toHaveValue('');
  await expect(page.getByLabel('Gezien op', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Platform')).toHaveValue('');

  // "Onbekend" is an answer; "Nu" fills in the time in dd-mm-jjjj uu:mm.
  await page.getByRole('button', { name: 'Onbekend', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Onbekend', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Platform').fill('WhatsApp');
  await dropFiles(page, [wide]);
  await expect((await importResults(page)).locator('[data-status="stored"]')).toHaveCount(1);
  await openCapture(page);
  await page.getByRole('button', { name: 'Nu', exact: true }).click();
  await expect(page.getByLabel('Gezien op', { exact: true })).toHaveValue(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
});

test('one URL rule on add and on edit, in the app’s words; the platform follows from the address', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'evidence'));
  await openCapture(page);
  await page.getByRole('radio', { name: 'Alleen de vindplaats, zonder bestand' }).check();
  await page.getByLabel('Webadres (URL)').fill('snap dot com slash djayy');
  await page.getByRole('button', { name: 'Onbekend', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Onbekend', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText('Dit is geen webadres.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Onbekend', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Webadres (URL)')).toBeFocused();
  await page.getByLabel('Webadres (URL)').fill('snapchat.com/add/djayy');
  await expect(page.getByRole('button', { name: 'Onbekend', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Platform herkend aan het adres: Snapchat.')).toBeVisible();
  await page.getByLabel('Account of gebruikersnaam').fill('@djayy');
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText(/De vindplaats is vastgelegd als \d{4}-001\/3\./)).toBeVisible();

  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-001\/3$/ }).click();
  await expect(page.getByRole('region', { name: 'Vindplaats' })).toContainText('https://snapchat.com/add/djayy');
  await expect(page.getByRole('region', { name: 'Vindplaats' })).toContainText('Snapchat');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByLabel('Webadres (URL)').fill('tiktok dot com');
  await page.getByLabel('Webadres (URL)').press('Tab');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  // The app's message, not the browser's "Please enter a URL.", and saving can be fixed.
  await expect(page.getByText('Dit is geen webadres.', { exact: false })).toBeVisible();
  await checkScreen(page, '92-url-rule-edit');
  await page.getByLabel('Webadres (URL)').fill('www.tiktok.com/@djayy/video/7');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De gegevens zijn opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vindplaats' })).toContainText('https://www.tiktok.com/@djayy/video/7');
});

test('table and cards with file name, seen-at and marks; sorted and filtered', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'evidence'));
  const cards = page.getByTestId('evidence-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toContainText('IMG_4471.PNG');
  await expect(cards.first()).toContainText('Gezien 20 nov 2026');
  await expect(cards.nth(1)).toContainText('Gezien op: onbekend');
  await page.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Tabel' }).click();
  const rows = page.getByTestId('evidence-row');
  await expect(rows).toHaveCount(3);
  await page.getByRole('columnheader', { name: 'Platform en account' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Platform en account' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText('Instagram');
  await page.getByRole('columnheader', { name: 'Platform en account' }).getByRole('button').click();
  await expect(rows.first()).toContainText('WhatsApp');
  await page.getByLabel('Zoeken in deze zaak').fill('groepsapp');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('list-count')).toContainText('1 van 3 bewijsstukken.');
  await checkScreen(page, '93-evidence-table');
  await page.getByLabel('Zoeken in deze zaak').fill('');
  await page.getByLabel('Toon soort').selectOption({ label: 'Alleen vindplaats' });
  await expect(rows).toHaveCount(1);
});

test('the viewer: blurred until T, each showing logged, zoom and pan, next and previous by keyboard', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'evidence'));
  await page.getByRole('button', { name: /^Vergroten: bewijsstuk \d{4}-001\/1$/ }).click();
  const viewer = page.getByRole('dialog', { name: /^Bewijsstuk \d{4}-001\/1$/ });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByTestId('viewer-position')).toHaveText('1 van 2');
  await expect(viewer.locator('img[data-blurred="true"]')).toHaveCount(1);
  await expect(viewer.locator('img[data-blurred="false"]')).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(viewer.locator('img[data-blurred="false"]')).toHaveCount(1);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(viewer.getByTestId('viewer-zoom')).toHaveText('Zoom 200%');
  await page.keyboard.press('ArrowDown');
  await checkScreen(page, '94-viewer-zoomed');
  await page.keyboard.press('0');
  await expect(viewer.getByTestId('viewer-zoom')).toHaveText('Zoom 100%');
  // The next item starts blurred again: the clear image of the previous one is gone.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: /^Bewijsstuk \d{4}-001\/2$/ })).toBeVisible();
  await expect(page.getByTestId('viewer-position')).toHaveText('2 van 2');
  await expect(page.locator('img[data-blurred="false"]')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('viewer-position')).toHaveText('1 van 2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('viewer')).toHaveCount(0);

  // The showing is in the item's history.
  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-001\/1$/ }).click();
  await expect(page.getByRole('region', { name: 'Logboek van dit bewijsstuk' })).toContainText('Beeld getoond');
});
