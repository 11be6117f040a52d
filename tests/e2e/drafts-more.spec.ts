/**
 * Drafts survive a lock in the other forms too (issue 16 item 1: "every form's unsaved text is
 * kept in the vault, restored after unlock, discarded on save or cancel"): the person form, the
 * police facts, a new takedown request, the web capture and a staff member. Each test types,
 * locks with Ctrl+L, checks the page and its storage hold none of it, unlocks, finds the text
 * back with the notice, saves (or cancels), and then finds no draft left: not in the vault
 * (draft:get over the preview's bridge) and not in the form opened again. The capture loads
 * the fake platform (tests/helpers/fake-platform.ts), never the internet.
 */
import type { Locator, Page } from '@playwright/test';
import { BRIDGE } from '../../shared/transport';
import { startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { caseTab, createCase } from './evidence-helpers';
import { checkPart, createVault, expect, PASSPHRASE, previewPerFile, settingsSection, test, unlock } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile({ captureWaitSeconds: 4 });
const TITLE = 'Bewerkte foto in klassengroep';
const CASE_HEADING = new RegExp(`^Zaak \\d{4}-\\d{3}: ${TITLE}$`);

let fake: FakePlatform;
let caseId = '';
let requestUrl = '';
test.beforeAll(async () => {
  fake = await startFakePlatform();
});
test.afterAll(async () => {
  await fake?.close();
});

/** The stored draft of a form, read the way the renderer reads it (the preview's bridge, with its token). */
async function storedDraft(page: Page, key: string): Promise<unknown> {
  const result = await page.evaluate(
    async ({ key, path, header, meta }) => {
      const token = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content ?? '';
      const res = await fetch(path, { method: 'POST', headers: { [header]: token, 'content-type': 'application/json' }, body: JSON.stringify({ key }) });
      return (await res.json()) as { ok: boolean; value?: unknown };
    },
    { key, path: `${BRIDGE.apiPrefix}draft:get`, header: BRIDGE.tokenHeader, meta: BRIDGE.tokenMeta },
  );
  expect(result.ok, `draft:get ${key}`).toBe(true);
  return result.value;
}

/** Ctrl+L: the unlock screen, none of `typed` in the page, nothing in the page's own storage. */
async function lockAndCheck(page: Page, typed: string[]): Promise<void> {
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  for (const text of typed) await expect(page.getByText(text, { exact: false })).toHaveCount(0);
  const html = await page.content();
  for (const text of typed) expect(html).not.toContain(text);
  const stored = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length }));
  expect(stored).toEqual({ local: 0, session: 0, idb: 0 });
}

async function restoredNotice(scope: Page | Locator): Promise<void> {
  await expect(scope.getByTestId('draft-restored')).toContainText('is teruggezet');
}

