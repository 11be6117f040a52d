/**
 * The one way a link leaves the app: https, after a native confirmation that names the host,
 * then the OS browser; or a mailto: message (issue 19), after a confirmation that names the
 * recipient and subject, then the OS mail program. Invariants: nothing opens without the user's click on "Open";
 * the dialog is modal to our window; the URL is never logged (privacy, logger.ts).
 *
 * Electron security checklist #15 "Do not use shell.openExternal with untrusted content":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/app-types';
import { displayUrl, mailtoSummary, parseExternalUrl } from './external-url';
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
    const mail = url.protocol === 'mailto:' ? mailtoSummary(url) : null;
    const options: MessageBoxOptions = {
      type: 'question',
      title: mail ? t('mailTitle') : t('externalTitle'),
      message: mail ? t('mailMessage', { to: mail.to || t('mailNoRecipient') }) : t('externalMessage', { host: url.hostname }),
      detail: mail ? mail.subject : displayUrl(url),
      buttons: [mail ? t('mailOpen') : t('externalOpen'), t('externalCancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const win = deps.getWindow();
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    // Re-serialised from the parsed URL, so only the validated URL reaches the OS.
    await shell.openExternal(url.toString());
    return true;
  };
}
