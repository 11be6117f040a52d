/** English for shell-messages-nl.ts; typed by the Dutch source, so a missing key is a compile error. */
import type { TranslationOf } from '../../shared/catalogue';
import type { shellNl } from './shell-messages-nl';

export const shellEn: TranslationOf<typeof shellNl> = {
  menuFile: 'File',
  menuLock: 'Lock',
  menuQuit: 'Quit',
  menuEdit: 'Edit',
  menuUndo: 'Undo',
  menuRedo: 'Redo',
  menuCut: 'Cut',
  menuCopy: 'Copy',
  menuPaste: 'Paste',
  menuSelectAll: 'Select all',
  menuView: 'View',
  menuReload: 'Reload',
  menuDevTools: 'Developer tools',
  menuHelp: 'Help',
  menuAbout: 'About Bewijskluis',
  aboutDetail: 'Version {version}\nAn encrypted evidence vault for schools.',
  ok: 'OK',
  chooseFolderTitle: 'Choose a folder for the vault',
  saveDossierTitle: 'Save dossier',
  chooseFileTitle: 'Choose a dossier to verify',
  externalTitle: 'Open link',
  externalMessage: 'Open this link in your web browser?\n\nWebsite: {host}',
  externalOpen: 'Open in browser',
  externalCancel: 'Cancel',
  captureWindowTitle: 'Bewijskluis – capture from the web',
  startupFailed: 'Bewijskluis could not start. Start the app again; if that does not help, contact your IT administrator.',
  crashed: 'Something unexpected went wrong. The vault has been locked and Bewijskluis starts again. Everything already saved is kept; unlock the vault and carry on.',
};
