import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './keyboard.ts';

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
  });
  it('uses Ctrl on Windows/Linux and Cmd on macOS for undo and redo', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('z', { metaKey: true }), true)).toBe('undo');
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeNull();
  });
  it('leaves modified letters alone', () => {
    expect(shortcutFor(key('h', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key('n', { altKey: true }), false)).toBeNull();
    expect(shortcutFor(key('H', { shiftKey: true }), false)).toBeNull();
  });
});
