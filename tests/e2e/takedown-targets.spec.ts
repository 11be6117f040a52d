/**
 * Takedowns that platforms act on, in the UI (issue 14): a request for a WhatsApp group without
 * a URL, one request for two typed URLs and one for two selected items, the item's own kind of
 * material and its description for the platform, and the klachtdelict deadline on the case page.
 */
import { caseTab, createCase, openCapture } from './evidence-helpers';
import { checkScreen, createVault, previewPerFile, expect, setSender, test } from './helpers';
import type { Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

const GROUP = 'Klas 2C roddels';
const ROUTE = 'Chats > Klas 2C roddels > Groepsinfo > Groep rapporteren';
const INSTA = ['https://www.instagram.com/p/Een_1/?igsh=a%20b', 'https://www.instagram.com/reel/Twee-2/'];
let caseUrl = '';

const steps = (page: Page) => page.getByRole('group', { name: 'Wat is er gebeurd? Kies de volgende stap.' }).getByRole('button');

async function addSighting(page: Page, platform: string, url: string, handle: string) {
  await caseTab(page, 'Bewijsstukken').click();
  // The form folds after each use (issue 16): open it again for the next sighting.
  await openCapture(page);
  await page.getByRole('radio', { name: 'Alleen de vindplaats, zonder bestand' }).check();
  await page.getByLabel('Platform').fill(platform);
  await page.getByLabel('Account of gebruikersnaam').fill(handle);
  await page.getByLabel('Webadres (URL)').fill(url);
  await page.getByRole('button', { name: 'Onbekend', exact: true }).click();
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText(/De vindplaats is vastgelegd als/)).toBeVisible();
}

test('a WhatsApp group without a URL: chosen in the form, shown with its route, in the notice, and sent', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Roddelgroep klas 2C', 'Kwetsende meme of bewerkte foto');
  caseUrl = page.url();

  // Belediging is a klachtdelict: the case page warns of the three-month complaint deadline.
  const deadline = page.getByTestId('complaint-deadline');
  await expect(deadline).toHaveAttribute('data-state', 'open');
  await expect(deadline).toContainText(/^Klacht indienen uiterlijk op /);
  await expect(deadline).toContainText('binnen drie maanden nadat het slachtoffer ervan hoorde (art. 66 Sr)');
  await caseTab(page, 'Stappenplan').click();
  await expect(page.getByTestId('complaint-deadline')).toBeVisible();
  await checkScreen(page, '80-complaint-deadline');

  await caseTab(page, 'Verwijderverzoeken').click();
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await page.getByRole('radio', { name: /^Zonder URL: een account, groep of chat/ }).check();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByText('Vul de naam in zoals het platform die laat zien.')).toBeVisible();
  await expect(page.getByText('Kies het platform.', { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Groep of kanaal/ })).toBeChecked();
  await page.getByLabel('Naam van de groep of het kanaal, zoals het platform die laat zien').fill(GROUP);
  await page.getByLabel('Zo vindt u het in de app (niet verplicht)').fill(ROUTE);
  await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'WhatsApp' });
  await page.getByLabel('Beschrijving voor het platform (niet verplicht)').fill('Groep waarin bewerkte foto’s van een student worden gedeeld.');
  await page.getByRole('radio', { name: /^Melden in de app/ }).check();
  await checkScreen(page, '81-new-request-without-url');
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij WhatsApp' })).toBeVisible();
  await expect(page.getByTestId('request-target')).toHaveText(`Groep of kanaal: ${GROUP}`);
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText(`Zo vindt u het in de app: ${ROUTE}`);
  const notice = page.getByTestId('notice');
  await expect(notice.locator('[data-part="b"] .notice-body')).toHaveText(`Platform: WhatsApp\nGroep of kanaal: ${GROUP}\nZo vindt u het in de app: ${ROUTE}\nBeschrijving: Groep waarin bewerkte foto’s van een student worden gedeeld.`);
  await expect(notice.locator('[data-part="b"]')).not.toContainText('URL');
  await expect(notice.locator('[data-part="a"]')).toContainText('belediging (art. 266 Sr)');
  // An in-app report comes from the reporter's own account: no sender needed to send it.
  await expect(notice.locator('[data-part="c"]')).toContainText('vanuit uw eigen account');
  await expect(page.getByText(/Er is nog geen afzender/)).toHaveCount(0);
  await checkScreen(page, '82-request-without-url');
  await steps(page).filter({ hasText: /^Verstuurd$/ }).click();
  await page.getByRole('button', { name: 'Opslaan als “Verstuurd”' }).click();
  await expect(page.getByText('Opgeslagen. De status is nu “Verstuurd”.')).toBeVisible();

  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await expect(page.getByRole('heading', { name: 'WhatsApp (1)' })).toBeVisible();
  await expect(page.getByTestId('case-request')).toContainText(GROUP);
});

