/**
 * Communication (issue 19), in the real UI over the browser preview: the prevention pointers on
 * the empty dashboard; a team message drafted from a template with its purpose and what it must
 * never contain, the warning when the officer types a person's name (copy, mail and log then
 * refused), copied to the clipboard, handed to the mail program as a mailto: through the
 * host:open-external channel (the request the preview's bridge receives: the OS mail program
 * itself cannot be seen from a browser test), logged; the step plan ticks "Het team informeren"
 * and links to the entry; Instellingen > Communicatie (policy address, template editor); the
 * "Begrippen" page reached from a term's tooltip. axe is clean (every impact) on every new screen.
 */
import { caseTab, createCase } from './evidence-helpers';
import { checkPart, checkScreen, createVault, expect, PASSPHRASE, previewPerFile, settingsSection, test, unlock } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

let caseUrl = '';
let caseRef = '';

test('the empty dashboard points to prevention: the school’s policy and public guidance', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  const prevention = page.getByTestId('prevention');
  await expect(prevention.getByRole('heading', { name: 'Voorkomen en voorbereiden' })).toBeVisible();
  await expect(prevention.getByText('Het beleid van de school is nog niet ingesteld.')).toBeVisible();
  for (const name of ['Stop Pesten NU', 'Offlimits', 'Kennisnet']) await expect(prevention.getByRole('button', { name })).toBeVisible();
  // Through the shell's external-link rule: the preview's bridge is asked first, with the https address.
  const asked = page.waitForRequest((r) => r.url().endsWith('host:open-external'));
  const popup = page.waitForEvent('popup');
  await prevention.getByRole('button', { name: 'Kennisnet' }).click();
  expect((await asked).postDataJSON()).toEqual({ url: 'https://www.kennisnet.nl/' });
  // The preview opens it in a tab of its own (the network guard keeps the page from loading).
  await (await popup).close();
  await checkScreen(page, '90-dashboard-prevention');
});

test('Instellingen > Communicatie: the school’s policy address and the message templates', async ({ page }) => {
  await page.goto(server().url);
  // A staff member with a phone number and e-mail address: the contact person the messages name.
  const staff = await settingsSection(page, 'Medewerkers');
  await staff.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await staff.getByLabel('Naam', { exact: true }).fill('Fatima El Amrani');
  await staff.getByLabel('Functie').fill('vertrouwenspersoon');
  await staff.getByLabel('Telefoon').fill('030 123 45 67');
  await staff.getByLabel('E-mail').fill('vp@roc.example');
  await staff.getByRole('button', { name: 'Opslaan' }).click();
  await expect(staff.getByText('Fatima El Amrani (vertrouwenspersoon)')).toBeVisible();

  const policy = await settingsSection(page, 'Beleid en preventie');
  await policy.getByLabel('Adres van het beleid van de school').fill('http://school.example/beleid');
  await expect(policy.getByText('Vul een webadres in dat begint met https://.')).toBeVisible();
  await policy.getByLabel('Adres van het beleid van de school').fill('https://www.roc.example/beleid/sociale-veiligheid');
  await policy.getByRole('button', { name: 'Adres opslaan' }).click();
  await expect(policy.getByText('Het adres is opgeslagen.')).toBeVisible();
  await expect(policy.getByRole('button', { name: 'Het beleid van de school' })).toBeVisible();

  const editor = page.getByRole('region', { name: 'Berichtsjablonen', exact: true });
  await expect(editor.getByText('Dit zijn de standaardsjablonen van Bewijskluis.')).toBeVisible();
  await expect(editor.getByTestId('message-template')).toHaveCount(6);
  await editor.getByRole('button', { name: 'Sjabloon “Aan het team” bewerken' }).click();
  const form = editor.getByRole('form', { name: 'Sjabloon: Aan het team' });
  const body = form.getByLabel('Tekst (NL)');
  const shipped = await body.inputValue();
  // A placeholder that is not a case fact is refused before saving: it could only pull in what must stay out.
  await body.fill(`${shipped}\nZaak: {caseTitle}`);
  await form.getByRole('button', { name: 'Klaar' }).click();
  await expect(form.getByText(/\{caseTitle\} is geen gegeven van de zaak/)).toBeVisible();
  await checkPart(page, form, '94-template-unknown-fact');
  await body.fill(`${shipped}\n\nVragen? Bel {contactPhone}.`);
  // A lock in the middle of the edit loses nothing (issue 16 item 1): the open form and its text come back.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  expect(await page.content()).not.toContain('Vragen? Bel');
  await unlock(page, PASSPHRASE, 'Instellingen');
  await expect(editor.getByTestId('draft-restored')).toContainText('is teruggezet');
  await expect(body).toHaveValue(`${shipped}\n\nVragen? Bel {contactPhone}.`);
  await form.getByRole('button', { name: 'Klaar' }).click();
  await editor.getByRole('button', { name: 'Sjablonen opslaan' }).click();
  await expect(editor.getByText('6 sjablonen opgeslagen.')).toBeVisible();
  await expect(editor.getByTestId('draft-restored')).toHaveCount(0);
  await expect(editor.getByText('Deze sjablonen zijn door de school aangepast.')).toBeVisible();
  await checkScreen(page, '95-settings-communication');
});

