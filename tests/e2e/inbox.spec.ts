/**
 * "Vandaag" as the officer's inbox (issue 16 item 3): the empty dashboard offers a new case;
 * then steps due today, a request still to send, a follow-up that became overdue (the core's
 * test clock moves, no waiting); the counts and the tiles are links to one kind of work; the
 * keyboard picks a kind (digits), moves between entries (j/k) and opens one (Enter).
 */
import { caseTab } from './evidence-helpers';
import { advanceServerClock, checkScreen, createVault, expect, PASSPHRASE, previewPerFile, setSender, test, unlock } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile({ testClock: '2026-12-01T09:00:00Z' });

test('the empty dashboard offers a new case; a new case puts its steps for today in the inbox', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await expect(page.getByText('Nog niets om op te volgen')).toBeVisible();
  await page.getByRole('link', { name: 'Nieuwe zaak' }).click();
  await page.getByLabel('Korte titel').fill('Filmpje pauzeplein');
  await page.getByRole('radio', { name: /^Kwetsende meme/ }).check();
  await page.getByRole('button', { name: 'Zaak aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Filmpje pauzeplein$/ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  const inbox = page.getByTestId('today');
  await expect(inbox.getByRole('link', { name: /^Stappen voor vandaag 3$/ })).toBeVisible();
  await expect(inbox.getByRole('heading', { name: 'Stappen voor vandaag (3)' })).toBeVisible();
  await expect(inbox.getByTestId('today-item').first()).toContainText('Stap: Probleem vaststellen');
});

test('a request to send, then overdue: counts and tiles are links, the keyboard walks the inbox', async ({ page }) => {
  await page.goto(`${server().url}#/cases`);
  await setSender(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click();
  await page.getByRole('link', { name: /Filmpje pauzeplein/ }).first().click();
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByRole('radio', { name: 'Alleen de vindplaats, zonder bestand' }).check();
  await page.getByLabel('Webadres (URL)').fill('www.tiktok.com/@pauze/video/1');
  await page.getByRole('button', { name: 'Onbekend', exact: true }).click();
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText(/De vindplaats is vastgelegd als/)).toBeVisible();
  await page.getByRole('link', { name: /^Verwijderverzoek voor bewijsstuk \d{4}-001\/1$/ }).click();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij TikTok' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  const inbox = page.getByTestId('today');
  await expect(inbox.getByRole('link', { name: /^Nog versturen 1$/ })).toBeVisible();
  await checkScreen(page, '95-inbox');
  // 3 = the third kind ("Nog versturen"), j = the first entry, Enter opens it.
  await page.keyboard.press('3');
  await expect(page).toHaveURL(/#\/dashboard\/to-send$/);
  await expect(inbox.getByRole('heading', { level: 2, name: 'Vandaag: Nog versturen' })).toBeVisible();
  await expect(inbox.getByTestId('today-item')).toHaveCount(1);
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: /^Openen: verzoek \d{4}-001 bij TikTok/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij TikTok' })).toBeVisible();

  // Sent; TikTok's follow-up time passes without an answer: overdue.
  await page.getByRole('group', { name: 'Wat is er gebeurd? Kies de volgende stap.' }).getByRole('button', { name: 'Verstuurd' }).click();
  // The core's clock is the test clock (09:00 UTC): the time is typed, not the browser's "now".
  await page.getByLabel('Datum en tijd van de wijziging').fill('01-12-2026 09:30');
  await page.getByRole('button', { name: 'Opslaan als “Verstuurd”' }).click();
  await expect(page.getByText('Opgeslagen. De status is nu “Verstuurd”.')).toBeVisible();
  // Days later the vault has locked itself (idle); the officer unlocks and looks at Vandaag.
  await advanceServerClock(page, 10 * 86_400_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await unlock(page, PASSPHRASE, 'Verwijderverzoek bij TikTok');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await page.getByTestId('dashboard-totals').getByRole('link', { name: 'Achterstallig' }).click();
  await expect(page).toHaveURL(/#\/dashboard\/overdue$/);
  await expect(inbox.getByTestId('today-item')).toHaveCount(1);
  await expect(inbox.getByTestId('today-item')).toContainText('Achterstallig sinds');
  await expect(inbox.getByRole('link', { name: /^Nog versturen 0$/ })).toBeVisible();
  await page.keyboard.press('0');
  await expect(page).toHaveURL(/#\/dashboard$/);
  await checkScreen(page, '96-inbox-overdue');
});
