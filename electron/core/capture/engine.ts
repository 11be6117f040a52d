/**
 * The capture engine (issue 18 items 1-2): loads a page or takes the page as it is, then
 * records it over CDP — a full-page and a viewport PNG (Page.captureScreenshot), the page as
 * MHTML (Page.captureSnapshot), the title, the address the browser shows, and from the
 * NavigationRecorder the main document's redirects, status, headers and user agent.
 *
 * Invariants: with `pixels: false` (a URL-only capture, the minors rule) no screenshot is ever
 * requested and the archive and document bytes are hashed in memory and dropped, never
 * returned; a page that never finishes loading is recorded as it stands after the load timeout
 * (loadState 'timeout'); a page taller or wider than a screenshot can be is cut at the limit
 * and says so (`page.truncated`); every CDP call has a deadline, so a hung browser ends in an
 * error, never in a capture that waits forever.
 */
import { createHash } from 'node:crypto';
import type { CaptureDriver, CaptureRecord, LoadState } from '../../../shared/capture-types';
import { AppError } from '../../../shared/errors';
import { DEFAULT_TIME_ZONE, isoWithOffset } from '../../../shared/time';
import type { CdpSession } from './cdp';
import type { NavigationRecorder } from './recorder';

/** Chromium's largest texture side: a screenshot beyond it fails or comes back blank. */
export const MAX_SHOT_SIDE = 16_384;
/** Pages are laid out 1280 wide; a wider one is cut here, so a screenshot stays near 67 Mpx (memory on a school laptop). */
export const MAX_SHOT_WIDTH = 4_096;

export interface EngineLimits {
  /** How long a page may take to fire its load event before it is recorded as it stands. */
  loadTimeoutMs: number;
  /** After load, how long to wait for the network to go quiet (late images, lazy content). */
  settleMs: number;
  /** Deadline of any one CDP command (a screenshot of a tall page takes a while). */
  commandTimeoutMs: number;
  /** The largest archive kept; a larger one keeps its hash only. */
  maxArchiveBytes: number;
}

export const DEFAULT_LIMITS: EngineLimits = { loadTimeoutMs: 30_000, settleMs: 1_500, commandTimeoutMs: 60_000, maxArchiveBytes: 200 * 1024 * 1024 };

