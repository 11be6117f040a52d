/**
 * Hardening applied to every session and every webContents the app ever creates.
 * Invariants: no navigation away from the app's origin; no new windows (https links are
 * handed to the confirmed external-link path instead); no <webview>; every permission
 * request and check is denied except writing to the clipboard from our own window's main
 * frame (the copy buttons; electron/main/permissions.ts): no camera, notifications, geolocation...
 *
 * Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security):
 * #5 "Handle session permission requests from remote content", #12 "Verify WebView options
 * before creation", #13 "Disable or limit navigation", #14 "Disable or limit creation of new
 * windows".
 */
import type { Session, WebContents } from 'electron';
import type { AppOrigin } from './app-origin';
import type { OpenLinkConfirmed } from './external-links';
import { parseExternalUrl } from './external-url';
import { allowPermission } from './permissions';

/** `isAppWindow(contents)`: true only for the webContents of our one main window. */
export function hardenSession(session: Session, origin: AppOrigin, isAppWindow: (contents: WebContents | null) => boolean): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowPermission({ permission, fromAppWindow: isAppWindow(contents), isMainFrame: details.isMainFrame, requestingUrl: details.requestingUrl }, origin));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    allowPermission(
      {
        permission,
        fromAppWindow: isAppWindow(contents),
        isMainFrame: details.isMainFrame,
        requestingUrl: details.requestingUrl,
        requestingOrigin,
        embeddingOrigin: details.embeddingOrigin,
      },
      origin,
    ),
  );
  session.setDevicePermissionHandler(() => false);
}

export function hardenWebContents(contents: WebContents, origin: AppOrigin, openLink: OpenLinkConfirmed): void {
  const denyForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!origin.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-redirect', (event) => denyForeign(event, event.url));

  contents.setWindowOpenHandler(({ url }) => {
    // A target=_blank https link still reaches the user, but only through the confirmation.
    if (parseExternalUrl(url)) void openLink(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}
