/**
 * Shared steps for the e2e specs: one preview server per spec file, an accessibility and
 * screenshot check per screen, and the user-level flows (create, lock, unlock).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ACTIVITY_REPORT_MS } from '../../shared/idle-policy';
import { BRIDGE } from '../../shared/transport';
import { startPreview, type PreviewServer } from './preview-server';

export const OWNER = 'Marieke de Vries';
export const PASSPHRASE = 'fiets lamp zomer wolk';
export const NEW_PASSPHRASE = 'kade molen regen Vlinder 7';
export const RECOVERY_KEY_FORMAT = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/;

/**
 * A request the renderer may make: to the preview itself (loopback) or in-page data. A mailto:
 * "request" is the browser handing a message to the mail program (issue 19), which reaches no
 * host; which mailto: URLs may leave is shared/external-url.ts's rule, tested on its own.
 */
export function isLocalRequest(raw: string): boolean {
  if (/^(data|blob|about|mailto):/.test(raw)) return true;
  try {
    const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
    return host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

/**
 * Every test fails on a console error or a CSP violation in the page (an inline style or
 * script would be blocked in the app, so it must not pass silently here), and on any request
 * of the page to a host the test did not set up (issue 18 item 5; the core's own traffic is
 * checked by the network guard of every preview server, tests/e2e/global-setup.ts).
 */
export const test = base.extend<{ pageErrors: string[]; foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!isLocalRequest(r.url())) foreign.push(r.url());
      });
      await use(foreign);
      expect(foreign, 'requests from the page to hosts no test set up').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`${msg.text()} ${msg.location().url}`.trim());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Registers beforeAll/afterAll in the calling spec file; returns the running server. */
