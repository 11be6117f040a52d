/**
 * Where the app's own pages live, and the single test for "is this URL ours".
 * Invariants: in a packaged or previewed build the renderer is only ever served from
 * `app://bewijskluis/`; a dev-server URL is accepted only when not packaged and only on
 * loopback, so an environment variable can never point the window (and its preload) at a
 * remote site. Pure module: no runtime `electron` import, so it is unit-testable in Node.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'bewijskluis';

export interface AppOrigin {
  /** The URL the main window loads first. */
  readonly startUrl: string;
  /** True when `url` belongs to the app's own origin (same scheme, host and port). */
  isAppUrl(url: string): boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Accept a dev-server URL only on loopback over http(s); anything else is ignored. */
export function parseDevServerUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  const url = parse(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return loopback ? url : null;
}

export function createAppOrigin(devServer: URL | null): AppOrigin {
  if (devServer) {
    const origin = devServer.origin;
    return {
      startUrl: devServer.toString(),
      isAppUrl: (url) => parse(url)?.origin === origin,
    };
  }
  return {
    startUrl: `${APP_SCHEME}://${APP_HOST}/index.html`,
    // WHATWG URL reports origin "null" for custom schemes, so compare scheme and host instead.
    // Chromium canonicalises URLs of a registered standard scheme (lower-case host), which is
    // what frame URLs carry, so an exact comparison is enough and stays strict.
    isAppUrl: (url) => {
      const u = parse(url);
      return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
    },
  };
}

/** The URL path of an `app://bewijskluis/...` request, or null for any other scheme or host. */
export function appUrlPath(requestUrl: string): string | null {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST ? url.pathname : null;
  } catch {
    return null;
  }
}
