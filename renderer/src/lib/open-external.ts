/**
 * Opening a link outside the app: an https page, or a mailto: message (issue 19). Both follow
 * the one rule of shared/external-url.ts, here as in the shell, so the browser preview opens
 * nothing the desktop app would refuse. In the desktop app the shell asks the user first
 * (host:open-external, electron/main/external-links.ts) and `opened: false` is the user's
 * answer ("Cancel") or a refused URL: final. Retrying with window.open would only show the
 * same question again, because Electron hands window.open to that same confirmation
 * (electron/main/harden.ts setWindowOpenHandler). Only the browser preview, which has no
 * shell and always answers `opened: false`, opens the link itself: a page in a new tab, a
 * message in the browser's mail handler.
 */
import { parseExternalUrl } from '../../../shared/external-url';

export interface OpenExternalDeps {
  /** host:open-external */
  askShell(url: string): Promise<{ opened: boolean }>;
  /** True in the Electron window (the preload's bridge), false in the browser preview. */
  desktop: boolean;
  openTab(url: string): void;
  /** The preview's mail hand-off (a mailto: navigation, which leaves the page where it is). */
  openMail?(url: string): void;
}

export async function openExternal(url: string, deps: OpenExternalDeps): Promise<{ opened: boolean }> {
  const parsed = parseExternalUrl(url);
  if (!parsed) return { opened: false };
  const res = await deps.askShell(url);
  if (!res.opened && !deps.desktop) {
    if (parsed.protocol === 'mailto:') deps.openMail?.(parsed.toString());
    else deps.openTab(url);
  }
  return res;
}