test('two typed URLs make one request whose notice lists both exactly', async ({ page }) => {
  await page.goto(caseUrl);
  await setSender(page);

  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await page.getByRole('radio', { name: /^Een of meer webadressen/ }).check();
  await page.getByLabel('Webadressen (URL’s) van de vindplaats, één per regel').fill(`${INSTA[0]}\n\n  ${INSTA[1]}  \n`);
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij Instagram' })).toBeVisible();
  await expect(page.getByTestId('request-url')).toHaveText(INSTA);
  const full = await page.getByTestId('notice-full').textContent();
  const lines = (full ?? '').split('\n');
  expect(lines).toContain(INSTA[0]);
  expect(lines).toContain(INSTA[1]);
  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await expect(page.getByRole('heading', { name: 'Instagram (1)' })).toBeVisible();
  await expect(page.getByTestId('case-request').filter({ hasText: 'instagram.com' })).toContainText('(+1 meer)');
});

test('two selected items on one platform: one request; the item\'s own kind of material and description for the platform are used', async ({ page }) => {
  await page.goto(caseUrl);
  await addSighting(page, 'TikTok', 'https://www.tiktok.com/@roddel.2c/video/1', '@roddel.2c');
  await addSighting(page, 'TikTok', 'https://www.tiktok.com/@roddel.2c/video/2', '@roddel.2c');

  // The second item is a fight video: its own kind of material, and a description meant for the platform.
  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-001\/2/ }).click();
  const fields = page.getByRole('region', { name: 'Voor verwijderverzoeken' });
  await fields.getByRole('combobox', { name: 'Soort materiaal van dit bewijsstuk' }).selectOption({ label: 'Video van geweld of vernedering' });
  await fields.getByLabel('Beschrijving voor het platform').fill('Video van een vechtpartij; het slachtoffer is herkenbaar.');
  await fields.getByRole('button', { name: 'Opslaan' }).click();
  await expect(fields.getByText('Opgeslagen. Meldingen over dit bewijsstuk gebruiken dit nu.')).toBeVisible();
  await checkScreen(page, '83-item-takedown-fields');

  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await expect(page.getByRole('checkbox', { name: /^\d{4}-001\/2 · TikTok/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /^\d{4}-001\/1 · TikTok/ }).check();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij TikTok' })).toBeVisible();
  await expect(page.getByTestId('request-url')).toHaveText(['https://www.tiktok.com/@roddel.2c/video/2', 'https://www.tiktok.com/@roddel.2c/video/1']);
  const a = page.getByTestId('notice').locator('[data-part="a"]');
  // Part (a) from each item: the meme ground for one, the violence ground for the other.
  await expect(a).toContainText('Dit geldt voor:');
  await expect(a).toContainText('toont geweld');
  await expect(a).toContainText('(meme)');
  await expect(page.getByTestId('notice').locator('[data-part="b"]')).toContainText('Beschrijving: Video van een vechtpartij; het slachtoffer is herkenbaar.');
  await checkScreen(page, '84-request-two-items');
});
