/**
 * Takedown tracker (docs/ux.md "Key flows", 1 and 3): requests from an evidence item, the
 * DSA notice ready to copy, the status machine as buttons (only legal steps), the board,
 * overdue follow-ups in "Vandaag", the dashboard figures, and the platform catalogue.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { caseTab, createCase } from './evidence-helpers';
import { checkScreen, createVault, previewPerFile, expect, test } from './helpers';

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
const server = previewPerFile();

const TIKTOK_URL = 'https://www.tiktok.com/@roddel.3b.demo/video/7351234567890123456';
const INSTA_URL = 'https://www.instagram.com/p/C0ffeeDemo123/';
const REFERENCE = 'TT-2026-48213';
let caseUrl = '';

/** The offered status steps; asserted with toHaveText([...]) so the check waits for the request to load. */
const steps = (page: Page) => page.getByRole('group', { name: 'Wat is er gebeurd? Kies de volgende stap.' }).getByRole('button');
const openRequest = (page: Page, name: RegExp) => page.getByRole('link', { name }).first().click();

async function changeStatus(page: Page, step: string, opts: { reference?: string; at?: string } = {}) {
  await steps(page).filter({ hasText: new RegExp(`^${step}$`) }).click();
  if (opts.at) await page.getByLabel('Datum en tijd van de wijziging').fill(opts.at);
  if (opts.reference) await page.getByLabel('Kenmerk of referentienummer (niet verplicht)').fill(opts.reference);
  await page.getByRole('button', { name: `Opslaan als “${step}”` }).click();
  await expect(page.getByText(`Opgeslagen. De status is nu “${step}”.`)).toBeVisible();
}

test('requests from an evidence item: web form and Offlimits', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Filmpje over docent', 'Kwetsende meme of bewerkte foto');
  caseUrl = page.url();

  await caseTab(page, 'Bewijsstukken').click();
  await page.getByRole('radio', { name: 'Alleen de vindplaats, zonder bestand' }).check();
  await page.getByLabel('Platform').fill('TikTok');
  await page.getByLabel('Account of gebruikersnaam').fill('@roddel.3b.demo');
  await page.getByLabel('Webadres (URL)').fill(TIKTOK_URL);
  await page.getByRole('button', { name: 'Nu', exact: true }).click();
  await page.getByRole('button', { name: 'Vindplaats vastleggen', exact: true }).click();
  await expect(page.getByText(/De vindplaats is vastgelegd als/)).toBeVisible();

  // From the item in the grid: the item is chosen, its platform filled in, web form is the default channel.
  await page.getByRole('link', { name: /^Verwijderverzoek voor bewijsstuk \d{4}-001\/1$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw verwijderverzoek' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Bewijsstukken uit deze zaak/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^\d{4}-001\/1 · TikTok · tiktok\.com\/@roddel\.3b\.demo/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Platform' })).toHaveValue('tiktok');
  await expect(page.getByRole('radio', { name: /^Webformulier/ })).toBeChecked();
  await checkScreen(page, '47-new-request');
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij TikTok' })).toBeVisible();
  await expect(page.getByTestId('request-url')).toHaveText(TIKTOK_URL);
  // No sender yet: the notice says it is not valid without one, and sending is blocked until it is set.
  await expect(page.getByText(/^Er is nog geen afzender\. Zonder naam en e-mailadres is de melding niet geldig/)).toBeVisible();
  await steps(page).filter({ hasText: /^Verstuurd$/ }).click();
  await page.getByRole('button', { name: 'Opslaan als “Verstuurd”' }).click();
  await expect(page.getByText(/^Er is nog geen afzender ingesteld\. Een melding zonder naam en e-mailadres is niet geldig/)).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // From the item's detail page: escalate to Offlimits.
  await page.goto(caseUrl);
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByRole('link', { name: /^Details van bewijsstuk/ }).click();
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await page.getByRole('radio', { name: /^Offlimits \(Meldpunt Kinderporno\)/ }).check();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij Meldpunt Kinderporno (Offlimits)' })).toBeVisible();

  await page.goto(caseUrl);
  await caseTab(page, 'Verwijderverzoeken').click();
  await expect(page.getByTestId('case-request')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'TikTok (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Meldpunt Kinderporno (Offlimits) (1)' })).toBeVisible();
  await checkScreen(page, '40-case-takedowns');
});

