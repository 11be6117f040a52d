/**
 * The one way a link leaves the app: https only, after a native confirmation that names the
 * host, then the OS browser. Invariants: nothing opens without the user's click on "Open";
 * the dialog is modal to our window; the URL is never logged (privacy, logger.ts).
 *
 * Electron security checklist #15 "Do not use shell.openExternal with untrusted content":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/app-types';
import { displayUrl, parseExternalUrl } from './external-url';
import { shellText } from './shell-messages';

export interface ExternalLinkDeps {
  getWindow: () => BrowserWindow | null;
  getLanguage: () => Language;
}

export type OpenLinkConfirmed = (rawUrl: string) => Promise<boolean>;

export function createExternalLinkOpener(deps: ExternalLinkDeps): OpenLinkConfirmed {
  return async (rawUrl) => {
    const url = parseExternalUrl(rawUrl);
    if (!url) return false;
    const t = shellText(deps.getLanguage());
    const options: MessageBoxOptions = {
      type: 'question',
      title: t('externalTitle'),
      message: t('externalMessage', { host: url.hostname }),
      detail: displayUrl(url),
      buttons: [t('externalOpen'), t('externalCancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const win = deps.getWindow();
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    // Re-serialised from the parsed URL, so only the validated https URL reaches the OS.
    await shell.openExternal(url.toString());
    return true;
  };
}
