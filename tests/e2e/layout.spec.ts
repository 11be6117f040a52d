/**
 * Every screen at 1024 x 700 (issue 16 item 8): no horizontal scrolling of the page, no table
 * cell squeezed to a character per line, axe clean (every impact) and a screenshot to look at;
 * at 1280 the case tabs stay on one row. Runs on the preview's demo vault (fictional data:
 * electron/bridge/demo.ts), in Dutch and, for a few screens, in English.
 */
import type { Page } from '@playwright/test';
import { caseTab, openCapture } from './evidence-helpers';
import { checkScreen, expect, previewPerFile, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile({ demo: true });

async function fits(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const r = await page.evaluate(() => {
    const d = document.documentElement;
    const narrow = [...document.querySelectorAll('td, th')]
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().width < 48 && (el.textContent ?? '').trim().length > 6)
      .map((el) => (el.textContent ?? '').trim().slice(0, 40));
    return { over: d.scrollWidth - d.clientWidth, narrow };
  });
  expect(r.over, `${name}: the page scrolls sideways by ${r.over}px`).toBeLessThanOrEqual(0);
  expect(r.narrow, `${name}: table cells a character wide`).toEqual([]);
  await checkScreen(page, `L-${name}`);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function openCase(page: Page, title: string): Promise<string> {
  await page.goto(`${server().url}#/cases`);
  await page.getByRole('link', { name: new RegExp(title) }).first().click();
  await expect(heading(page)).toContainText(title);
  return page.url();
}

test.use({ viewport: { width: 1024, height: 700 } });

test('dashboard, inbox, cases, new case, takedowns at 1024 px', async ({ page }) => {
  await page.goto(server().url);
  await expect(heading(page)).toHaveText('Overzicht');
  await fits(page, 'dashboard');
  await page.goto(`${server().url}#/dashboard/overdue`);
  await expect(page.getByRole('heading', { level: 2, name: 'Vandaag: Achterstallig' })).toBeVisible();
  await fits(page, 'inbox-overdue');
  await page.goto(`${server().url}#/cases`);
  await expect(heading(page)).toHaveText('Zaken');
  await fits(page, 'cases');
  await page.goto(`${server().url}#/cases/new`);
  await expect(heading(page)).toHaveText('Nieuwe zaak');
  await fits(page, 'new-case');
  await page.goto(`${server().url}#/takedowns`);
  await expect(heading(page)).toHaveText('Verwijderverzoeken');
  await fits(page, 'board');
  await page.getByRole('link', { name: /Instagram/ }).first().click();
  await expect(heading(page)).toContainText('Verwijderverzoek bij');
  await fits(page, 'request');
  // Issue 19: the terms explained.
  await page.goto(`${server().url}#/glossary`);
  await expect(heading(page)).toHaveText('Begrippen');
  await fits(page, 'glossary');
});

test('every tab of a case, an item, its edit form, a new request and the export at 1024 px', async ({ page }) => {
  const url = await openCase(page, 'Meme over docent in klassenapp');
  for (const tab of ['Overzicht', 'Betrokkenen', 'Bewijsstukken', 'Verspreiding', 'Verwijderverzoeken', 'Stappenplan', 'Communicatie', 'Notities', 'Logboek']) {
    await caseTab(page, tab).click();
    await expect(caseTab(page, tab)).toHaveAttribute('aria-current', 'page');
    await fits(page, `case-${tab.toLowerCase()}`);
  }
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Tabel' }).click();
  await fits(page, 'case-evidence-table');
  await page.getByRole('button', { name: 'Nieuw bewijsstuk vastleggen' }).click();
  await fits(page, 'case-evidence-capture');
  await page.getByRole('link', { name: /^Details van bewijsstuk/ }).first().click();
  await expect(heading(page)).toContainText('Bewijsstuk');
  await fits(page, 'item');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await fits(page, 'item-edit');
  await page.getByRole('link', { name: 'Nieuw verwijderverzoek' }).click();
  await expect(heading(page)).toHaveText('Nieuw verwijderverzoek');
  await fits(page, 'new-request');
  await page.goto(url);
  await page.getByRole('link', { name: 'Dossier exporteren' }).click();
  await expect(heading(page)).toContainText('Dossier');
  await fits(page, 'dossier');

  await openCase(page, 'Naaktfoto rondgestuurd');
  await caseTab(page, 'Bewijsstukken').click();
  await openCapture(page);
  await expect(page.getByTestId('minors-rule')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Alleen de vindplaats, zonder bestand' })).toBeChecked();
  await fits(page, 'case-minors-evidence');
});

test('every page of Instellingen at 1024 px', async ({ page }) => {
  await page.goto(`${server().url}#/settings`);
  const sub = page.getByRole('navigation', { name: 'Onderdelen van Instellingen' });
  // Ten pages since issue 19 (Communicatie).
  await expect(sub.getByRole('link')).toHaveCount(10);
  for (const label of await sub.getByRole('link').allTextContents()) {
    await sub.getByRole('link', { name: label, exact: true }).click();
    await expect(sub.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await fits(page, `settings-${label.toLowerCase().replace(/\s+/g, '-')}`);
  }
});

test('English screens at 1024 px', async ({ page }) => {
  await page.goto(server().url);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Dashboard');
  await fits(page, 'en-dashboard');
  await page.goto(`${server().url}#/cases`);
  await page.getByRole('link', { name: /Meme over docent/ }).first().click();
  await page.getByRole('navigation', { name: 'Parts of the case' }).getByRole('link', { name: 'Evidence items' }).click();
  await fits(page, 'en-case-evidence');
  await page.goto(`${server().url}#/settings`);
  await fits(page, 'en-settings');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(heading(page)).toHaveText('Instellingen');
});

test('at 1280 px the case tabs stay on one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openCase(page, 'Expose-account eerstejaars');
  const nav = page.getByRole('navigation', { name: 'Onderdelen van de zaak' });
  const rows = await nav.getByRole('link').evaluateAll((links) => new Set(links.map((l) => Math.round(l.getBoundingClientRect().top))).size);
  expect(rows).toBe(1);
  // ...and all of them fit: the row does not need to scroll at 1280.
  expect(await nav.getByRole('list').evaluate((ul) => ul.scrollWidth - ul.clientWidth)).toBeLessThanOrEqual(0);
  // At 1024 they do not all fit: the row scrolls by itself and says there is more.
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(nav.locator('.tabs-scroll-right')).toBeVisible();
  await caseTab(page, 'Logboek').focus();
  await expect(nav.locator('.tabs-scroll-left')).toBeVisible();
});