export interface RawCapture {
  /** The record without platform and handle (the caller knows the catalogue). */
  record: Omit<CaptureRecord, 'platform' | 'handle'>;
  fullPage: Buffer | null;
  viewport: Buffer | null;
  /** The archive's bytes when kept; its SHA-256 and size always. */
  mhtml: { bytes: Buffer | null; sha256: string; size: number; tooLarge: boolean };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('NETWORK', `The browser did not answer in time (${what}).`, { reason: 'capture-timeout' })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const stopped = () => new AppError('CANCELLED', 'Cancelled: the vault was locked.', { reason: 'vault-locked' });

/**
 * Loads `url` in the recorder's tab: waits for load (up to the limit), then for a quiet
 * network. `signal` (the session's: a lock) ends the wait at once, with CANCELLED.
 */
export async function loadPage(cdp: CdpSession, rec: NavigationRecorder, url: string, limits: EngineLimits, signal?: AbortSignal): Promise<{ loadState: LoadState; networkError: string | null }> {
  rec.loaded = false;
  rec.networkIdle = false;
  let nav: { errorText?: string } | null = null;
  try {
    nav = (await within(cdp.send('Page.navigate', { url }), limits.loadTimeoutMs, 'navigate')) as { errorText?: string };
  } catch (err) {
    if (!(err instanceof AppError && err.details?.reason === 'capture-timeout')) throw err;
  }
  if (signal?.aborted) throw stopped();
  if (nav?.errorText) return { loadState: 'failed', networkError: nav.errorText };
  const loaded = nav ? await rec.waitFor(() => rec.loaded, limits.loadTimeoutMs, signal) : false;
  if (signal?.aborted) throw stopped();
  if (!loaded) {
    // Record what is there now: a page that never finishes is evidence as it stands.
    await within(cdp.send('Page.stopLoading'), limits.commandTimeoutMs, 'stop').catch(() => undefined);
    return { loadState: 'timeout', networkError: rec.doc?.error ?? null };
  }
  await rec.waitFor(() => rec.networkIdle, limits.settleMs, signal);
  if (signal?.aborted) throw stopped();
  return { loadState: 'loaded', networkError: null };
}

async function evaluate(cdp: CdpSession, expression: string, ms: number): Promise<unknown> {
  const r = (await within(cdp.send('Runtime.evaluate', { expression, returnByValue: true }), ms, 'evaluate')) as { result?: { value?: unknown } };
  return r.result?.value;
}

export interface RecordOptions {
  pixels: boolean;
  requestedUrl: string | null;
  driver: CaptureDriver;
  loadState: LoadState;
  networkError: string | null;
  now: Date;
  limits: EngineLimits;
}

/** Records the tab as it is now. */
export async function recordPage(cdp: CdpSession, rec: NavigationRecorder, o: RecordOptions): Promise<RawCapture> {
  const ms = o.limits.commandTimeoutMs;
  const send = (method: string, params?: Record<string, unknown>) => within(cdp.send(method, params), ms, method);
  const history = (await send('Page.getNavigationHistory').catch(() => null)) as { currentIndex: number; entries: { url: string }[] } | null;
  const finalUrl = history?.entries[history.currentIndex]?.url ?? rec.url ?? o.requestedUrl ?? '';
  const title = String((await evaluate(cdp, 'document.title', ms).catch(() => '')) ?? '').slice(0, 2000);
  const metrics = (await send('Page.getLayoutMetrics')) as { cssContentSize?: { width: number; height: number }; cssLayoutViewport?: { clientWidth: number; clientHeight: number } };
  const width = Math.ceil(metrics.cssContentSize?.width ?? 0);
  const height = Math.ceil(metrics.cssContentSize?.height ?? 0);
  const viewportWidth = metrics.cssLayoutViewport?.clientWidth ?? 0;
  const viewportHeight = metrics.cssLayoutViewport?.clientHeight ?? 0;
  const shotW = Math.max(1, Math.min(Math.max(width, viewportWidth), MAX_SHOT_WIDTH));
  const shotH = Math.max(1, Math.min(Math.max(height, viewportHeight), MAX_SHOT_SIDE));
  const truncated = width > MAX_SHOT_WIDTH || height > MAX_SHOT_SIDE;

  let fullPage: Buffer | null = null;
  let viewport: Buffer | null = null;
  if (o.pixels) {
    const vp = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    viewport = Buffer.from(vp.data, 'base64');
    const full = (await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: shotW, height: shotH, scale: 1 } })) as { data: string };
    fullPage = Buffer.from(full.data, 'base64');
  }

  const snap = (await send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
  const archive = Buffer.from(snap.data, 'utf8');
  // URL-only: the archive's hash and size are kept, its bytes (pictures inside) are not.
  const tooLarge = archive.length > o.limits.maxArchiveBytes;
  const mhtml = { bytes: o.pixels && !tooLarge ? archive : null, sha256: sha256(archive), size: archive.length, tooLarge };

  let documentSha: string | null = null;
  if (rec.doc?.finished) {
    const body = (await send('Network.getResponseBody', { requestId: rec.doc.requestId }).catch(() => null)) as { body: string; base64Encoded: boolean } | null;
    if (body) documentSha = sha256(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8'));
  }
  const uaFromPage = rec.doc?.userAgent ? null : String((await evaluate(cdp, 'navigator.userAgent', ms).catch(() => '')) ?? '');
  const version = (await send('Browser.getVersion').catch(() => null)) as { product?: string } | null;
  const userAgent = rec.doc?.userAgent ?? uaFromPage ?? '';
  const browser = version?.product ?? /(?:Headless)?Chrome\/[\d.]+/.exec(userAgent)?.[0] ?? '';
  const r = rec.doc?.response ?? null;
  return {
    record: {
      format: 'bewijskluis-web-capture',
      version: 1,
      requestedUrl: o.requestedUrl,
      finalUrl,
      document: {
        url: r?.url ?? rec.doc?.url ?? null,
        redirects: rec.doc?.redirects ?? [],
        status: r?.status ?? null,
        statusText: r?.statusText ?? '',
        headers: r?.headers ?? [],
        mimeType: r?.mimeType ?? null,
        remoteAddress: r?.remoteAddress ?? null,
        protocol: r?.protocol ?? null,
        sha256: documentSha,
      },
      networkError: o.networkError,
      loadState: o.loadState,
      title,
      userAgent,
      browser,
      driver: o.driver,
      capturedAtUtc: o.now.toISOString(),
      capturedAtLocal: isoWithOffset(o.now),
      timeZone: DEFAULT_TIME_ZONE,
      page: { width, height, viewportWidth, viewportHeight, truncated },
      pixels: o.pixels,
    },
    fullPage,
    viewport,
    mhtml,
  };
}
