// The permission decision of the Electron shell (electron/main/permissions.ts) and its wiring
// into a session (harden.ts), with plain objects for what Electron passes. Proves the
// decision and that both handlers use it; it cannot prove that Chromium asks with exactly
// these details (that is the real smoke test's part, README "Electron smoke test").
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppOrigin, parseDevServerUrl } from '../../../electron/main/app-origin';
import { hardenSession } from '../../../electron/main/harden';
import { allowPermission, type PermissionAsk } from '../../../electron/main/permissions';

const origin = createAppOrigin(null);
const copy: PermissionAsk = {
  permission: 'clipboard-sanitized-write',
  fromAppWindow: true,
  isMainFrame: true,
  requestingUrl: 'app://bewijskluis/index.html#/cases/1',
  requestingOrigin: 'app://bewijskluis',
};

describe('permission decision', () => {
  it('lets the main frame of our window write to the clipboard', () => {
    expect(allowPermission(copy, origin)).toBe(true);
    // The request handler knows only the URL, the check handler may know only the origin.
    expect(allowPermission({ ...copy, requestingOrigin: undefined }, origin)).toBe(true);
    expect(allowPermission({ ...copy, requestingUrl: undefined }, origin)).toBe(true);
  });

  it('denies every other permission, clipboard reading included', () => {
    for (const permission of ['clipboard-read', 'deprecated-sync-clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'fileSystem', 'unknown', '']) {
      expect(allowPermission({ ...copy, permission }, origin), permission).toBe(false);
    }
  });

  it('denies sub frames, other webContents and pages of other origins', () => {
    expect(allowPermission({ ...copy, isMainFrame: false }, origin)).toBe(false);
    expect(allowPermission({ ...copy, fromAppWindow: false }, origin)).toBe(false);
    expect(allowPermission({ ...copy, embeddingOrigin: 'app://bewijskluis' }, origin)).toBe(false);
    expect(allowPermission({ ...copy, requestingUrl: 'https://evil.example/' }, origin)).toBe(false);
    expect(allowPermission({ ...copy, requestingOrigin: 'https://evil.example' }, origin)).toBe(false);
    expect(allowPermission({ ...copy, requestingUrl: 'app://bewijskluis.evil/index.html', requestingOrigin: undefined }, origin)).toBe(false);
    expect(allowPermission({ ...copy, requestingUrl: 'file:///etc/passwd', requestingOrigin: undefined }, origin)).toBe(false);
    expect(allowPermission({ ...copy, requestingUrl: undefined, requestingOrigin: undefined }, origin)).toBe(false);
  });

  it('follows the dev server origin in `npm run dev`, and only that one', () => {
    const dev = createAppOrigin(parseDevServerUrl('http://localhost:5173/'));
    expect(allowPermission({ ...copy, requestingUrl: 'http://localhost:5173/#/', requestingOrigin: 'http://localhost:5173' }, dev)).toBe(true);
    expect(allowPermission({ ...copy, requestingUrl: 'http://localhost:5174/', requestingOrigin: 'http://localhost:5174' }, dev)).toBe(false);
    expect(allowPermission(copy, dev)).toBe(false);
  });
});

type RequestHandler = (contents: WebContents, permission: string, callback: (granted: boolean) => void, details: { isMainFrame: boolean; requestingUrl: string }) => void;
type CheckHandler = (contents: WebContents | null, permission: string, requestingOrigin: string, details: { isMainFrame: boolean; requestingUrl?: string; embeddingOrigin?: string }) => boolean;

function recordingSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
  };
  return { session: session as unknown as Session, handlers };
}

describe('session hardening', () => {
  const ours = { id: 1 } as unknown as WebContents;
  const other = { id: 2 } as unknown as WebContents;

  it('answers requests and checks through the one decision, for our window only', () => {
    const { session, handlers } = recordingSession();
    hardenSession(session, origin, (c) => c === ours);
    const ask = (contents: WebContents, permission: string, isMainFrame = true) => {
      let granted: boolean | undefined;
      handlers.request?.(contents, permission, (g) => (granted = g), { isMainFrame, requestingUrl: 'app://bewijskluis/index.html' });
      return granted;
    };
    expect(ask(ours, 'clipboard-sanitized-write')).toBe(true);
    expect(ask(ours, 'clipboard-sanitized-write', false)).toBe(false);
    expect(ask(other, 'clipboard-sanitized-write')).toBe(false);
    expect(ask(ours, 'notifications')).toBe(false);

    expect(handlers.check?.(ours, 'clipboard-sanitized-write', 'app://bewijskluis', { isMainFrame: true, requestingUrl: 'app://bewijskluis/index.html' })).toBe(true);
    expect(handlers.check?.(null, 'clipboard-sanitized-write', 'app://bewijskluis', { isMainFrame: true })).toBe(false);
    expect(handlers.check?.(ours, 'clipboard-sanitized-write', 'https://evil.example', { isMainFrame: true })).toBe(false);
    expect(handlers.check?.(ours, 'clipboard-read', 'app://bewijskluis', { isMainFrame: true })).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });
});
