/**
 * Drafts survive a lock (issue 16 item 1): a half-filled new case survives Ctrl+L, a typed note
 * survives the idle lock (the core's test clock is moved, no waiting), both come back after
 * unlock with a notice, and saving removes the draft. The countdown before the idle lock is in
 * view even when the page is scrolled down. The drafts live in the vault (tests/core/drafts.test.ts
 * proves they are encrypted); here the page's own storage is checked to hold nothing.
 */
import type { Page } from '@playwright/test';
import { caseTab } from './evidence-helpers';
import { advanceServerClock, checkScreen, createVault, expect, PASSPHRASE, previewPerFile, test, unlock } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile({ testClock: '2026-12-01T09:00:00Z' });

async function nothingInBrowserStorage(page: Page): Promise<void> {
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, idb: 0 });
}

test('a half-filled new case survives Ctrl+L and is gone once saved', async ({ page }) => {
  await page.goto(server().url);
  await createVault(page);
  await page.goto(`${server().url}#/cases/new`);
  await page.getByLabel('Korte titel').fill('Nepaccount klas 2C');
  await page.getByRole('radio', { name: /^Expose-account/ }).check();
  await page.getByLabel('Beschrijving (niet verplicht)').fill('Gesprek met mentor gehad; moeder belt morgen terug.');
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Nepaccount klas 2C')).toHaveCount(0);
  await nothingInBrowserStorage(page);

  await unlock(page, PASSPHRASE, 'Nieuwe zaak');
  await expect(page.getByTestId('draft-restored')).toContainText('is teruggezet');
  await expect(page.getByLabel('Korte titel')).toHaveValue('Nepaccount klas 2C');
  await expect(page.getByRole('radio', { name: /^Expose-account/ })).toBeChecked();
  await expect(page.getByLabel('Beschrijving (niet verplicht)')).toHaveValue('Gesprek met mentor gehad; moeder belt morgen terug.');
  await checkScreen(page, '90-draft-restored');

  await page.getByRole('button', { name: 'Zaak aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Nepaccount klas 2C$/ })).toBeVisible();
  await page.goto(`${server().url}#/cases/new`);
  await expect(page.getByLabel('Korte titel')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('a typed note survives the idle lock; the countdown is in view on a scrolled page', async ({ page }) => {
  await page.goto(`${server().url}#/settings`);
  await page.getByLabel('Vergrendelen na zoveel minuten zonder activiteit').fill('1');
  await page.getByRole('region', { name: 'Automatisch vergrendelen' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.', { exact: false })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click();
  await page.getByRole('link', { name: /Nepaccount klas 2C/ }).first().click();
  await caseTab(page, 'Notities').click();
  const saved = page.waitForRequest((r) => r.url().endsWith('/api/draft:save'));
  await page.getByLabel('Nieuwe notitie').fill('Zoë wil niet dat haar vader het hoort. Eerst met mentor overleggen.');
  await saved;

  // The warning shows where the user is looking, however far down the page is scrolled.
  await page.setViewportSize({ width: 1024, height: 500 });
  await page.mouse.wheel(0, 2000);
  await advanceServerClock(page, 35_000);
  await expect(page.getByTestId('lock-warning')).toBeInViewport();
  await expect(page.getByTestId('lock-warning')).toContainText(/Vergrendelt over \d+ s — klik om door te gaan/);
  await page.setViewportSize({ width: 1280, height: 860 });

  await advanceServerClock(page, 30_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Zoë wil niet')).toHaveCount(0);
  await nothingInBrowserStorage(page);
  await unlock(page, PASSPHRASE, /Nepaccount klas 2C$/);
  await expect(page.getByLabel('Nieuwe notitie')).toHaveValue('Zoë wil niet dat haar vader het hoort. Eerst met mentor overleggen.');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.locator('.note-body')).toHaveText(['Zoë wil niet dat haar vader het hoort. Eerst met mentor overleggen.']);
  await expect(page.getByLabel('Nieuwe notitie')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});
