/**
 * Handlers of the capture:* channels (shared/contract-capture.ts): the capture window, web
 * captures as evidence, removal checks. The browser comes from the host (CoreOptions.capture):
 * Electron's capture window in the app, Chromium through Playwright in the CLI and the preview.
 * Invariants: the minors rule decides before any page is recorded whether pixels may be kept;
 * captures and checks run one at a time (ctx.captureQueue); every page load is the officer's
 * act or the schedule the officer turned on (docs/architecture.md "Network").
 */
import type { CaptureStatus } from '../../../shared/capture-types';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { getCase } from '../case/case-repo';
import { getItem } from '../evidence/evidence-repo';
import { bytesForbidden } from '../evidence/policy';
import type { CoreHandlers } from '../handler-types';
import { readSettings } from '../settings/settings';
import type { CapturePage } from '../capture/cdp';
import { getRecord, listArtefacts } from '../capture/capture-repo';
import { captureByUrl, captureCurrent, keep } from '../capture/capture-service';
import { NavigationRecorder } from '../capture/recorder';
import { confirmRemoved, dueForCheck, listChecks, runRemovalCheck, uncheckedRemovals } from '../capture/removal';
import { insideSession } from '../vault/lock';

type CaptureHandlers = Pick<
  CoreHandlers,
  | 'capture:get-status'
  | 'capture:open-window'
  | 'capture:close-window'
  | 'capture:take'
  | 'capture:get'
  | 'capture:check-removal'
  | 'capture:list-checks'
  | 'capture:confirm-removed'
  | 'capture:list-unchecked'
>;

const noBrowser = () => new AppError('NETWORK', 'No browser to capture with was found.', { reason: 'no-browser' });

export function captureHandlers(ctx: CoreContext): CaptureHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  /** The capture window's tab and the recorder that has watched it since it opened. */
  let win: { page: CapturePage; rec: NavigationRecorder } | null = null;

  const windowOpen = () => !!win && !!ctx.capture?.window?.isOpen();

  async function status(): Promise<CaptureStatus> {
    const host = ctx.capture;
    if (!host) return { driver: null, interactive: false, available: false, reason: 'no-browser', windowOpen: false, currentUrl: null, currentTitle: null };
    const a = await host.availability();
    const open = windowOpen();
    let currentTitle: string | null = null;
    if (open && win) {
      const r = (await win.page.cdp.send('Runtime.evaluate', { expression: 'document.title', returnByValue: true }).catch(() => null)) as { result?: { value?: unknown } } | null;
      currentTitle = typeof r?.result?.value === 'string' ? r.result.value.slice(0, 300) : null;
    }
    return { driver: host.driver, interactive: !!host.window, available: a.available, reason: a.reason, windowOpen: open, currentUrl: open ? (win?.rec.url ?? null) : null, currentTitle };
  }

  return {
    'capture:get-status': async () => status(),
    'capture:open-window': async (input) => {
      const host = ctx.capture;
      if (!host?.window) throw new AppError('CONFLICT', 'There is no capture window here: give the address instead.', { reason: 'no-capture-window' });
      if (!windowOpen() || !win) {
        win?.rec.stop();
        const page = await host.window.open();
        const rec = new NavigationRecorder(page.cdp);
        await rec.start();
        win = { page, rec };
      } else {
        await host.window.open();
      }
      // Navigated over CDP once the recorder listens; the officer goes on from there.
      if (input.url) await win.page.cdp.send('Page.navigate', { url: input.url });
      return status();
    },
    'capture:close-window': async () => {
      win?.rec.stop();
      win = null;
      await ctx.capture?.window?.close();
      return status();
    },
    'capture:take': async (input) => {
      const ses = s();
      const c = getCase(ses.db, input.caseId);
      const host = ctx.capture;
      if (!host) throw noBrowser();
      const meta = { description: input.description ?? '', sexual: input.sexual ?? false, violence: input.violence ?? false, minor: input.minor ?? 'unknown' } as const;
      // The minors rule before anything is recorded: no screenshot is even taken (policy.ts).
      const pixels = !input.urlOnly && !bytesForbidden({ caseCategory: c.category, sexual: meta.sexual, minor: meta.minor });
      return ctx.captureQueue(async () => {
        let raw;
        // A lock ends the wait for a slow page at once (the session's signal).
        if (input.url) raw = await captureByUrl(host, input.url, pixels, ctx.captureLimits, now, ses.signal);
        else if (win && windowOpen()) raw = await captureCurrent(host, win.page, win.rec, pixels, ctx.captureLimits, now);
        else throw new AppError('VALIDATION', 'Give the address of the page, or open the capture window first.', { reason: 'no-capture-window', issues: [{ path: 'url', code: 'required' }] });
        return keep(ses, c, raw, meta);
      });
    },
    'capture:get': async (input) => {
      const ses = s();
      const record = getRecord(ses.db, getItem(ses.db, input.itemId).id);
      if (!record) throw new AppError('NOT_FOUND', 'This item is not a web capture.', { entity: 'capture' });
      return { record, artefacts: listArtefacts(ses.db, input.itemId) };
    },
    'capture:check-removal': async (input) => {
      const ses = s();
      const host = ctx.capture;
      if (!host) throw noBrowser();
      return ctx.captureQueue(() => runRemovalCheck(ses, host, input.requestId, 'officer', ctx.captureLimits));
    },
    'capture:list-checks': async (input) => listChecks(s().db, input.requestId),
    'capture:confirm-removed': async (input) => {
      const ses = s();
      return ses.tx(() => confirmRemoved(ses, input.requestId, input.checkId));
    },
    'capture:list-unchecked': async () => uncheckedRemovals(s().db, now()),
  };
}

/** The schedule's work (capture/removal-schedule.ts): due checks, one at a time, inside the session so a lock waits. */
export function scheduledRemovalChecks(ctx: CoreContext): () => Promise<number> {
  return insideSession(ctx, async () => {
    const ses = ctx.session;
    const host = ctx.capture;
    if (!ses?.isOpen() || !host) return 0;
    const days = readSettings(ses.db).removalCheckDays;
    if (days <= 0 || !(await host.availability()).available) return 0;
    let ran = 0;
    // A handful per tick: the next tick picks up the rest.
    for (const id of dueForCheck(ses.db, ctx.clock.now(), days).slice(0, 10)) {
      if (!ses.isOpen()) break;
      try {
        await ctx.captureQueue(() => runRemovalCheck(ses, host, id, 'schedule', ctx.captureLimits));
        ran++;
      } catch (err) {
        ctx.logger.warn('scheduled removal check failed', { code: err instanceof AppError ? err.code : 'INTERNAL' });
      }
    }
    return ran;
  });
}

