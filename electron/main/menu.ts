/**
 * The application menu.
 *
 * Undo and Redo undo *annotation* changes (a highlight made, a note deleted),
 * but Ctrl/Cmd+Z inside a note's text field must still undo typing. The
 * decision: the menu never does the undo itself; it sends 'undo'/'redo' to
 * the page, and the page routes it — to the browser's own text undo
 * (`document.execCommand('undo')`) when an editable element has focus, to
 * the annotation history otherwise. On Windows and Linux the accelerators are
 * shown but not registered (`registerAccelerator: false`), so the keystroke
 * reaches the page as a normal keydown: a text field does its native undo and
 * the page's own shortcut handler does the rest. On macOS key equivalents go
 * through the menu, which then sends the command as for a click.
 *
 * The View items (panels, focus mode, caret browsing) and Help ▸ Keyboard
 * Shortcuts work the same way. Their keys are single characters ("[", "?")
 * that a note being typed needs, so macOS, where a key equivalent would take
 * them from the text field, shows none for them.
 */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api-contract.ts';
import { acceleratorFor, SHORTCUTS, type ShortcutAction } from '../shared/shortcuts.ts';
import { sendMenuCommand } from './ipc.ts';

export interface MenuOptions {
  /** macOS gets the app menu and puts Quit/About there. */
  isMac: boolean;
  /** Reload and the developer tools appear only when running from source. */
  isDev: boolean;
  /** Delivers a command to the focused window's page. */
  send: (command: MenuCommand) => void;
}

export function menuTemplate({ isMac, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  /** An item that asks the page to do `command`, showing the key of the shortcut with the same name. */
  const pageCommand = (command: MenuCommand & ShortcutAction, label: string): MenuItemConstructorOptions => {
    const typed = SHORTCUTS.find((s) => s.action === command)!.key.length === 1;
    return {
      id: command,
      label,
      ...(isMac && typed ? {} : { accelerator: acceleratorFor(command, isMac), registerAccelerator: false }),
      click: () => send(command),
    };
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        id: 'export-annotations',
        label: 'Export Annotations…',
        accelerator: acceleratorFor('export-annotations', isMac),
        click: () => send('export-annotations'),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      {
        id: 'undo',
        label: 'Undo',
        accelerator: acceleratorFor('undo', isMac),
        registerAccelerator: false,
        click: () => send('undo'),
      },
      {
        id: 'redo',
        label: 'Redo',
        accelerator: acceleratorFor('redo', isMac),
        registerAccelerator: false,
        click: () => send('redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        id: 'search-annotations',
        label: 'Search All Notes…',
        accelerator: acceleratorFor('search-annotations', isMac),
        // As for Undo: the page handles the keystroke (and a text field keeps its own keys).
        registerAccelerator: false,
        click: () => send('search-annotations'),
      },
      { id: 'entity-index', label: 'People, Organizations, Places', click: () => send('entity-index') },
      { id: 'timeline', label: 'Timeline', click: () => send('timeline') },
      { type: 'separator' },
      pageCommand('toggle-entities-panel', 'Entities Panel'),
      pageCommand('toggle-annotations-panel', 'Annotations Panel'),
      pageCommand('toggle-focus-mode', 'Focus Mode'),
      pageCommand('toggle-caret-browsing', 'Caret Browsing'),
      { type: 'separator' },
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      pageCommand('show-shortcuts', 'Keyboard Shortcuts'),
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: 'About Marginalia' }]),
    ],
  };

  return [...appMenu, file, edit, view, ...(isMac ? [{ role: 'windowMenu' } as const] : []), help];
}

/**
 * Installs the menu. Commands go to the focused window, or to the only
 * window when none has focus (macOS menu bar over another app's window).
 */
export function registerMenu(options: { isDev: boolean }): void {
  const send = (command: MenuCommand) => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (window) sendMenuCommand(window, command);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isDev: options.isDev, send })),
  );
}
