/**
 * The capture engine's second driver (issue 18 item 2): Chromium through Playwright's CDP
 * session, for the CLI, the browser preview and the tests. The app uses the capture window
 * instead (electron/main/capture-host.ts); both speak the same CDP to the one engine
 * (electron/core/capture/engine.ts).
 *
 * Invariants: Chromium is found at CHROMIUM_PATH or one of the usual install paths, and a
 * missing browser is reported as such (availability 'no-browser'), never as a crash; each
 * capture gets a fresh browser context (no cookies, no cache from an earlier one; downloads
 * refused, no permission granted); the browser is started on the first capture, not before,
 * and closed with the host. With `allowRequest` (the preview's network guard, the tests)
 * every request the page makes is checked and anything else is aborted and reported.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { CaptureAvailability, CaptureHost, CapturePage } from '../core/capture/cdp';

export interface ChromiumCaptureOptions {
  /** Overrides the search (tests; CHROMIUM_PATH does the same from the environment). */
  executablePath?: string;
  /** Whether the page may reach this address; absent: any (the officer asked for the page). */
  allowRequest?: (url: URL) => boolean;
  /** Told about every request allowRequest refused. */
  onRefused?: (url: string) => void;
  /** Extra Chromium flags (tests: none needed). */
  args?: string[];
}

/** Where Chromium or Chrome usually is, per platform (Debian, Ubuntu snap, Fedora, macOS, Windows). */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/** CHROMIUM_PATH when it exists, else the first usual path that exists, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return chromiumCandidates(platform, env).find(exists) ?? null;
}

export function chromiumCaptureHost(opts: ChromiumCaptureOptions = {}): CaptureHost {
  let browser: Promise<Browser> | null = null;
  const executable = () => opts.executablePath ?? findChromium();

  const launch = async (): Promise<Browser> => {
    const executablePath = executable();
    if (!executablePath) throw new Error('no browser');
    // Loaded on the first capture only: commands that never capture never load Playwright.
    const { chromium } = await import('playwright-core');
    return chromium.launch({
      executablePath,
      headless: true,
      // Chromium's sandbox isolates the captured (possibly hostile) page; it cannot start as root.
      chromiumSandbox: process.getuid?.() !== 0,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-breakpad', '--disable-domain-reliability', ...(opts.args ?? [])],
    });
  };

  return {
    driver: 'chromium',
    availability: async (): Promise<CaptureAvailability> => (executable() ? { available: true, reason: null } : { available: false, reason: 'no-browser' }),
    openPage: async (): Promise<CapturePage> => {
      browser ??= launch();
      const b = await browser.catch((err: unknown) => {
        browser = null;
        throw err;
      });
      const context = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: false, serviceWorkers: 'block', locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', permissions: [] });
      if (opts.allowRequest) {
        const allow = opts.allowRequest;
        await context.route('**/*', async (route) => {
          const url = route.request().url();
          let ok: boolean;
          try {
            ok = url.startsWith('data:') || url.startsWith('blob:') || allow(new URL(url));
          } catch {
            ok = false;
          }
          if (ok) return route.continue();
          opts.onRefused?.(url);
          return route.abort('blockedbyclient');
        });
      }
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      return {
        cdp: {
          send: (method, params) => (session.send as (m: string, p?: object) => Promise<unknown>)(method, params),
          on: (event, listener) => {
            const l = listener as (p: unknown) => void;
            (session.on as (e: string, f: (p: unknown) => void) => void)(event, l);
            return () => (session.off as (e: string, f: (p: unknown) => void) => void)(event, l);
          },
        },
        close: () => context.close(),
      };
    },
    close: async () => {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
