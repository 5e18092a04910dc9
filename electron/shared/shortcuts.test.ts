import { describe, expect, it } from 'vitest';
import { acceleratorFor, SHORTCUTS, shortcutFor, type KeyLike } from './shortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps the reading keys', () => {
    expect(shortcutFor(key('h'), false)).toBe('highlight');
    expect(shortcutFor(key('n'), false)).toBe('highlight-with-note');
    expect(shortcutFor(key('Delete'), false)).toBe('delete');
    expect(shortcutFor(key('Backspace', { shiftKey: true }), false)).toBe('delete');
    expect(shortcutFor(key('Escape'), true)).toBe('escape');
    expect(shortcutFor(key('t'), false)).toBe('tag');
  });
  it('uses Ctrl on Windows/Linux and Cmd on macOS', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('z', { metaKey: true }), true)).toBe('undo');
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutFor(key('y', { metaKey: true }), true)).toBeNull();
    expect(shortcutFor(key('e', { ctrlKey: true }), false)).toBe('export-annotations');
    expect(shortcutFor(key('o', { metaKey: true }), true)).toBe('open-file');
    expect(shortcutFor(key('F', { ctrlKey: true, shiftKey: true }), false)).toBe('search-annotations');
    expect(shortcutFor(key('F', { metaKey: true, shiftKey: true }), true)).toBe('search-annotations');
    expect(shortcutFor(key('f', { ctrlKey: true }), false)).toBeNull(); // the browser's own find
  });
  it('leaves modified letters alone', () => {
    expect(shortcutFor(key('h', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key('n', { altKey: true }), false)).toBeNull();
    expect(shortcutFor(key('H', { shiftKey: true }), false)).toBeNull();
    expect(shortcutFor(key('o', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});

describe('acceleratorFor', () => {
  it("gives the menu each platform's first shortcut", () => {
    expect(acceleratorFor('undo', false)).toBe('CmdOrCtrl+Z');
    expect(acceleratorFor('redo', false)).toBe('CmdOrCtrl+Y');
    expect(acceleratorFor('redo', true)).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorFor('export-annotations', true)).toBe('CmdOrCtrl+E');
    expect(acceleratorFor('search-annotations', false)).toBe('CmdOrCtrl+Shift+F');
  });
  it('has a shortcut for every action on both platforms', () => {
    for (const { action } of SHORTCUTS) {
      for (const isMac of [false, true]) expect(acceleratorFor(action, isMac)).toMatch(/\w$/);
    }
  });
});