test('a team message: drafted from the template, the name warning, copied, mailed and logged; the step ticks itself', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server().url).origin });
  await page.goto(server().url);
  await createCase(page, 'Expose-account klas 2B', 'Expose-account');
  caseUrl = page.url();
  caseRef = /Zaak (\d{4}-\d{3})/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  await caseTab(page, 'Betrokkenen').click();
  for (const [role, name] of [
    ['Slachtoffer', 'Mila de Groot'],
    ['Verspreider', 'Daan Visser'],
  ] as const) {
    await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    await page.getByLabel('Rol').selectOption({ label: role });
    await page.getByLabel('Naam of schuilnaam').fill(name);
    await page.getByRole('group', { name: 'Minderjarig (jonger dan 18)?' }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('article', { name: `${role}: ${name}` })).toBeVisible();
  }

  await caseTab(page, 'Communicatie').click();
  const composer = page.getByTestId('composer');
  await composer.getByLabel('Sjabloon').selectOption({ label: 'Aan het team (team)' });
  const guide = composer.getByTestId('message-guide');
  await expect(guide).toContainText('Doel: Collega\'s weten waar zij op moeten letten');
  await expect(guide).toContainText('Nooit in dit bericht: Namen van de student op de beelden');
  await expect(composer.getByLabel('Onderwerp')).toHaveValue(`Vertrouwelijk: afspraken over een lopende zaak (${caseRef})`);
  const body = composer.getByLabel('Tekst', { exact: true });
  await expect(body).toHaveValue(/meld het meteen bij Fatima El Amrani \(vertrouwenspersoon\), 030 123 45 67/);
  await expect(body).toHaveValue(/Het protocol van de school: https:\/\/www\.roc\.example\/beleid\/sociale-veiligheid/);
  // The school's own line, from the edited template.
  await expect(body).toHaveValue(/Vragen\? Bel 030 123 45 67\.$/);
  await checkScreen(page, '91-communication-draft');

  // The officer types the victim's name: the group rule blocks copying, mailing and logging.
  const original = await body.inputValue();
  await body.fill(`${original}\n\nHet gaat om Mila de Groot.`);
  const warning = composer.getByTestId('name-warning');
  await expect(warning).toHaveAttribute('data-kind', 'refused');
  await expect(warning).toContainText('noemt een betrokkene: Mila de Groot (slachtoffer)');
  await expect(composer.getByRole('button', { name: 'Tekst kopiëren' })).toBeDisabled();
  await expect(composer.getByRole('button', { name: 'Openen in e-mailprogramma' })).toBeDisabled();
  await expect(composer.getByRole('button', { name: 'Vastleggen in het log' })).toBeDisabled();
  await checkPart(page, composer, '92-name-warning');
  // A first name alone is a warning only.
  await body.fill(`${original}\n\nDaan weet ervan.`);
  await expect(warning).toHaveAttribute('data-kind', 'possible');
  await expect(composer.getByRole('button', { name: 'Tekst kopiëren' })).toBeEnabled();
  await body.fill(original);
  await expect(warning).toHaveCount(0);

  await composer.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await expect(composer.getByText('De tekst staat op het klembord.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(original);

  // "Openen in e-mailprogramma": a mailto: with the subject and the text, through the external-link channel.
  const asked = page.waitForRequest((r) => r.url().endsWith('host:open-external'));
  await composer.getByRole('button', { name: 'Openen in e-mailprogramma' }).click();
  const mailto = new URL((await asked).postDataJSON().url as string);
  expect(mailto.protocol).toBe('mailto:');
  expect(mailto.searchParams.get('subject')).toBe(`Vertrouwelijk: afspraken over een lopende zaak (${caseRef})`);
  expect(mailto.searchParams.get('body')).toBe(original.replace(/\n/g, '\r\n'));

  await composer.getByRole('button', { name: 'Vastleggen in het log' }).click();
  const log = page.getByTestId('log-form');
  await expect(page.getByRole('heading', { name: 'Vastleggen wie is geïnformeerd' })).toBeFocused();
  await expect(log.getByTestId('log-template')).toContainText('Uit het sjabloon “Aan het team”.');
  await expect(log.getByLabel('Voor wie')).toHaveValue('team');
  await expect(log.getByText('Vinkt af in het stappenplan: het team informeren.')).toBeVisible();
  await log.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(log.getByText('Vul in aan wie.')).toBeVisible();
  await log.getByLabel('Aan wie').fill('Team opleiding Zorg');
  await log.getByLabel('Hoe').selectOption({ label: 'Bijeenkomst' });
  await log.getByLabel('Afspraken').fill('Mentoren letten op in de les; volgende week terugkoppeling.');
  await log.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(log.getByText('Vastgelegd. Afgevinkt in het stappenplan: Het team informeren.')).toBeVisible();
  const entry = page.getByTestId('message-entry').first();
  await expect(entry).toContainText('Team: Team opleiding Zorg');
  await expect(entry).toContainText('sjabloon: Aan het team');
  await expect(entry).toContainText('Afspraken: Mentoren letten op in de les');
  await expect(entry.getByTestId('message-ticked')).toContainText('Vinkte af: Het team informeren');
  await checkScreen(page, '93-communication-log');

  // A class message of one's own that names the spreader cannot be logged.
  await log.getByLabel('Aan wie').fill('Klas 2B');
  await log.getByLabel('Voor wie').selectOption({ label: 'Klas of leerjaar' });
  await log.getByLabel('Hoe').selectOption({ label: 'Brief' });
  await log.getByLabel('Tekst van het bericht').fill('Beste studenten, Daan Visser heeft beelden gedeeld.');
  await expect(log.getByTestId('name-warning')).toHaveAttribute('data-kind', 'refused');
  await expect(log.getByRole('button', { name: 'Vastleggen' })).toBeDisabled();
  await log.getByLabel('Tekst van het bericht').fill('Beste studenten, deel niets en kijk niet.');
  await expect(log.getByRole('button', { name: 'Vastleggen' })).toBeEnabled();

  // The step plan: ticked, by whom, with a link back to the log entry.
  await caseTab(page, 'Stappenplan').click();
  const plan = page.getByRole('region', { name: 'Stappenplan' });
  await expect(plan.getByRole('checkbox', { name: 'Het team informeren' })).toBeChecked();
  const link = plan.getByRole('link', { name: 'Afgevinkt door het communicatielog: bekijk wat er is vastgelegd' });
  await expect(link).toHaveCount(1);
  await link.click();
  const current = page.locator('.message-entry-current');
  await expect(current).toContainText('Team opleiding Zorg');
  await expect(current).toBeFocused();
});