test('sender in Settings; the notice has all four DSA parts and copies to the clipboard', async ({ page }) => {
  await page.goto(server().url.replace(/\/$/, '') + '/#/settings/platforms');
  await page.getByLabel('Naam (en functie)').fill('M. de Vries (vertrouwenspersoon)');
  await page.getByLabel('E-mailadres', { exact: true }).fill('geen-adres');
  await expect(page.getByText('Dit is geen geldig e-mailadres.', { exact: false })).toBeVisible();
  await page.getByLabel('E-mailadres', { exact: true }).fill('vertrouwenspersoon@school.example');
  await page.getByLabel('School of organisatie (niet verplicht)').fill('Voorbeeldcollege');
  const sender = page.getByRole('region', { name: 'Afzender voor meldingen' });
  await sender.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen. Nieuwe meldingen gebruiken deze afzender.')).toBeVisible();
  await sender.screenshot({ path: join(__dirname, 'screenshots', '46-sender-settings.png') });

  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await openRequest(page, /bij TikTok \(Webformulier\) openen/);
  const notice = page.getByTestId('notice');
  for (const part of ['a', 'b', 'c', 'd']) await expect(notice.locator(`[data-part="${part}"]`)).toBeVisible();
  await expect(notice.locator('[data-part="b"]')).toContainText(TIKTOK_URL);
  await expect(notice.locator('[data-part="c"]')).toContainText('vertrouwenspersoon@school.example');
  await expect(notice.locator('[data-part="d"]')).toContainText('te goeder trouw');
  await expect(page.getByText(/Er is nog geen afzender/)).toHaveCount(0);

  // Part (a) in the user's own words.
  await notice.getByText('Uitleg aanpassen (deel a)').click();
  await notice.getByLabel('Uw eigen uitleg waarom het onrechtmatig is').fill('Een bewerkte video maakt een docent belachelijk en is zonder toestemming geplaatst.');
  await notice.getByRole('button', { name: 'Uitleg opslaan' }).click();
  await expect(notice.locator('[data-part="a"]')).toContainText('zonder toestemming geplaatst');

  await notice.getByRole('button', { name: 'Kopieer tekst' }).click();
  await expect(notice.getByText('Gekopieerd', { exact: true })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await notice.getByTestId('notice-full').textContent());
  expect(copied).toContain(TIKTOK_URL);
  expect(copied).toContain('M. de Vries (vertrouwenspersoon)');

  // English version of the same notice.
  await notice.getByRole('button', { name: 'EN (English)' }).click();
  await expect(notice.locator('[data-part="d"]')).toContainText('good faith');
  await expect(notice.locator('[data-part="b"]')).toContainText(TIKTOK_URL);
  await notice.getByRole('button', { name: 'NL (Nederlands)' }).click();
  await expect(notice.locator('[data-part="d"]')).toContainText('te goeder trouw');

  // The platform's routes: who may file, and a web form that opens outside the app.
  await expect(page.getByRole('heading', { name: 'Zo meldt u het bij TikTok' })).toBeVisible();
  await checkScreen(page, '41-request-editor-notice');
});

test('sent → acknowledged (with reference) → removed, checked; only legal steps offered', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await openRequest(page, /bij TikTok \(Webformulier\) openen/);
  await expect(steps(page)).toHaveText(['Verstuurd']);
  await changeStatus(page, 'Verstuurd');
  await expect(steps(page)).toHaveText(['Ontvangst bevestigd', 'Verwijderd', 'Geweigerd', 'Geëscaleerd']);

  await steps(page).filter({ hasText: 'Ontvangst bevestigd' }).click();
  await expect(page.getByText(/Zo ziet het eruit bij TikTok:/)).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await changeStatus(page, 'Ontvangst bevestigd', { reference: REFERENCE });
  await expect(page.getByRole('region', { name: 'Gegevens' }).getByText(REFERENCE)).toBeVisible();
  await expect(steps(page)).toHaveText(['Verwijderd', 'Geweigerd', 'Geëscaleerd']);

  await changeStatus(page, 'Verwijderd');
  await expect(steps(page)).toHaveCount(0);
  await expect(page.getByText('Het beeld is verwijderd: dit verzoek is klaar.', { exact: false })).toBeVisible();
  const check = page.getByTestId('removal-check');
  await check.getByRole('button', { name: 'Controle vastleggen' }).click();
  await expect(check.getByText('Beschrijf kort hoe u het heeft gecontroleerd.')).toBeVisible();
  await check.getByLabel('Hoe heeft u het gecontroleerd?').fill('Adres geopend in privévenster: video niet meer beschikbaar.');
  await check.getByRole('button', { name: 'Controle vastleggen' }).click();
  await expect(check.getByText(/^Gecontroleerd op .* door Marieke de Vries: Adres geopend in privévenster/)).toBeVisible();
  await expect(page.getByTestId('history').getByRole('listitem')).toHaveCount(4);
  await checkScreen(page, '48-request-removed');
});

