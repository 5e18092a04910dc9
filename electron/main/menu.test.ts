// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ BrowserWindow: {}, Menu: {}, ipcMain: {}, protocol: {} }));
const { menuTemplate } = await import('./menu.ts');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as () => void)();
}

describe('menuTemplate', () => {
  for (const isMac of [false, true]) {
    describe(isMac ? 'macOS' : 'Windows/Linux', () => {
      const send = vi.fn();
      const items = flatten(menuTemplate({ isMac, isDev: false, send }));
      const byId = (id: string) => items.find((i) => i.id === id);

      it('File ▸ Export Annotations… (Cmd/Ctrl+E) sends export-annotations', () => {
        expect(byId('export-annotations')?.accelerator).toBe('CmdOrCtrl+E');
        click(byId('export-annotations'));
        expect(send).toHaveBeenLastCalledWith('export-annotations');
      });

      it('Undo/Redo send commands and leave the keystroke to the page', () => {
        click(byId('undo'));
        expect(send).toHaveBeenLastCalledWith('undo');
        click(byId('redo'));
        expect(send).toHaveBeenLastCalledWith('redo');
        expect(byId('undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
        expect(byId('redo')?.registerAccelerator).toBe(false);
      });

      it('View ▸ Search All Notes… (Cmd/Ctrl+Shift+F), the entity index and the timeline send their commands', () => {
        expect(byId('search-annotations')).toMatchObject({
          accelerator: 'CmdOrCtrl+Shift+F',
          registerAccelerator: false,
        });
        click(byId('search-annotations'));
        expect(send).toHaveBeenLastCalledWith('search-annotations');
        click(byId('entity-index'));
        expect(send).toHaveBeenLastCalledWith('entity-index');
        click(byId('timeline'));
        expect(send).toHaveBeenLastCalledWith('timeline');
      });

      it('View items and Help ▸ Keyboard Shortcuts send their commands; the page keeps the keys', () => {
        for (const command of [
          'toggle-entities-panel',
          'toggle-annotations-panel',
          'toggle-focus-mode',
          'toggle-caret-browsing',
          'show-shortcuts',
        ]) {
          click(byId(command));
          expect(send).toHaveBeenLastCalledWith(command);
          expect(byId(command)?.registerAccelerator ?? false).toBe(false);
        }
        expect(byId('toggle-caret-browsing')?.accelerator).toBe('F7');
        // A typed character would be taken from a note being written on macOS: no key equivalent there.
        expect(byId('toggle-entities-panel')?.accelerator).toBe(isMac ? undefined : '[');
        expect(byId('show-shortcuts')?.accelerator).toBe(isMac ? undefined : '?');
      });

      it('keeps the clipboard roles and a Quit', () => {
        const roles = items.map((i) => i.role);
        expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'about', 'zoomIn']));
      });

      it('has no reload or devtools outside development', () => {
        const roles = items.map((i) => i.role);
        expect(roles).not.toContain('reload');
        expect(roles).not.toContain('toggleDevTools');
      });
    });
  }

  it('offers reload and devtools in development', () => {
    const roles = flatten(menuTemplate({ isMac: false, isDev: true, send: () => {} })).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });
});
