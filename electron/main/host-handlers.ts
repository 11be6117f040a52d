/**
 * The contract channels the shell answers itself (shared/contract.ts HOST_CHANNELS): native
 * folder, save and open dialogs, "show in folder", and the confirmed external-link path.
 * Invariants: every path a dialog returns is granted for its purpose, and only granted paths
 * reach a handler (core/dispatch.ts), so a compromised page cannot name a file of its own
 * choosing; the page never opens a URL itself.
 */
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/app-types';
import { AppError } from '../../shared/errors';
import type { PathGrants } from '../core/files/path-grants';
import type { HostHandlers } from '../core/handler-types';
import type { OpenLinkConfirmed } from './external-links';
import { shellText } from './shell-messages';

export interface HostHandlerDeps {
  getWindow: () => BrowserWindow | null;
  /** Every path a dialog answers is granted here, for its purpose (core/files/path-grants.ts). */
  grants: PathGrants;
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
      return { path: path && deps.grants.grant(path, 'folder'), supported: true };
    },
    'host:open-external': async ({ url }) => ({ opened: await deps.openLink(url) }),
    'host:choose-save-path': async ({ defaultName }) => {
      const options: SaveDialogOptions = { title: shellText(deps.getLanguage())('saveDossierTitle'), defaultPath: defaultName, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const win = deps.getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      // The dialog itself asked before replacing an existing file (showOverwriteConfirmation).
      const path = result.canceled ? null : (result.filePath ?? null);
      return { path: path && deps.grants.grant(path, 'write'), supported: true };
    },
    'host:choose-file': async ({ extensions }) => {
      const options: OpenDialogOptions = { title: shellText(deps.getLanguage())('chooseFileTitle'), properties: ['openFile'], filters: extensions.length ? [{ name: extensions.join(', '), extensions }] : [] };
      const win = deps.getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? null : (result.filePaths[0] ?? null);
      return { path: path && deps.grants.grant(path, 'read'), supported: true };
    },
    // Only reveals the file in the OS file manager; it never opens the file itself.
    'host:show-in-folder': async ({ path }) => {
      shell.showItemInFolder(path);
      return { shown: true };
    },
    // The app has real dialogs; only the browser preview hands out typed paths (the contract
    // keeps this channel off IPC; this is the second lock on the same door).
    'host:grant-typed-path': async () => {
      throw new AppError('UNAUTHORIZED', 'This channel cannot be called from here.');
    },
  };
}