test('the person form: a new person survives Ctrl+L and is saved; an edit survives it and is cancelled', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, TITLE, 'Kwetsende meme');
  caseId = decodeURIComponent(/#\/cases\/([^/]+)\//.exec(page.url())![1]!);
  await caseTab(page, 'Betrokkenen').click();
  await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe betrokkene' });
  await form.getByLabel('Rol').selectOption({ label: 'Slachtoffer' });
  await form.getByLabel('Naam of schuilnaam').fill('Noor Bakker');
  await form.getByRole('group', { name: 'Minderjarig (jonger dan 18)?' }).getByRole('radio', { name: 'Ja' }).check();
  await form.getByLabel('Contactgegevens en afspraken (niet verplicht)').fill('Moeder bellen na 17 uur, niet via de mentor.');
  await lockAndCheck(page, ['Noor Bakker', 'Moeder bellen na 17 uur']);

  await unlock(page, PASSPHRASE, CASE_HEADING);
  await restoredNotice(form);
  await expect(form.getByLabel('Naam of schuilnaam')).toHaveValue('Noor Bakker');
  await expect(form.getByRole('group', { name: 'Minderjarig (jonger dan 18)?' }).getByRole('radio', { name: 'Ja' })).toBeChecked();
  await expect(form.getByLabel('Contactgegevens en afspraken (niet verplicht)')).toHaveValue('Moeder bellen na 17 uur, niet via de mentor.');
  await checkPart(page, form, '100-draft-person-restored');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  const card = page.getByRole('article', { name: 'Slachtoffer: Noor Bakker' });
  await expect(card).toContainText('Moeder bellen na 17 uur, niet via de mentor.');
  expect(await storedDraft(page, `person:${caseId}:new`)).toBeNull();
  expect(await storedDraft(page, `persons:${caseId}:mode`)).toBeNull();
  await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await expect(form.getByLabel('Naam of schuilnaam')).toHaveValue('');
  await expect(form.getByTestId('draft-restored')).toHaveCount(0);
  await form.getByRole('button', { name: 'Annuleren' }).click();

  // An edit: the changed notes come back after the lock; cancelling drops them and the saved ones stay.
  await card.getByRole('button', { name: 'Noor Bakker wijzigen' }).click();
  const edit = page.getByRole('form', { name: 'Betrokkene wijzigen' });
  await edit.getByLabel('Contactgegevens en afspraken (niet verplicht)').fill('Vader is voogd; alleen via hem.');
  await lockAndCheck(page, ['Vader is voogd']);
  await unlock(page, PASSPHRASE, CASE_HEADING);
  await restoredNotice(edit);
  await expect(edit.getByLabel('Contactgegevens en afspraken (niet verplicht)')).toHaveValue('Vader is voogd; alleen via hem.');
  await edit.getByRole('button', { name: 'Annuleren' }).click();
  await expect(card).toContainText('Moeder bellen na 17 uur, niet via de mentor.');
  await expect(page.getByText('Vader is voogd')).toHaveCount(0);
  await expect.poll(async () => (await page.evaluate(() => document.body.innerText)).includes('Vader is voogd')).toBe(false);
  await card.getByRole('button', { name: 'Noor Bakker wijzigen' }).click();
  await expect(edit.getByLabel('Contactgegevens en afspraken (niet verplicht)')).toHaveValue('Moeder bellen na 17 uur, niet via de mentor.');
  await expect(edit.getByTestId('draft-restored')).toHaveCount(0);
  await edit.getByRole('button', { name: 'Annuleren' }).click();
});

test('the police facts: what happened and the wishes survive Ctrl+L, the form opens again, and once saved no draft is left', async ({ page }) => {
  await page.goto(`${server().url}#/cases/${encodeURIComponent(caseId)}/overview`);
  const police = page.getByRole('region', { name: 'Voor de politie' });
  await police.getByRole('button', { name: 'Wijzigen' }).click();
  await police.getByLabel('Wat er is gebeurd').fill('Een bewerkte foto van Noor gaat sinds maandag rond in de klassengroep.');
  await police.getByLabel('Belediging (art. 266 Sr, alleen na klacht)').check();
  await police.getByLabel('Wensen van het slachtoffer').fill('Wil dat het verdwijnt.');
  await police.getByLabel('Kenmerk van de politie').fill('PL0900-2026-1234');
  await lockAndCheck(page, ['Een bewerkte foto van Noor', 'PL0900-2026-1234']);

  await unlock(page, PASSPHRASE, CASE_HEADING);
  await restoredNotice(police);
  await expect(police.getByLabel('Wat er is gebeurd')).toHaveValue('Een bewerkte foto van Noor gaat sinds maandag rond in de klassengroep.');
  await expect(police.getByLabel('Belediging (art. 266 Sr, alleen na klacht)')).toBeChecked();
  await expect(police.getByLabel('Kenmerk van de politie')).toHaveValue('PL0900-2026-1234');
  // Typed on after the unlock: what is saved is the latest text, not the restored one.
  await police.getByLabel('Wensen van het slachtoffer').fill('Wil dat het verdwijnt en doet aangifte.');
  await police.getByRole('button', { name: 'Opslaan' }).click();
  await expect(police.getByText('Opgeslagen.')).toBeVisible();
  await expect(police).toContainText('Wil dat het verdwijnt en doet aangifte.');
  expect(await storedDraft(page, `police:${caseId}:edit`)).toBeNull();

  // Opened again on the same page: the saved facts, no restored notice, no older draft.
  await police.getByRole('button', { name: 'Wijzigen' }).click();
  await expect(police.getByLabel('Wensen van het slachtoffer')).toHaveValue('Wil dat het verdwijnt en doet aangifte.');
  await expect(police.getByTestId('draft-restored')).toHaveCount(0);
  await police.getByRole('button', { name: 'Annuleren' }).click();
  await page.reload();
  await expect(police.getByRole('button', { name: 'Wijzigen' })).toBeVisible();
  await expect(police.getByLabel('Wat er is gebeurd')).toHaveCount(0);
});

