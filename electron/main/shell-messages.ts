/**
 * Texts the shell shows itself: the native menu and native dialogs. The renderer has its own
 * catalogues (renderer/src/i18n); these live here because the menu and dialogs are drawn by
 * the OS before or outside the page. Invariant: every key exists in both languages (the type
 * enforces it) and Dutch is the default. Terms follow UX.md's glossary.
 */
import type { Language } from '../../shared/app-types';

export interface ShellMessages {
  menuFile: string;
  /** Locks the vault at once; the shortcut is Ctrl+L / Cmd+L. */
  menuLock: string;
  menuQuit: string;
  menuEdit: string;
  menuUndo: string;
  menuRedo: string;
  menuCut: string;
  menuCopy: string;
  menuPaste: string;
  menuSelectAll: string;
  menuView: string;
  menuReload: string;
  menuDevTools: string;
  menuHelp: string;
  menuAbout: string;
  aboutDetail: (version: string) => string;
  ok: string;
  /** Title of the native folder picker used when choosing where the vault lives. */
  chooseFolderTitle: string;
  saveDossierTitle: string;
  chooseFileTitle: string;
  /** Confirmation before a link opens in the OS browser; {host} is the site's domain. */
  externalTitle: string;
  externalMessage: (host: string) => string;
  externalOpen: string;
  externalCancel: string;
  startupFailed: string;
  /** After an unexpected error in the main process: the vault is locked and the app restarts. */
  crashed: string;
}

const nl: ShellMessages = {
  menuFile: 'Bestand',
  menuLock: 'Vergrendelen',
  menuQuit: 'Afsluiten',
  menuEdit: 'Bewerken',
  menuUndo: 'Ongedaan maken',
  menuRedo: 'Opnieuw',
  menuCut: 'Knippen',
  menuCopy: 'Kopiëren',
  menuPaste: 'Plakken',
  menuSelectAll: 'Alles selecteren',
  menuView: 'Beeld',
  menuReload: 'Opnieuw laden',
  menuDevTools: 'Ontwikkelhulpmiddelen',
  menuHelp: 'Help',
  menuAbout: 'Over Bewijskluis',
  aboutDetail: (version) => `Versie ${version}\nEen versleutelde bewijskluis voor scholen.`,
  ok: 'OK',
  chooseFolderTitle: 'Kies een map voor de kluis',
  saveDossierTitle: 'Dossier opslaan',
  chooseFileTitle: 'Kies een dossier om te controleren',
  externalTitle: 'Link openen',
  externalMessage: (host) => `Deze link openen in uw webbrowser?\n\nWebsite: ${host}`,
  externalOpen: 'Openen in browser',
  externalCancel: 'Annuleren',
  startupFailed: 'Bewijskluis kon niet starten. Start de app opnieuw; helpt dat niet, neem dan contact op met uw ICT-beheerder.',
  crashed: 'Er ging iets onverwachts mis. De kluis is vergrendeld en Bewijskluis start opnieuw. Wat al was opgeslagen, is bewaard; ontgrendel de kluis en ga verder.',
};

const en: ShellMessages = {
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
  aboutDetail: (version) => `Version ${version}\nAn encrypted evidence vault for schools.`,
  ok: 'OK',
  chooseFolderTitle: 'Choose a folder for the vault',
  saveDossierTitle: 'Save dossier',
  chooseFileTitle: 'Choose a dossier to verify',
  externalTitle: 'Open link',
  externalMessage: (host) => `Open this link in your web browser?\n\nWebsite: ${host}`,
  externalOpen: 'Open in browser',
  externalCancel: 'Cancel',
  startupFailed: 'Bewijskluis could not start. Start the app again; if that does not help, contact your IT administrator.',
  crashed: 'Something unexpected went wrong. The vault has been locked and Bewijskluis starts again. Everything already saved is kept; unlock the vault and carry on.',
};

export function shellMessages(language: Language): ShellMessages {
  return language === 'en' ? en : nl;
}
