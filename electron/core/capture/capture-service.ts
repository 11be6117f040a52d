/**
 * One capture from start to stored item: open a tab (or use the capture window's), load,
 * record, add platform and handle, keep. Used by capture:take and by removal checks.
 * Invariants: the tab a load-and-capture opened is closed whatever happens; nothing is stored
 * once the vault is locking (the session refuses the transaction).
 */
import type { CaseDetail } from '../../../shared/case-types';
import type { CaptureRecord, WebCapture } from '../../../shared/capture-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getPlatform, OTHER_PLATFORM_ID, resolvePlatformId } from '../platform/catalogue-repo';
import { MAX_IMAGE_PIXELS } from '../settings/settings';
import type { Session } from '../vault/session';
import type { CaptureHost, CapturePage } from './cdp';
import { storeCapture, type ItemMeta } from './capture-repo';
import { detectHandle } from './detect-handle';
import { loadPage, recordPage, type EngineLimits, type RawCapture } from './engine';
import { NavigationRecorder } from './recorder';

/** Platform (the catalogue's name, else the host) and account, from the address the browser showed. */
export function platformAndHandle(db: Db, url: string): { platform: string; handle: string } {
  const id = resolvePlatformId(db, undefined, url);
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL: no host
  }
  const platform = id === OTHER_PLATFORM_ID ? host : getPlatform(db, id).name;
  return { platform, handle: detectHandle(id, url) };
}

export function completeRecord(db: Db, raw: RawCapture): CaptureRecord {
  const { platform, handle } = platformAndHandle(db, raw.record.finalUrl);
  // Platform and handle go before the page's size, after the times: the record reads top-down.
  const { page, pixels, ...head } = raw.record;
  return { ...head, platform, handle, page, pixels };
}

/** Loads `url` in a fresh tab of the host and records it; the tab is closed afterwards. */
export async function captureByUrl(host: CaptureHost, url: string, pixels: boolean, limits: EngineLimits, now: () => Date, signal?: AbortSignal): Promise<RawCapture> {
  const page = await openPage(host);
  try {
    const rec = new NavigationRecorder(page.cdp);
    await rec.start();
    const { loadState, networkError } = await loadPage(page.cdp, rec, url, limits, signal);
    const raw = await recordPage(page.cdp, rec, { pixels, requestedUrl: url, driver: host.driver, loadState, networkError, now: now(), limits });
    rec.stop();
    return raw;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Records the capture window's tab as the officer left it. */
export async function captureCurrent(host: CaptureHost, page: CapturePage, rec: NavigationRecorder, pixels: boolean, limits: EngineLimits, now: () => Date): Promise<RawCapture> {
  const loadState = rec.loaded ? 'loaded' : 'timeout';
  return recordPage(page.cdp, rec, { pixels, requestedUrl: null, driver: host.driver, loadState, networkError: rec.doc?.error ?? null, now: now(), limits });
}

async function openPage(host: CaptureHost): Promise<CapturePage> {
  const a = await host.availability();
  if (!a.available) throw new AppError('NETWORK', 'No browser to capture with was found.', { reason: 'no-browser' });
  return host.openPage();
}

export async function keep(session: Session, c: CaseDetail, raw: RawCapture, meta: ItemMeta): Promise<WebCapture> {
  if (!session.isOpen()) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  return storeCapture(session, c, raw, completeRecord(session.db, raw), meta, session.ownerName, MAX_IMAGE_PIXELS);
}
