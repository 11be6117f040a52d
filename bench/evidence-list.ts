/**
 * The evidence tab of a case with 5,000 items (issue 16 item 4), measured in the real renderer
 * in Chromium over the HTTP bridge (the browser preview), not as a timed test. A vault is filled
 * through the repositories, locked, opened by a preview server, unlocked through the page; then:
 * - tabMs: from the click on "Bewijsstukken" to the frame after the first table row is in the
 *   DOM (two animation frames), on a freshly loaded page (nothing cached), median of several
 *   rounds; the floor is the same click on a case with no items, in the same run;
 * - pageMs: "Volgende pagina" to the frame after the new rows;
 * - filterMs: a typed filter word to the frame after the filtered rows;
 * - scroll: animation-frame intervals while the page is scrolled top to bottom and back
 *   (p50, p95, max, and frames over 50 ms).
 * Needs a built renderer (`npx electron-vite build`) and Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium). `npm run bench -- evidence-list [--count N] [--rounds N]`.
 */
/// <reference lib="dom" />
// The page-side callbacks below run in Chromium (page.evaluate), hence the DOM types.
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/create-core';
import { createCase } from '../electron/core/case/case-repo';
import { insertItem } from '../electron/core/evidence/evidence-repo';
import { startPreview } from '../tests/e2e/preview-server';
import { countArg, intArg, median } from './rss';

const PASSPHRASE = 'Benchmark kluis met lange zin 2026';
const PLATFORMS = ['Instagram', 'TikTok', 'Snapchat', 'WhatsApp', 'X', 'Telegram', 'Discord', 'YouTube'];
const round1 = (x: number) => Math.round(x * 10) / 10;

async function fill(appData: string, n: number): Promise<{ full: string; empty: string }> {
  const core = createCore({ appDataDir: appData, idleCheckMs: 0 });
  const ctx = { transport: 'test' as const };
  await core.handlers['vault:create']({ passphrase: PASSPHRASE, ownerName: 'bench' }, ctx);
  const s = core.session();
  const now = new Date();
  const [full, empty] = s.tx(() => [createCase(s.db, { title: 'Veel bewijs', category: 'hurtful-meme' }, now, 'bench'), createCase(s.db, { title: 'Leeg', category: 'hurtful-meme' }, now, 'bench')]);
  for (let start = 0; start < n; start += 1000) {
    s.tx(() => {
      for (let i = start; i < Math.min(n, start + 1000); i++) {
        const p = PLATFORMS[i % PLATFORMS.length]!;
        const hashed = i % 3 === 0;
        insertItem(s.db, {
          caseId: full!.id, kind: hashed ? 'hash' : 'url', platform: p, url: `https://www.${p.toLowerCase()}.com/p/${i.toString(36)}`, handle: `@account${i % 700}`,
          postedAt: null, seenAt: i % 5 === 0 ? null : new Date(now.getTime() - i * 60_000).toISOString(), capturedAt: now.toISOString(), timeZone: 'Europe/Amsterdam',
          capturedBy: 'bench', captureMethod: 'own-screenshot', description: `bericht ${i}`, sexual: false, violence: false, minor: 'unknown',
          fileName: hashed ? `Schermafbeelding ${i}.png` : null, mime: null, size: null, width: null, height: null,
          sha256: hashed ? i.toString(16).padStart(64, '0') : null, pdq: null, pdqQuality: null, pdqDihedral: null, blobId: null, thumbBlobId: null,
        });
      }
    });
  }
  await core.close();
  return { full: full!.id, empty: empty!.id };
}

/** Clicks the tab and resolves after the frame that follows `ready` matching. */
async function timeTab(page: Page, ready: string): Promise<number> {
  return page.evaluate(async (sel) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent?.trim() === 'Bewijsstukken')!;
    const t0 = performance.now();
    link.click();
    while (!document.querySelector(sel)) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, ready);
}

/** "Volgende pagina" to the frame after page 2's rows. */
async function timeNextPage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Volgende pagina')!;
    const first = document.querySelector('[data-testid="evidence-row"]');
    const t0 = performance.now();
    next.click();
    while (document.querySelector('[data-testid="evidence-row"]') === first) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
}

async function scrollFrames(page: Page): Promise<{ p50: number; p95: number; max: number; over50: number; frames: number }> {
  const deltas = await page.evaluate(async () => {
    const out: number[] = [];
    let last = performance.now();
    const end = document.documentElement.scrollHeight;
    for (const dir of [1, -1]) {
      for (let y = 0; y <= end; y += 60) {
        window.scrollTo(0, dir === 1 ? y : end - y);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        out.push(now - last);
        last = now;
      }
    }
    return out;
  });
  const s = [...deltas].sort((a, b) => a - b);
  return { p50: round1(median(deltas)), p95: round1(s[Math.floor(s.length * 0.95)] ?? 0), max: round1(s.at(-1) ?? 0), over50: deltas.filter((d) => d > 50).length, frames: deltas.length };
}

export async function benchEvidenceList(args: string[]) {
  const n = countArg(args, 5000);
  const rounds = intArg(args, '--rounds', 5);
  const appData = await mkdtemp(join(tmpdir(), 'bk-bench-list-'));
  const t0 = performance.now();
  const ids = await fill(appData, n);
  const fillSeconds = round1((performance.now() - t0) / 1000);
  const server = await startPreview({ appData });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    await page.goto(server.url);
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    const tab = async (caseId: string, sel: string) => {
      const out: number[] = [];
      for (let r = 0; r < rounds; r++) {
        // A fresh page each round: nothing of the list is cached (the vault stays unlocked in the core).
        await page.goto(`${server.url}#/cases/${caseId}/overview`);
        await page.reload();
        await page.getByRole('heading', { level: 1, name: /^Zaak / }).waitFor();
        out.push(await timeTab(page, sel));
      }
      return round1(median(out));
    };
    const tabMs = await tab(ids.full, '[data-testid="evidence-row"]');
    const floorMs = await tab(ids.empty, '[data-testid="capture"]');
    await page.goto(`${server.url}#/cases/${ids.full}/evidence`);
    await page.getByTestId('evidence-row').first().waitFor();
    const pageMs = round1(await timeNextPage(page));
    const scroll = await scrollFrames(page);
    const search = page.getByLabel('Zoeken in deze zaak');
    const f0 = Date.now();
    await search.fill('account42');
    await page.getByTestId('list-count').filter({ hasText: 'van' }).waitFor();
    const filterMs = Date.now() - f0;
    return { items: n, fillSeconds, rounds, tabMs, floorMs, pageMs, filterMs, scroll };
  } finally {
    await browser.close();
    await server.stop();
    await rm(appData, { recursive: true, force: true });
  }
}
