/**
 * The two contract channels the shell answers itself (shared/contract.ts HOST_CHANNELS):
 * a native folder picker and the confirmed external-link path. Invariant: the renderer never
 * gets a file system path it did not pick in a native dialog, and never opens a URL itself.
 */
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Language } from '../../shared/domain';
import type { HostHandlers } from '../core/handler-types';
import type { OpenLinkConfirmed } from './external-links';
import { shellMessages } from './shell-messages';

export interface HostHandlerDeps {
  getWindow: () => BrowserWindow | null;
  getLanguage: () => Language;
  openLink: OpenLinkConfirmed;
}

export function createHostHandlers(deps: HostHandlerDeps): HostHandlers {
  return {
    'host:choose-folder': async () => {
      const options: OpenDialogOptions = {
        title: shellMessages(deps.getLanguage()).chooseFolderTitle,
        properties: ['openDirectory', 'createDirectory'],
      };
      const win = deps.getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? null : (result.filePaths[0] ?? null);
      return { path, supported: true };
    },
    'host:open-external': async ({ url }) => ({ opened: await deps.openLink(url) }),
  };
}
