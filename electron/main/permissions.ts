/**
 * Which web permissions the app's pages get: exactly one, `clipboard-sanitized-write`
 * (navigator.clipboard.writeText, used by the "copy" buttons of the takedown notice and the
 * inspection report), and only for the main frame of our own window showing the app's
 * origin. Everything else (camera, notifications, geolocation, clipboard *read*, ...) and
 * every other frame or page is denied. Pure module, unit-testable with plain objects.
 *
 * Electron security checklist #5 "Handle session permission requests from remote content":
 * https://www.electronjs.org/docs/latest/tutorial/security
 * Handlers and their details: https://www.electronjs.org/docs/latest/api/session
 * (setPermissionRequestHandler, setPermissionCheckHandler).
 */
import type { AppOrigin } from './app-origin';

export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

/** What Electron tells a handler about one request or check (both handlers map onto it). */
export interface PermissionAsk {
  readonly permission: string;
  /** The asking webContents is our main window's (false for any other, or none at all). */
  readonly fromAppWindow: boolean;
  readonly isMainFrame: boolean;
  /** The requesting frame's last URL (request handler: always; check handler: when known). */
  readonly requestingUrl?: string;
  /** Check handler only: the requesting frame's origin. */
  readonly requestingOrigin?: string;
  /** Check handler only: set when a cross-origin sub frame asks. */
  readonly embeddingOrigin?: string;
}

export function allowPermission(ask: PermissionAsk, origin: AppOrigin): boolean {
  if (ask.permission !== ALLOWED_PERMISSION) return false;
  if (!ask.fromAppWindow || !ask.isMainFrame || ask.embeddingOrigin !== undefined) return false;
  // At least one of URL and origin is present, and every one present must be the app's.
  if (ask.requestingUrl === undefined && ask.requestingOrigin === undefined) return false;
  if (ask.requestingUrl !== undefined && !origin.isAppUrl(ask.requestingUrl)) return false;
  if (ask.requestingOrigin !== undefined && !origin.isAppUrl(ask.requestingOrigin)) return false;
  return true;
}
