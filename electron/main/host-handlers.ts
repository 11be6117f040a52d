/**
 * The contract channels the shell answers itself (shared/contract.ts HOST_CHANNELS): native
 * folder, save and open dialogs, "show in folder", and the confirmed external-link path. Invariant: the renderer never
 * gets a file system path it did not pick in a native dialog, and never opens a URL itself.
 */
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/app-types';
import type { HostHandlers } from '../core/handler-types';
import type { OpenLinkConfirmed } from './external-links';
import { shellText } from './shell-messages';

export interface HostHandlerDeps {
  getWindow: () => BrowserWindow | null;
  getLanguage: () => Language;
  openLink: OpenLinkConfirmed;
}

export function createHostHandlers(deps: HostHandlerDeps): HostHandlers {
  return {
    'host:choose-folder': async () => {
      const options: OpenDialogOptions = {
        title: shellText(deps.getLanguage())('chooseFolderTitle'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const win = deps.getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? null : (result.filePaths[0] ?? null);
      return { path, supported: true };
    },
    'host:open-external': async ({ url }) => ({ opened: await deps.openLink(url) }),
    'host:choose-save-path': async ({ defaultName }) => {
      const options: SaveDialogOptions = { title: shellText(deps.getLanguage())('saveDossierTitle'), defaultPath: defaultName, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const win = deps.getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return { path: result.canceled ? null : (result.filePath ?? null), supported: true };
    },
    'host:choose-file': async ({ extensions }) => {
      const options: OpenDialogOptions = { title: shellText(deps.getLanguage())('chooseFileTitle'), properties: ['openFile'], filters: extensions.length ? [{ name: extensions.join(', '), extensions }] : [] };
      const win = deps.getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null), supported: true };
    },
    // Only reveals the file in the OS file manager; it never opens the file itself.
    'host:show-in-folder': async ({ path }) => {
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