test('a new takedown request: the typed URLs survive Ctrl+L and are gone once the request is made', async ({ page }) => {
  await page.goto(`${server().url}#/cases/${encodeURIComponent(caseId)}/takedowns`);
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw verwijderverzoek' })).toBeVisible();
  await page.getByRole('radio', { name: /^Een of meer webadressen/ }).check();
  const urls = page.getByLabel('Webadressen (URL’s) van de vindplaats, één per regel');
  await urls.fill('https://www.instagram.com/p/noor-meme-1\nhttps://www.instagram.com/p/noor-meme-2');
  await page.getByLabel('Beschrijving voor het platform (niet verplicht)').fill('Bewerkte foto van een student met spottende tekst.');
  await lockAndCheck(page, ['noor-meme-1', 'spottende tekst']);

  await unlock(page, PASSPHRASE, 'Nieuw verwijderverzoek');
  await restoredNotice(page);
  await expect(page.getByRole('radio', { name: /^Een of meer webadressen/ })).toBeChecked();
  await expect(urls).toHaveValue('https://www.instagram.com/p/noor-meme-1\nhttps://www.instagram.com/p/noor-meme-2');
  await expect(page.getByLabel('Beschrijving voor het platform (niet verplicht)')).toHaveValue('Bewerkte foto van een student met spottende tekst.');
  await page.getByRole('button', { name: 'Verwijderverzoek aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoek bij Instagram' })).toBeVisible();
  requestUrl = page.url();
  expect(await storedDraft(page, `takedown:${caseId}:new`)).toBeNull();
  await page.goto(`${server().url}#/cases/${encodeURIComponent(caseId)}/new-takedown`);
  await page.getByRole('radio', { name: /^Een of meer webadressen/ }).check();
  await expect(urls).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('a form that stays open after saving: the notice’s own explanation comes back unfolded after Ctrl+L, and once saved it is the form’s text with no draft', async ({ page }) => {
  await page.goto(requestUrl);
  const requestId = decodeURIComponent(/#\/takedowns\/([^/]+)$/.exec(requestUrl)![1]!);
  await page.getByText('Uitleg aanpassen (deel a)').click();
  const own = page.getByLabel('Uw eigen uitleg waarom het onrechtmatig is');
  await own.fill('De foto is bewerkt om een student belachelijk te maken; zij gaf geen toestemming.');
  await lockAndCheck(page, ['zij gaf geen toestemming']);

  await unlock(page, PASSPHRASE, 'Verwijderverzoek bij Instagram');
  await restoredNotice(page);
  await expect(own).toBeVisible();
  await expect(own).toHaveValue('De foto is bewerkt om een student belachelijk te maken; zij gaf geen toestemming.');
  await page.getByRole('button', { name: 'Uitleg opslaan' }).click();
  await expect(page.getByText('De uitleg is opgeslagen.')).toBeVisible();
  await expect(own).toHaveValue('De foto is bewerkt om een student belachelijk te maken; zij gaf geen toestemming.');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  expect(await storedDraft(page, `notice:${requestId}:explanation`)).toBeNull();

  // Typing and going back to the saved text leaves no draft either (the saved text is the new start).
  await own.fill('Iets anders');
  await expect.poll(() => storedDraft(page, `notice:${requestId}:explanation`)).not.toBeNull();
  await own.fill('De foto is bewerkt om een student belachelijk te maken; zij gaf geen toestemming.');
  await expect.poll(() => storedDraft(page, `notice:${requestId}:explanation`)).toBeNull();
  await page.reload();
  await page.getByText('Uitleg aanpassen (deel a)').click();
  await expect(own).toHaveValue('De foto is bewerkt om een student belachelijk te maken; zij gaf geen toestemming.');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('the web capture: the address survives Ctrl+L, the page is captured, and the form is empty with no draft left', async ({ page }) => {
  await page.goto(`${server().url}#/cases/${encodeURIComponent(caseId)}/evidence`);
  const panel = page.getByTestId('capture-panel');
  const address = fake.url('/@lotte.fake/post/5');
  await panel.getByLabel('Adres van de pagina').fill(address);
  await lockAndCheck(page, ['/@lotte.fake/post/5']);

  await unlock(page, PASSPHRASE, CASE_HEADING);
  await restoredNotice(panel);
  await expect(panel.getByLabel('Adres van de pagina')).toHaveValue(address);
  await panel.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(panel.getByTestId('capture-result').getByText(/^Vastgelegd als bewijsstuk \d{4}-\d{3}\/\d+/)).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByLabel('Adres van de pagina')).toHaveValue('');
  await expect(panel.getByTestId('draft-restored')).toHaveCount(0);
  expect(await storedDraft(page, `capture:${caseId}:web`)).toBeNull();
});

test('a staff member: the form opens again after Ctrl+L with what was typed, and saving leaves no draft', async ({ page }) => {
  await page.goto(server().url);
  const staff = await settingsSection(page, 'Medewerkers');
  await staff.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe medewerker' });
  await form.getByLabel('Naam', { exact: true }).fill('Sanne de Wit');
  await form.getByLabel('Telefoon (niet verplicht)').fill('030 123 4567');
  await lockAndCheck(page, ['Sanne de Wit', '030 123 4567']);

  await unlock(page, PASSPHRASE, 'Instellingen');
  await restoredNotice(form);
  await expect(form.getByLabel('Naam', { exact: true })).toHaveValue('Sanne de Wit');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(staff).toContainText('Sanne de Wit');
  expect(await storedDraft(page, 'staff:new')).toBeNull();
  expect(await storedDraft(page, 'staff:mode')).toBeNull();
});

test('the step-plan template: a removed step and a half-typed new one survive Ctrl+L; undone, no draft is left', async ({ page }) => {
  await page.goto(server().url);
  const editor = await settingsSection(page, 'Stappenplan-sjabloon');
  const rows = editor.getByTestId('template-step');
  await expect(rows).toHaveCount(12);
  await editor.getByRole('button', { name: /^Stap 12 weghalen: Evalueren/ }).click();
  await expect(rows).toHaveCount(11);
  await editor.getByRole('button', { name: 'Stap toevoegen' }).click();
  const form = editor.getByRole('form', { name: 'Nieuwe stap in het sjabloon' });
  await form.getByLabel('Omschrijving van de stap').fill('Mentor belt de ouders terug');
  await lockAndCheck(page, ['Mentor belt de ouders terug']);

  await unlock(page, PASSPHRASE, 'Instellingen');
  const back = await settingsSection(page, 'Stappenplan-sjabloon');
  await restoredNotice(back);
  await expect(back.getByTestId('template-step')).toHaveCount(11);
  await expect(back.getByRole('form', { name: 'Nieuwe stap in het sjabloon' }).getByLabel('Omschrijving van de stap')).toHaveValue('Mentor belt de ouders terug');
  expect(await storedDraft(page, 'step-template:edit')).not.toBeNull();
  await checkPart(page, back, '101-draft-template-restored');

  // Cancel the new step and undo the removal: back at the saved template, nothing is kept.
  await back.getByRole('form', { name: 'Nieuwe stap in het sjabloon' }).getByRole('button', { name: 'Annuleren' }).click();
  await back.getByRole('button', { name: 'Wijzigingen ongedaan maken' }).click();
  await expect(back.getByTestId('template-step')).toHaveCount(12);
  await expect.poll(() => storedDraft(page, 'step-template:edit')).toBeNull();
});