export function previewPerFile(opts: { testClock?: string; allowHosts?: string[]; captureWaitSeconds?: number; demo?: boolean } = {}): () => PreviewServer {
  let server: PreviewServer | undefined;
  test.beforeAll(async () => {
    server = await startPreview(opts);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('preview server not started');
    return server;
  };
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  await expect(page).toHaveTitle('Bewijskluis');
  const results = await new AxeBuilder({ page }).analyze();
  // Every impact counts (issue 16: "axe must stay at 0 violations"), minor and moderate too.
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${name}`).toEqual([]);
}

/** No axe violation of any impact on the current screen, then a full-page screenshot. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAxeClean(page, name);
  await page.screenshot({ path: join(__dirname, 'screenshots', `${name}.png`), fullPage: true });
}

/** Like checkScreen (the whole page is checked), but the screenshot is of one part of a long page. */
export async function checkPart(page: Page, part: Locator, name: string): Promise<void> {
  await expectAxeClean(page, name);
  await part.screenshot({ path: join(__dirname, 'screenshots', `${name}.png`) });
}

/** Which sub-page of Instellingen holds a section (issue 16 item 8: Settings became sub-pages). */
const SETTINGS_PAGE_OF: Record<string, string> = {
  Taal: 'Algemeen',
  'Automatisch vergrendelen': 'Algemeen',
  Bewaartermijn: 'Algemeen',
  Medewerkers: 'Medewerkers',
  'Automatisch controleren of materiaal nog online staat': 'Platforms en meldingen',
  'Tijdstempel bij het dossier (RFC 3161)': 'Beveiliging',
  'Stappenplan-sjabloon': 'Stappenplan',
  'Beleid en preventie': 'Communicatie',
  Berichtsjablonen: 'Communicatie',
  'Afzender voor meldingen': 'Platforms en meldingen',
  'Platforms en meldroutes': 'Platforms en meldingen',
  'Wachtwoordzin wijzigen': 'Beveiliging',
  'Kluis controleren': 'Beveiliging',
  Ondertekeningssleutel: 'Beveiliging',
  'Back-up': 'Back-up',
  'Dossier controleren': 'Dossier controleren',
  Logboek: 'Logboek',
  'Over de app': 'Over de app',
};

/**
 * Opens Instellingen, then the sub-page that holds the section (a named region) called `name`,
 * and scrolls to it. A section not in the map is looked for on every sub-page in turn.
 */
export async function settingsSection(page: Page, name: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  const sub = page.getByRole('navigation', { name: 'Onderdelen van Instellingen' });
  const section = page.getByRole('region', { name, exact: true });
  const known = SETTINGS_PAGE_OF[name];
  const pages = known ? [known] : await sub.getByRole('link').allTextContents();
  for (const label of pages) {
    await sub.getByRole('link', { name: label, exact: true }).click();
    await expect(sub.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    if ((await section.count()) > 0) break;
  }
  await section.scrollIntoViewIfNeeded();
  return section;
}

/**
 * Sets the sender of notices in Instellingen: a DSA art. 16(2)(c) notice needs a name and an
 * e-mail address, and a request cannot be marked sent without one (issue 14).
 */
export async function setSender(page: Page): Promise<void> {
  const sender = await settingsSection(page, 'Afzender voor meldingen');
  await sender.getByLabel('Naam (en functie)').fill('M. de Vries (vertrouwenspersoon)');
  await sender.getByLabel('E-mailadres', { exact: true }).fill('vertrouwenspersoon@school.example');
  await sender.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen. Nieuwe meldingen gebruiken deze afzender.')).toBeVisible();
}

/** The three first-run steps; returns the recovery key that was shown. */
export async function createVault(page: Page, opts: { screenshots?: boolean } = {}): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis maken' })).toBeVisible();
  await page.getByLabel('Uw naam').fill(OWNER);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await fillNewPassphrase(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  const key = await readRecoveryKey(page);
  if (opts.screenshots) await checkScreen(page, '03-first-run-recovery-key');
  await confirmRecoveryKey(page, key);
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  return key;
}

export async function fillNewPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(passphrase);
  await page.getByLabel('Herhaal de nieuwe wachtwoordzin', { exact: true }).fill(passphrase);
}

export async function readRecoveryKey(page: Page): Promise<string> {
  const key = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
  expect(key).toMatch(RECOVERY_KEY_FORMAT);
  return key;
}

/**
 * The recovery-key check (issue 16 item 7): "written down", then the two groups the app asks
 * for (chosen at random; the key is hidden meanwhile), typed from the key read before.
 */
export async function confirmRecoveryKey(page: Page, key: string): Promise<void> {
  await page.getByRole('button', { name: 'Ik heb de sleutel opgeschreven' }).click();
  const groups = key.split('-');
  for (const n of await askedGroups(page)) await page.getByLabel(`Groep ${n}`, { exact: true }).fill(groups[n - 1]!);
  await page.getByRole('button', { name: 'Controleren en verder' }).click();
}

/** The 1-based positions of the groups the check asks for. */
export async function askedGroups(page: Page): Promise<number[]> {
  const labels = page.getByText(/^Groep \d$/);
  await expect(labels).toHaveCount(2);
  return (await labels.allTextContents()).map((l) => Number(l.replace('Groep ', '')));
}

export async function lockWithButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
}

/** Unlocks; the app returns to the page that was open before the lock (`landing`). */
export async function unlock(page: Page, passphrase: string, landing: string | RegExp = 'Overzicht'): Promise<void> {
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: landing })).toBeVisible();
}

/**
 * Moves the core's clock of a preview started with a test clock (bridge/server.ts TEST_CLOCK_PATH).
 * It first waits until the page can have no activity report pending: the page sends one trailing
 * report up to ACTIVITY_REPORT_MS after the last input (features/vault/use-activity-report.ts), and
 * one that arrived after the jump counted as activity at the new time, so the expected warning or
 * lock did not come (CI, 2026-12-02: inbox.spec.ts waited 20 s for the idle lock).
 */
export async function advanceServerClock(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ACTIVITY_REPORT_MS + 250);
  const status = await page.evaluate(
    async ({ ms, path, header, meta }) => {
      const token = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content ?? '';
      const res = await fetch(path, { method: 'POST', headers: { [header]: token, 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
      return res.status;
    },
    { ms, path: '/__test/clock', header: BRIDGE.tokenHeader, meta: BRIDGE.tokenMeta },
  );
  expect(status).toBe(200);
}
