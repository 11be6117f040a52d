/**
 * Texts the shell shows itself — the native menu and native dialogs — Dutch: the default and
 * the source of the keys (English in shell-messages-en.ts), in the app's one catalogue format
 * (shared/catalogue.ts). They live here, not in the renderer's catalogues, because the menu
 * and dialogs are drawn by the OS before or outside the page. Terms follow docs/ux.md "Glossary".
 */
import type { Catalogue } from '../../shared/catalogue';

export const shellNl = {
  menuFile: 'Bestand',
  // Locks the vault at once; the shortcut is Ctrl+L / Cmd+L.
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
  // Detail of the About box; {version} is the app version, e.g. 0.1.0.
  aboutDetail: 'Versie {version}\nEen versleutelde bewijskluis voor scholen.',
  ok: 'OK',
  // Title of the native folder picker used when choosing where the vault lives.
  chooseFolderTitle: 'Kies een map voor de kluis',
  saveDossierTitle: 'Dossier opslaan',
  chooseFileTitle: 'Kies een dossier om te controleren',
  // Confirmation before a link opens in the OS browser.
  externalTitle: 'Link openen',
  // {host} is the site's domain.
  externalMessage: 'Deze link openen in uw webbrowser?\n\nWebsite: {host}',
  externalOpen: 'Openen in browser',
  externalCancel: 'Annuleren',
  // "Openen in e-mailprogramma" (issue 19): {to} is the recipient, or mailNoRecipient.
  mailTitle: 'Bericht openen in e-mailprogramma',
  mailMessage: 'Dit bericht openen in uw e-mailprogramma? U controleert en verstuurt het daar zelf.\n\nAan: {to}',
  mailNoRecipient: 'nog niemand (vul dat in uw e-mailprogramma in)',
  mailOpen: 'Openen in e-mailprogramma',
  captureWindowTitle: 'Bewijskluis – vastleggen van het web',
  startupFailed: 'Bewijskluis kon niet starten. Start de app opnieuw; helpt dat niet, neem dan contact op met uw ICT-beheerder.',
  // After an unexpected error in the main process: the vault is locked and the app restarts.
  crashed: 'Er ging iets onverwachts mis. De kluis is vergrendeld en Bewijskluis start opnieuw. Wat al was opgeslagen, is bewaard; ontgrendel de kluis en ga verder.',
} as const satisfies Catalogue;
