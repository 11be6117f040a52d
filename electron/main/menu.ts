/**
 * The native application menu in the user's language (nl default, en).
 * Invariants: "Lock" (Ctrl+L / Cmd+L) is always present; reload and devtools exist only in
 * unpackaged builds (a reload in production would only drop unsaved form state, and devtools
 * would give anyone at the keyboard a console inside an unlocked vault).
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/app-types';
import { shellText } from './shell-messages';

export interface MenuDeps {
  language: Language;
  isDev: boolean;
  lock: () => void;
  getWindow: () => BrowserWindow | null;
}

function showAbout(deps: MenuDeps): void {
  const t = shellText(deps.language);
  const options = { type: 'info' as const, title: t('menuAbout'), message: 'Bewijskluis', detail: t('aboutDetail', { version: app.getVersion() }), buttons: [t('ok')] };
  const win = deps.getWindow();
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

export function buildMenuTemplate(deps: MenuDeps, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const t = shellText(deps.language);
  const lockItem: MenuItemConstructorOptions = { label: t('menuLock'), accelerator: 'CmdOrCtrl+L', click: () => deps.lock() };
  const aboutItem: MenuItemConstructorOptions = { label: t('menuAbout'), click: () => showAbout(deps) };
  const quitItem: MenuItemConstructorOptions = { label: t('menuQuit'), role: 'quit' };

  const first: MenuItemConstructorOptions =
    platform === 'darwin'
      ? { label: 'Bewijskluis', submenu: [aboutItem, { type: 'separator' }, lockItem, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, quitItem] }
      : { label: t('menuFile'), submenu: [lockItem, { type: 'separator' }, quitItem] };

  const edit: MenuItemConstructorOptions = {
    label: t('menuEdit'),
    submenu: [
      { label: t('menuUndo'), role: 'undo' },
      { label: t('menuRedo'), role: 'redo' },
      { type: 'separator' },
      { label: t('menuCut'), role: 'cut' },
      { label: t('menuCopy'), role: 'copy' },
      { label: t('menuPaste'), role: 'paste' },
      { label: t('menuSelectAll'), role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions[] = deps.isDev
    ? [{ label: t('menuView'), submenu: [{ label: t('menuReload'), role: 'reload' }, { label: t('menuDevTools'), role: 'toggleDevTools' }] }]
    : [];

  const help: MenuItemConstructorOptions = {
    label: t('menuHelp'),
    role: 'help',
    submenu: [aboutItem],
  };

  return [first, edit, ...view, help];
}

export function applyMenu(deps: MenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(deps)));
}
