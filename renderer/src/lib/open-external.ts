/**
 * Opening an https link outside the app. In the desktop app the shell asks the user first
 * (host:open-external, electron/main/external-links.ts) and `opened: false` is the user's
 * answer ("Cancel") or a refused URL: final. Retrying with window.open would only show the
 * same question again, because Electron hands window.open to that same confirmation
 * (electron/main/harden.ts setWindowOpenHandler). Only the browser preview, which has no
 * shell and always answers `opened: false`, opens the link in a new tab instead.
 */
export interface OpenExternalDeps {
  /** host:open-external */
  askShell(url: string): Promise<{ opened: boolean }>;
  /** True in the Electron window (the preload's bridge), false in the browser preview. */
  desktop: boolean;
  openTab(url: string): void;
}

export async function openExternal(url: string, deps: OpenExternalDeps): Promise<{ opened: boolean }> {
  const res = await deps.askShell(url);
  if (!res.opened && !deps.desktop) deps.openTab(url);
  return res;
}