test('Begrippen: a term’s tooltip where it appears, its link, and the page with every term and its source', async ({ page }) => {
  await page.goto(caseUrl);
  // The complaint deadline banner of an expose-account case names a klachtdelict.
  const term = page.getByTestId('complaint-deadline').getByRole('link', { name: 'Wat is een klachtdelict?' });
  await term.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('Een strafbaar feit dat alleen wordt vervolgd als het slachtoffer daarom vraagt, binnen drie maanden.');
  await expect(term).toHaveAccessibleDescription('Een strafbaar feit dat alleen wordt vervolgd als het slachtoffer daarom vraagt, binnen drie maanden.');
  await term.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Begrippen' })).toBeVisible();
  const klacht = page.getByRole('article', { name: 'Klachtdelict' });
  await expect(klacht).toBeFocused();
  await expect(klacht).toContainText('Bron: Wetboek van Strafrecht, art. 64 tot en met 67 en art. 269.');
  await expect(page.getByTestId('glossary-term')).toHaveCount(14);
  for (const name of ['Sexting', 'Shame sexting', 'Sextortion', 'Expose-account', 'Deepfake en nudify-beeld', 'Grooming', 'Wraakporno (en waarom de app dat woord vermijdt)', 'Beelden van seksueel kindermisbruik', 'Melding en aangifte', 'DSA-melding', 'Trusted flagger (betrouwbare melder)', 'Hash (en waarom een hash geen beeld is)', 'PDQ (lijkt-op-hash)']) {
    await expect(page.getByRole('article', { name, exact: true })).toBeVisible();
  }
  await checkScreen(page, '96-glossary');
  // The main menu has the page, in English too.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' }).click();
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Terms explained' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Hash (and why a hash is not the image)' })).toContainText('Source: NIST FIPS 180-4');
  await checkScreen(page, '97-glossary-en');
  await page.getByRole('button', { name: /^NL/ }).click();
});