test('sent → refused → appealed, with the appeal window', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await openRequest(page, /bij Meldpunt Kinderporno \(Offlimits\) \(Offlimits/);
  await changeStatus(page, 'Verstuurd');
  await changeStatus(page, 'Geweigerd');
  await expect(page.getByText(/^Bezwaar mogelijk tot \d+ \w+ \d{4}$/)).toBeVisible();
  await expect(steps(page)).toHaveText(['Bezwaar gemaakt', 'Geëscaleerd']);
  await changeStatus(page, 'Bezwaar gemaakt');
  await expect(steps(page)).toHaveText(['Verwijderd', 'Geweigerd', 'Geëscaleerd']);
});

test('overdue: a follow-up date in the past shows in red and in Vandaag, until the platform answers', async ({ page }) => {
  await page.goto(caseUrl.replace(/overview$/, 'takedowns'));
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await page.getByRole('radio', { name: /^Een of meer webadressen/ }).check();
  await page.getByLabel('Webadressen (URL’s) van de vindplaats, één per regel').fill(INSTA_URL);
  await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'Instagram' });
  await page.getByRole('radio', { name: /^Melden in de app/ }).check();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij Instagram' })).toBeVisible();

  // Sent ten days ago (Instagram: follow up after 3 days) -> overdue now.
  const tenDaysAgo = await page.evaluate(() => {
    const d = new Date(Date.now() - 10 * 86_400_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T09:30`;
  });
  await changeStatus(page, 'Verstuurd', { at: tenDaysAgo });
  await expect(page.getByText(/^Achterstallig sinds .*Het platform heeft nog niet gereageerd/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  // Vandaag is the inbox (issue 16 item 3): the overdue request is the one overdue entry.
  const today = page.getByTestId('today');
  const overdueEntry = today.locator('[data-testid="today-item"][data-source="overdue"]');
  await expect(overdueEntry).toHaveCount(1);
  await expect(overdueEntry).toContainText(/Achterstallig sinds/);
  await checkScreen(page, '44-today');

  // Dashboard figures (the charts' text alternatives).
  const totals = page.getByTestId('dashboard-totals');
  await expect(totals.locator('[data-total="openCases"] dd')).toHaveText('1');
  await expect(totals.locator('[data-total="open"] dd')).toHaveText('2');
  await expect(totals.locator('[data-total="overdue"] dd')).toHaveText('1');
  await expect(totals.locator('[data-total="removed"] dd')).toHaveText('1');
  await expect(totals.locator('[data-total="refused"] dd')).toHaveText('0');
  const bars = page.getByTestId('chart-per-platform');
  await bars.getByText('Cijfers als tabel').click();
  await expect(bars.getByRole('row', { name: /^TikTok/ })).toHaveText(/TikTok\s*0\s*1\s*0/);
  await expect(bars.getByRole('row', { name: /^Instagram/ })).toHaveText(/Instagram\s*1\s*0\s*0/);
  await expect(bars.getByRole('row', { name: /^Meldpunt Kinderporno/ })).toHaveText(/\(Offlimits\)\s*1\s*0\s*0/);
  await expect(bars.locator('svg[role="img"] desc')).toContainText('TikTok: 0 Openstaand, 1 Verwijderd, 0 Geweigerd');
  const median = page.getByTestId('chart-median');
  await median.getByText('Cijfers als tabel').click();
  await expect(median.getByRole('row', { name: /^Instagram/ })).toContainText('nog niets verwijderd');
  await expect(median.getByRole('row', { name: /^TikTok/ })).toHaveText(/TikTok\s*0/);
  const overdue = page.getByTestId('chart-overdue');
  await overdue.getByText('Cijfers als tabel').click();
  await expect(overdue.getByRole('row')).toHaveCount(31);
  await expect(overdue.getByRole('row').last().getByRole('cell')).toHaveText('1');
  await checkScreen(page, '43-dashboard');

  // The board: each request in its status column; the overdue one highlighted.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verwijderverzoeken' }).click();
  const column = (key: string) => page.locator(`[data-testid="board-column"][data-column="${key}"]`);
  await expect(column('removed').getByTestId('board-card')).toContainText('TikTok');
  await expect(column('appealed').getByTestId('board-card')).toContainText('Meldpunt Kinderporno (Offlimits)');
  await expect(column('sent').locator('[data-testid="board-card"][data-overdue="true"]')).toContainText('Instagram');
  await expect(column('sent').getByTestId('board-card').locator('[title]')).toHaveAttribute('title', INSTA_URL);
  await checkScreen(page, '42-board');
  await page.getByLabel('Alleen achterstallige verzoeken').check();
  await expect(page.getByTestId('board-card')).toHaveCount(1);
  await page.getByLabel('Alleen achterstallige verzoeken').uncheck();
  await page.getByRole('radio', { name: 'Platform' }).check();
  await expect(page.getByRole('heading', { level: 2, name: /^Instagram/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'TikTok' });
  await expect(page.getByTestId('board-card')).toHaveCount(1);
  await checkScreen(page, '49-board-by-platform');

  // The platform answers: no longer overdue, gone from Vandaag.
  await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'Instagram' });
  await page.getByTestId('board-card').getByRole('link').click();
  await changeStatus(page, 'Ontvangst bevestigd');
  await expect(page.getByText(/^Achterstallig sinds/)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByTestId('today').getByRole('link', { name: /^Achterstallig 0$/ })).toBeVisible();
  await expect(page.getByTestId('dashboard-totals').locator('[data-total="overdue"] dd')).toHaveText('0');
});

test('platform catalogue: edit (aangepast), back to standard, add your own', async ({ page }) => {
  await page.goto(server().url.replace(/\/$/, '') + '/#/settings/platforms');
  const catalogue = page.getByRole('region', { name: 'Platforms en meldroutes' });
  const row = (id: string) => catalogue.locator(`[data-testid="platform-row"][data-platform="${id}"]`);
  await expect(row('tiktok')).toContainText('standaard');
  await expect(row('other-host')).toContainText('Andere website of host');

  await catalogue.getByRole('button', { name: 'TikTok wijzigen' }).click();
  await catalogue.getByLabel('Opvolgen na (dagen)').fill('0');
  await catalogue.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Kies een heel getal van 1 tot en met 60.')).toBeVisible();
  await catalogue.getByLabel('Opvolgen na (dagen)').fill('2');
  await page.getByLabel('Goed om te weten (Nederlands)').fill('Vraag bij de schoolleiding naar het vaste contact bij TikTok.');
  await checkScreen(page, '70-platform-editor');
  await catalogue.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('TikTok is opgeslagen.')).toBeVisible();
  await expect(row('tiktok')).toContainText('aangepast');
  await expect(row('tiktok')).toContainText('2 dagen');
  await catalogue.screenshot({ path: join(__dirname, 'screenshots', '45-platform-catalogue.png') });
  await checkScreen(page, '71-settings-takedowns');

  await catalogue.getByRole('button', { name: 'TikTok terug naar standaard' }).click();
  await page.getByLabel('Typ VERWIJDER om te bevestigen').fill('VERWIJDER');
  await catalogue.getByRole('button', { name: 'Terug naar standaard', exact: true }).click();
  await expect(page.getByText('TikTok gebruikt weer de standaardgegevens.')).toBeVisible();
  await expect(row('tiktok')).toContainText('standaard');
  await expect(row('tiktok')).toContainText('3 dagen');

  await catalogue.getByRole('button', { name: 'Eigen platform toevoegen' }).click();
  await catalogue.getByLabel('Naam', { exact: true }).fill('Schoolforum Voorbeeld');
  await page.getByLabel('Webadressen waaraan de app het platform herkent').fill('forum.voorbeeld.example');
  await page.getByLabel('Webadres van het formulier').fill('https://forum.voorbeeld.example/melden');
  await catalogue.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Schoolforum Voorbeeld is opgeslagen.')).toBeVisible();
  await expect(catalogue.getByRole('row', { name: /Schoolforum Voorbeeld/ })).toContainText('eigen');
});

test('child sexual abuse material, escalated to Offlimits: a report, age written as unknown, the sender left out only when chosen', async ({ page }) => {
  await page.goto(server().url);
  await createCase(page, 'Naaktfoto in groepsapp', 'Naaktfoto');
  await caseTab(page, 'Verwijderverzoeken').click();
  await expect(page.getByText('Nog geen verwijderverzoeken. Start er een vanuit een bewijsstuk, of met een webadres.')).toBeVisible();
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  // No items in the case yet: typed web addresses are the default.
  await expect(page.getByRole('radio', { name: /^Een of meer webadressen/ })).toBeChecked();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByText('Vul minstens één webadres in.')).toBeVisible();
  await page.getByLabel('Webadressen (URL’s) van de vindplaats, één per regel').fill('https://t.me/voorbeeld_kanaal_demo/42');
  // Sexual material: the age is asked, "Weet ik niet" by default.
  await expect(page.getByRole('group', { name: /^Is de persoon in beeld minderjarig/ }).getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
  // Such material goes to Offlimits by default, not to the platform's web form (issue 13 item 6).
  await expect(page.getByRole('radio', { name: /^Offlimits \(Meldpunt Kinderporno\)/ })).toBeChecked();
  await expect(page.getByTestId('csam-channel-note')).toContainText('Meldpunt Kinderporno (Offlimits) voorgekozen');
  // An adult in the image: the usual web form again; choosing it for a minor warns never to send the image.
  await page.getByRole('group', { name: /^Is de persoon in beeld minderjarig/ }).getByRole('radio', { name: 'Nee' }).check();
  await expect(page.getByRole('radio', { name: /^Webformulier/ })).toBeChecked();
  await expect(page.getByTestId('csam-channel-note')).toHaveCount(0);
  await page.getByRole('group', { name: /^Is de persoon in beeld minderjarig/ }).getByRole('radio', { name: 'Weet ik niet' }).check();
  await page.getByRole('radio', { name: /^Webformulier/ }).check();
  await expect(page.getByTestId('csam-channel-note')).toContainText('stuur het nooit mee');
  await page.getByRole('radio', { name: /^Offlimits \(Meldpunt Kinderporno\)/ }).check();
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij Meldpunt Kinderporno (Offlimits)' })).toBeVisible();
  const notice = page.getByTestId('notice');
  // A report, not a notice "on your service".
  await expect(notice.getByRole('heading', { name: 'Het verslag voor de melding' })).toBeVisible();
  await expect(notice.locator('[data-part="what"]')).toContainText('mogelijk minderjarig');
  await expect(notice.locator('[data-part="what"]')).not.toContainText('toont een minderjarige');
  await expect(notice).not.toContainText('uw dienst');
  await expect(notice.locator('[data-part="actions"]')).toContainText('niet opgeslagen en niet doorgestuurd');
  await expect(notice.locator('[data-part="where"]')).toContainText('https://t.me/voorbeeld_kanaal_demo/42');
  // Where the material is: Telegram, not the body the report goes to.
  await expect(notice.locator('[data-part="where"]')).toContainText('Platform: Telegram');
  await expect(notice.locator('[data-part="where"]')).not.toContainText('Meldpunt');
  // The sender is in it by default; leaving it out is offered and explained.
  await expect(notice.locator('[data-part="contact"]')).toContainText('vertrouwenspersoon@school.example');
  const omit = notice.getByRole('checkbox', { name: 'Mijn naam en e-mailadres weglaten uit deze melding' });
  await expect(omit).not.toBeChecked();
  await expect(notice.getByText(/zonder uw e-mailadres kan het platform de ontvangst niet bevestigen/)).toBeVisible();
  await omit.check();
  await expect(notice.locator('[data-part="contact"]')).toContainText('Weggelaten op uw verzoek');
  await expect(notice.locator('[data-part="contact"]')).not.toContainText('vertrouwenspersoon@school.example');
  await expect(notice.getByTestId('notice-full')).toContainText('De melder blijft anoniem.');
  const facts = page.getByRole('region', { name: 'Gegevens' });
  await expect(facts.getByRole('definition').filter({ hasText: /^Telegram$/ })).toHaveCount(1);
  await expect(facts).toContainText('Verzoek gericht aan');
  await expect(page.getByText(/Er is nog geen afzender/)).toHaveCount(0);
  await checkScreen(page, '72-notice-csam');
});
