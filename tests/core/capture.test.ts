/**
 * Web capture (issue 18 items 1-2) with the real engine on Debian's Chromium (the Playwright
 * driver) against the fake platform on 127.0.0.1 (tests/helpers/fake-platform.ts): each page
 * becomes one evidence item with every artefact hashed and encrypted, and the provenance the
 * browser saw — never what the officer typed. The minors rule keeps no pixel, before and after
 * a re-label. A missing browser says so.
 */
import { createHash, randomInt } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../electron/bridge/chromium-capture';
import type { Core } from '../../electron/core/create-core';
import { detectHandle } from '../../electron/core/capture/detect-handle';
import { outcomeOf } from '../../electron/core/capture/removal';
import type { CaptureArtefactKind, WebCapture } from '../../shared/capture-types';
import { captureCore, ctx, newCase } from '../helpers/capture';
import { FAKE_HOST, FOREIGN_IMAGE, startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { filesContaining, listFiles, watchTempFolders } from '../helpers/scan';
import { newCore, PASS } from '../helpers/temp';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let fake: FakePlatform;
beforeAll(async () => {
  fake = await startFakePlatform();
});
afterAll(async () => fake.close());

/** Every artefact kept is an encrypted blob whose plaintext has the SHA-256 the item lists. */
async function expectArtefactsIntact(core: Core, cap: WebCapture): Promise<Map<CaptureArtefactKind, Buffer>> {
  const db = core.session().db;
  const out = new Map<CaptureArtefactKind, Buffer>();
  for (const a of cap.artefacts) {
    const row = db.prepare('SELECT blob_id FROM capture_artefacts WHERE id = ?').get(a.id) as { blob_id: string | null };
    expect(row.blob_id !== null, a.kind).toBe(a.kept);
    if (!row.blob_id) continue;
    const bytes = await core.session().blobs.get(row.blob_id);
    expect(sha(bytes), a.kind).toBe(a.sha256);
    expect(bytes.length).toBe(a.size);
    out.set(a.kind, bytes);
  }
  return out;
}

describe('capture of each fake-platform page', () => {
  let core: Core;
  let caseId: string;
  // A core per test: tests/helpers/temp.ts closes every core after each test.
  beforeEach(async () => {
    core = await captureCore();
    caseId = (await newCase(core)).id;
  });
  const take = (path: string) => core.handlers['capture:take']({ caseId, url: fake.url(path) }, ctx);

  it('a post: one item with screenshots, archive and record, platform and handle from the URL, times in UTC and Amsterdam', async () => {
    const cap = await take('/@lotte.fake/post/1');
    const { item, record } = cap;
    expect(item).toMatchObject({ kind: 'image', captureMethod: 'web-capture', platform: 'Fakegram', handle: '@lotte.fake', url: fake.url('/@lotte.fake/post/1'), hasOriginal: true, hasThumbnail: true });
    expect(cap.artefacts.map((a) => [a.kind, a.fileName, a.kept])).toEqual([
      ['viewport', 'viewport.png', true],
      ['full-page', 'full-page.png', true],
      ['mhtml', 'page.mhtml', true],
      ['record', 'capture.json', true],
    ]);
    expect(record.document).toMatchObject({ status: 200, redirects: [], url: fake.url('/@lotte.fake/post/1'), mimeType: 'text/html', remoteAddress: `127.0.0.1:${fake.port}` });
    expect(record.document.headers).toContainEqual({ name: 'x-fake-platform', value: 'fakegram' });
    expect(record).toMatchObject({ title: 'Lotte (@lotte.fake) • Fakegram', loadState: 'loaded', driver: 'chromium', capturedAtUtc: '2026-11-24T09:00:00.000Z', capturedAtLocal: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Amsterdam', pixels: true });
    expect(record.userAgent).toMatch(/Chrome\/\d+/);
    expect(record.browser).toMatch(/Chrome\/\d+/);
    // The officer's session cookie the platform set is never part of the record.
    expect(JSON.stringify(record)).not.toContain('s3cr3t');

    const bytes = await expectArtefactsIntact(core, cap);
    expect(item.sha256).toBe(cap.artefacts[0]!.sha256);
    const vp = await sharp(bytes.get('viewport')!).metadata();
    expect([vp.format, vp.width, vp.height]).toEqual(['png', 1280, 900]);
    expect(bytes.get('mhtml')!.toString('utf8')).toMatch(new RegExp(`^From: <Saved by Blink>[\\s\\S]*Snapshot-Content-Location: ${fake.url('/@lotte.fake/post/1').replace(/[.]/g, '\\.')}`));
    expect(bytes.get('mhtml')!.toString('utf8')).toContain('Content-Type: image/png');
    expect(JSON.parse(bytes.get('record')!.toString('utf8'))).toEqual(record);
    // The same record is what capture:get gives back, and the item's audit entry names every hash.
    const got = await core.handlers['capture:get']({ itemId: item.id }, ctx);
    expect(got.record).toEqual(record);
    const audit = (await core.handlers['evidence:get']({ itemId: item.id }, ctx)).audit.find((e) => e.kind === 'capture.taken')!;
    expect((audit.details as { artefacts: { sha256: string }[] }).artefacts.map((a) => a.sha256)).toEqual(cap.artefacts.map((a) => a.sha256));
  });

  it('a redirect chain: every hop with its status and Location, the final URL as the browser showed it', async () => {
    const { record } = await take('/r/abc');
    expect(record.requestedUrl).toBe(fake.url('/r/abc'));
    expect(record.finalUrl).toBe(fake.url('/@lotte.fake/post/1'));
    expect(record.document.redirects).toEqual([
      { url: fake.url('/r/abc'), status: 301, location: '/go/abc' },
      { url: fake.url('/go/abc'), status: 302, location: '/@lotte.fake/post/1' },
    ]);
    expect(record.handle).toBe('@lotte.fake');
  });

  it('a login wall: the redirect to the login page is recorded, and a check reads it as a login wall', async () => {
    const cap = await take('/@lotte.fake/private');
    expect(cap.record.finalUrl).toMatch(/\/login\?next=/);
    expect(cap.record.document.redirects[0]).toMatchObject({ status: 302 });
    expect(cap.record.title).toBe('Inloggen • Fakegram');
    expect(outcomeOf(cap)).toBe('login-wall');
  });

  it('removed pages (404 and 410) are captured with their status', async () => {
    const notFound = await take('/@lotte.fake/post/removed');
    const gone = await take('/@lotte.fake/post/gone');
    expect([notFound.record.document.status, gone.record.document.status]).toEqual([404, 410]);
    expect([outcomeOf(notFound), outcomeOf(gone)]).toEqual(['removed', 'removed']);
    await expectArtefactsIntact(core, gone);
  });

  it('a slow page is waited for', async () => {
    const cap = await take('/slow');
    expect(cap.record).toMatchObject({ loadState: 'loaded', title: 'Traag • Fakegram' });
  });

  it('an enormous page is cut at the screenshot limit and says so', async () => {
    const cap = await take('/enormous');
    expect(cap.record.page.height).toBeGreaterThan(90_000);
    expect(cap.record.page.truncated).toBe(true);
    const bytes = await expectArtefactsIntact(core, cap);
    const full = await sharp(bytes.get('full-page')!, { limitInputPixels: false }).metadata();
    expect([full.width, full.height]).toEqual([1280, 16_384]);
    expect(bytes.get('mhtml')!.toString('utf8')).toContain('Reactie 2500');
  });

  it('a page that never finishes loading is recorded as it stands after the load timeout', async () => {
    const quick = await captureCore({ captureLimits: { loadTimeoutMs: 2_000, settleMs: 200 } });
    const c = await newCase(quick);
    const cap = await quick.handlers['capture:take']({ caseId: c.id, url: fake.url('/never') }, ctx);
    expect(cap.record).toMatchObject({ loadState: 'timeout', title: 'Blijft laden • Fakegram' });
    expect(cap.record.document.status).toBe(200);
    await expectArtefactsIntact(quick, cap);
  });
});

describe('a lock during a capture', () => {
  it('ends the wait for a page that never finishes at once: the capture is cancelled, nothing is kept, the lock completes', async () => {
    const core = await captureCore({ captureLimits: { loadTimeoutMs: 45_000, settleMs: 200 } });
    const c = await newCase(core);
    const taking = core.handlers['capture:take']({ caseId: c.id, url: fake.url('/never?lock') }, ctx);
    taking.catch(() => undefined);
    // Once the page has been asked for, the engine is waiting for its load event.
    while (!fake.log.includes('GET /never?lock')) await new Promise((r) => setImmediate(r));
    const t0 = Date.now();
    await core.lock('manual');
    await expect(taking).rejects.toMatchObject({ code: 'CANCELLED', details: { reason: 'vault-locked' } });
    // Far less than the 45 s the load may take: the lock did not wait for the page.
    expect(Date.now() - t0).toBeLessThan(20_000);
    await core.handlers['vault:unlock']({ passphrase: PASS }, ctx);
    expect(await core.handlers['evidence:list']({ caseId: c.id }, ctx)).toEqual([]);
  });
});

describe('the minors rule applies before anything is kept', () => {
  it('in a sexual case a capture keeps URL, title, headers and hashes, and no pixel', async () => {
    const core = await captureCore();
    const c = await newCase(core, 'nude-photo');
    const cap = await core.handlers['capture:take']({ caseId: c.id, url: fake.url('/@lotte.fake/post/1') }, ctx);
    expect(cap.item).toMatchObject({ kind: 'hash', hasOriginal: false, hasThumbnail: false, url: fake.url('/@lotte.fake/post/1'), handle: '@lotte.fake' });
    expect(cap.record).toMatchObject({ pixels: false, title: 'Lotte (@lotte.fake) • Fakegram' });
    expect(cap.record.document.status).toBe(200);
    expect(cap.artefacts.map((a) => [a.kind, a.kept])).toEqual([
      ['mhtml', false],
      ['record', true],
    ]);
    expect(cap.artefacts[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The only blob in the vault is the record: JSON, no image.
    const db = core.session().db;
    const blobs = db.prepare('SELECT id FROM blobs').all() as { id: string }[];
    expect(blobs).toHaveLength(1);
    expect(JSON.parse((await core.session().blobs.get(blobs[0]!.id)).toString('utf8'))).toEqual(cap.record);
    await expect(core.handlers['evidence:reveal']({ itemId: cap.item.id, size: 'full' }, ctx)).rejects.toMatchObject({ code: 'FORBIDDEN_CONTENT' });
  });

  it('the officer can ask for a URL-only capture in any case', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const cap = await core.handlers['capture:take']({ caseId: c.id, url: fake.url('/@lotte.fake/post/1'), urlOnly: true }, ctx);
    expect(cap.record.pixels).toBe(false);
    expect(cap.artefacts.filter((a) => a.kept).map((a) => a.kind)).toEqual(['record']);
  });

  it('marked sexual and of unknown age after the capture: screenshots and archive are deleted, hashes and record stay', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    const cap = await core.handlers['capture:take']({ caseId: c.id, url: fake.url('/@lotte.fake/post/1') }, ctx);
    const db = core.session().db;
    const before = (db.prepare('SELECT blob_id FROM capture_artefacts WHERE item_id = ? AND blob_id IS NOT NULL').all(cap.item.id) as { blob_id: string }[]).map((r) => r.blob_id);
    expect(before).toHaveLength(4);
    await core.handlers['evidence:update']({ itemId: cap.item.id, patch: { sexual: true } }, ctx);
    const after = await core.handlers['capture:get']({ itemId: cap.item.id }, ctx);
    expect(after.artefacts.map((a) => [a.kind, a.kept])).toEqual([
      ['viewport', false],
      ['full-page', false],
      ['mhtml', false],
      ['record', true],
    ]);
    expect(after.artefacts.map((a) => a.sha256)).toEqual(cap.artefacts.map((a) => a.sha256));
    const left = (db.prepare('SELECT id FROM blobs').all() as { id: string }[]).map((r) => r.id);
    expect(left).toHaveLength(1);
    for (const b of before.filter((id) => !left.includes(id))) await expect(core.session().blobs.get(b)).rejects.toBeTruthy();
    const check = await core.handlers['vault:check']({}, ctx);
    expect(check.items.filter((i) => !i.ok)).toEqual([]);
  });
});

describe('known material and captures (docs/domain.md "The minors rule")', () => {
  it('a page that shows known material keeps only hashes and record, in any case, and is logged as refused; the earlier capture of it loses its pixels too', async () => {
    const core = await captureCore();
    const meme = await newCase(core);
    const first = await core.handlers['capture:take']({ caseId: meme.id, url: fake.url('/@lotte.fake/post/1') }, ctx);
    const viewport = await core.session().blobs.get((core.session().db.prepare("SELECT blob_id FROM capture_artefacts WHERE item_id = ? AND kind = 'viewport'").get(first.item.id) as { blob_id: string }).blob_id);
    // Another case learns this screenshot shows a nude photo of a minor and records it hash-only.
    const nude = await newCase(core, 'nude-photo');
    await core.handlers['evidence:import']({ caseId: nude.id, meta: {}, files: [{ name: 'x.png', bytes: new Uint8Array(viewport) }], hashOnly: true }, ctx);
    const firstAfter = await core.handlers['capture:get']({ itemId: first.item.id }, ctx);
    expect(firstAfter.artefacts.map((a) => [a.kind, a.kept])).toEqual([
      ['viewport', false],
      ['full-page', false],
      ['mhtml', false],
      ['record', true],
    ]);

    // The same page captured again, in the meme case: hashes and record only.
    const again = await core.handlers['capture:take']({ caseId: meme.id, url: fake.url('/@lotte.fake/post/1') }, ctx);
    expect(again.item).toMatchObject({ kind: 'hash', hasOriginal: false, hasThumbnail: false, sexual: true, minor: 'unknown' });
    expect(again.record.pixels).toBe(false);
    expect(again.artefacts.map((a) => [a.kind, a.kept])).toEqual([
      ['viewport', false],
      ['full-page', false],
      ['mhtml', false],
      ['record', true],
    ]);
    const refused = await core.handlers['audit:query']({ kind: 'evidence.refused' }, ctx);
    expect(refused.map((e) => e.details)).toContainEqual(expect.objectContaining({ case: meme.ref, reason: 'known-material', via: 'capture' }));
    expect((core.session().db.prepare('SELECT count(*) AS n FROM capture_artefacts WHERE blob_id IS NOT NULL AND kind != ?').get('record') as { n: number }).n).toBe(0);
  });
});

describe('nothing in plaintext on disk', () => {
  it('the page, its picture and its address appear in no file of the vault or the temp folders while the browser runs', async () => {
    const temps = watchTempFolders();
    const core = await captureCore();
    const c = await newCase(core);
    const n = String(randomInt(100_000_000, 999_999_999));
    const cap = await core.handlers['capture:take']({ caseId: c.id, url: fake.url(`/@lotte.fake/post/${n}`) }, ctx);
    expect(cap.record.title).toContain('Fakegram');
    // The browser is still running (it closes with the core): its profile is in the temp folder.
    const hits = await filesContaining([core.session().vaultDir, ...temps.folders()], [`post/${n}`, `Bericht ${n}`, fake.postImage.subarray(100, 164).toString('latin1')]);
    expect(hits).toEqual([]);
    // The scan really saw the browser's profile (a scan that reads nothing cannot pass).
    expect((await Promise.all(temps.folders().map(listFiles))).flat().some((f) => /playwright_chromiumdev_profile/.test(f))).toBe(true);
  });
});

describe('drivers and detection', () => {
  it('the capture browser reaches only what it is allowed to, and reports the rest', async () => {
    const refused: string[] = [];
    const core = await captureCore({ chromium: { allowRequest: (u) => u.hostname === FAKE_HOST, onRefused: (u) => refused.push(u) } });
    const c = await newCase(core);
    const cap = await core.handlers['capture:take']({ caseId: c.id, url: fake.url('/tracked') }, ctx);
    expect(cap.record.document.status).toBe(200);
    expect(refused).toEqual([FOREIGN_IMAGE]);
  });

  it('no browser: the status says so and a capture fails in words, not with a crash', async () => {
    const { chromiumCaptureHost } = await import('../../electron/bridge/chromium-capture');
    const core = newCore({ idleCheckMs: 0, capture: chromiumCaptureHost({ executablePath: undefined }) });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      expect(await core.handlers['capture:get-status']({}, ctx)).toMatchObject({ driver: 'chromium', available: false, reason: 'no-browser', interactive: false });
      const c = await newCase(core);
      await expect(core.handlers['capture:take']({ caseId: c.id, url: fake.url('/@lotte.fake/post/1') }, ctx)).rejects.toMatchObject({ code: 'NETWORK', details: { reason: 'no-browser' } });
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    expect(findChromium({}, 'linux', (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, 'linux', () => false)).toBeNull();
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, 'linux', (p) => p === '/opt/c')).toBe('/opt/c');
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(/chrome\.exe$/);
    expect(chromiumCandidates('darwin', {})[0]).toMatch(/Chromium\.app/);
  });

  it('handles from the URL patterns of the catalogue\u2019s platforms', () => {
    expect(detectHandle('instagram', 'https://www.instagram.com/klas3b.expose/')).toBe('@klas3b.expose');
    expect(detectHandle('instagram', 'https://www.instagram.com/p/Cx1/')).toBe('');
    expect(detectHandle('instagram', 'https://www.instagram.com/stories/lotte_22/3141/')).toBe('@lotte_22');
    expect(detectHandle('tiktok', 'https://www.tiktok.com/@roddel.mbo/video/7300')).toBe('@roddel.mbo');
    expect(detectHandle('x', 'https://x.com/nepaccount/status/18')).toBe('@nepaccount');
    expect(detectHandle('x', 'https://x.com/i/web/status/18')).toBe('');
    expect(detectHandle('youtube', 'https://www.youtube.com/@kanaal/videos')).toBe('@kanaal');
    expect(detectHandle('snapchat', 'https://www.snapchat.com/add/snapnaam')).toBe('@snapnaam');
    expect(detectHandle('facebook', 'https://www.facebook.com/profile.php?id=1000')).toBe('id:1000');
    expect(detectHandle('reddit', 'https://www.reddit.com/user/redditor/')).toBe('@redditor');
    expect(detectHandle('custom-1', `http://${FAKE_HOST}:1/@lotte.fake/post/1`)).toBe('@lotte.fake');
    expect(detectHandle('other-host', 'not a url')).toBe('');
  });
});
