import { describe, expect, it } from 'vitest';
import {
  acceleratorFor,
  CONTEXT_TITLES,
  keyLabels,
  sheetSections,
  SHORTCUTS,
  shortcutFor,
  shortcutsOn,
  type KeyLike,
  type ShortcutContext,
} from './shortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const READING: ShortcutContext[] = ['anywhere', 'reading'];

describe('shortcutFor', () => {
  it('maps the reading keys', () => {
    expect(shortcutFor(key('h'), false, READING)).toBe('highlight');
    expect(shortcutFor(key('n'), false, READING)).toBe('highlight-with-note');
    expect(shortcutFor(key('s'), false, READING)).toBe('select-sentence');
    expect(shortcutFor(key('p'), false, READING)).toBe('select-paragraph');
    expect(shortcutFor(key('j'), false, READING)).toBe('next-highlight');
    expect(shortcutFor(key('k'), true, READING)).toBe('previous-highlight');
    expect(shortcutFor(key('Enter'), false, READING)).toBe('open-card');
    expect(shortcutFor(key('g'), false, READING)).toBe('grade');
    expect(shortcutFor(key('G', { shiftKey: true }), false, READING)).toBeNull();
    expect(shortcutFor(key('Delete'), false, READING)).toBe('delete');
    expect(shortcutFor(key('Backspace', { shiftKey: true }), false, READING)).toBe('delete');
    expect(shortcutFor(key('Escape'), true, READING)).toBe('escape');
    expect(shortcutFor(key('F7'), false, READING)).toBe('toggle-caret-browsing');
    expect(shortcutFor(key('?', { shiftKey: true }), false, READING)).toBe('show-shortcuts');
    expect(shortcutFor(key('['), false, READING)).toBe('toggle-entities-panel');
    expect(shortcutFor(key(']'), false, READING)).toBe('toggle-annotations-panel');
    expect(shortcutFor(key('\\'), false, READING)).toBe('toggle-focus-mode');
    expect(shortcutFor(key('t'), false, READING)).toBe('tag');
  });

  it('uses Ctrl on Windows/Linux and Cmd on macOS', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), false, READING)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false, READING)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false, READING)).toBe('redo');
    expect(shortcutFor(key('z', { metaKey: true }), true, READING)).toBe('undo');
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }), true, READING)).toBe('redo');
    expect(shortcutFor(key('z', { ctrlKey: true }), true, READING)).toBeNull();
    expect(shortcutFor(key('y', { metaKey: true }), true, READING)).toBeNull();
    expect(shortcutFor(key('e', { ctrlKey: true }), false, READING)).toBe('export-annotations');
    expect(shortcutFor(key('o', { metaKey: true }), true, 'anywhere')).toBe('open-file');
    expect(shortcutFor(key('Enter', { metaKey: true }), true, 'note')).toBe('save-note');
    expect(shortcutFor(key('F', { ctrlKey: true, shiftKey: true }), false, 'anywhere')).toBe('search-annotations');
    expect(shortcutFor(key('F', { metaKey: true, shiftKey: true }), true, 'anywhere')).toBe('search-annotations');
    expect(shortcutFor(key('f', { ctrlKey: true }), false, 'anywhere')).toBeNull(); // the browser's own find
  });

  it('leaves modified letters alone', () => {
    expect(shortcutFor(key('h', { ctrlKey: true }), false, READING)).toBeNull();
    expect(shortcutFor(key('n', { altKey: true }), false, READING)).toBeNull();
    expect(shortcutFor(key('H', { shiftKey: true }), false, READING)).toBeNull();
    expect(shortcutFor(key('o', { ctrlKey: true, shiftKey: true }), false, READING)).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }), false, READING)).toBeNull();
    expect(shortcutFor(key('h', { metaKey: true }), false, READING)).toBeNull(); // the Windows key
  });

  it('answers only for the contexts asked about: one key, a meaning per place', () => {
    expect(shortcutFor(key('ArrowDown'), false, 'caret')).toBe('caret-line-down');
    expect(shortcutFor(key('ArrowDown'), false, 'list')).toBe('next-item');
    expect(shortcutFor(key('ArrowDown'), false, READING)).toBeNull();
    expect(shortcutFor(key('h'), false, 'note')).toBeNull();
    expect(shortcutFor(key('Escape'), false, 'note')).toBe('escape');
  });

  it('moves the caret with each platform’s own keys, Shift or not', () => {
    for (const shiftKey of [false, true]) {
      expect(shortcutFor(key('ArrowRight', { ctrlKey: true, shiftKey }), false, 'caret')).toBe('caret-word-forward');
      expect(shortcutFor(key('ArrowRight', { altKey: true, shiftKey }), true, 'caret')).toBe('caret-word-forward');
      expect(shortcutFor(key('ArrowLeft', { altKey: true, shiftKey }), false, 'caret')).toBe('caret-sentence-backward');
      expect(shortcutFor(key('ArrowLeft', { altKey: true, ctrlKey: true, shiftKey }), true, 'caret')).toBe(
        'caret-sentence-backward',
      );
      expect(shortcutFor(key('ArrowDown', { ctrlKey: true, shiftKey }), false, 'caret')).toBe(
        'caret-paragraph-forward',
      );
      expect(shortcutFor(key('ArrowDown', { altKey: true, shiftKey }), true, 'caret')).toBe('caret-paragraph-forward');
      expect(shortcutFor(key('End', { ctrlKey: true, shiftKey }), false, 'caret')).toBe('caret-article-end');
      expect(shortcutFor(key('ArrowUp', { metaKey: true, shiftKey }), true, 'caret')).toBe('caret-article-start');
      expect(shortcutFor(key('ArrowLeft', { shiftKey }), true, 'caret')).toBe('caret-character-backward');
    }
    // macOS: Ctrl+arrows belong to the system (Spaces), not the caret.
    expect(shortcutFor(key('ArrowRight', { ctrlKey: true }), true, 'caret')).toBeNull();
  });
});

describe('the table', () => {
  it('gives every key one meaning per context and platform', () => {
    for (const isMac of [false, true]) {
      const seen = new Set<string>();
      for (const s of shortcutsOn(isMac)) {
        const id = [s.context, s.key, s.command, s.alt, s.control, s.shift].join('|');
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('files every shortcut under a titled section', () => {
    for (const s of SHORTCUTS) expect(CONTEXT_TITLES[s.context]).toBeTruthy();
  });
});

describe('acceleratorFor', () => {
  it("gives the menu each platform's first shortcut", () => {
    expect(acceleratorFor('undo', false)).toBe('CmdOrCtrl+Z');
    expect(acceleratorFor('redo', false)).toBe('CmdOrCtrl+Y');
    expect(acceleratorFor('redo', true)).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorFor('export-annotations', true)).toBe('CmdOrCtrl+E');
    expect(acceleratorFor('toggle-caret-browsing', false)).toBe('F7');
    expect(acceleratorFor('toggle-entities-panel', false)).toBe('[');
    expect(acceleratorFor('search-annotations', false)).toBe('CmdOrCtrl+Shift+F');
  });
  it('has a shortcut for every action on both platforms', () => {
    for (const { action } of SHORTCUTS) {
      for (const isMac of [false, true]) expect(acceleratorFor(action, isMac)).toMatch(/\S$/);
    }
  });
});

describe('keyLabels', () => {
  it("names the keys as each platform's keyboards print them", () => {
    const redo = SHORTCUTS.find((s) => s.action === 'redo' && s.shift)!;
    expect(keyLabels(redo, false)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(keyLabels(redo, true)).toEqual(['⇧', '⌘', 'Z']);
    const sentence = shortcutsOn(true).find((s) => s.action === 'caret-sentence-forward')!;
    expect(keyLabels(sentence, true)).toEqual(['⌃', '⌥', '→']);
    expect(
      keyLabels(
        SHORTCUTS.find((s) => s.action === 'escape')!,
        false,
      ),
    ).toEqual(['Esc']);
  });
});

describe('sheetSections', () => {
  it('lists every shortcut of the platform once, one row per label, in its section', () => {
    for (const isMac of [false, true]) {
      const sections = sheetSections(isMac);
      expect(sections.map((s) => s.title)).toEqual(Object.values(CONTEXT_TITLES));
      const listed = sections.flatMap((s) => s.rows.flatMap((r) => r.keys)).length;
      expect(listed).toBe(shortcutsOn(isMac).length);
    }
    const caret = sheetSections(false).find((s) => s.title.startsWith('Caret'))!;
    expect(caret.rows.find((r) => r.label === 'Word')!.keys).toEqual([
      ['Ctrl', '←'],
      ['Ctrl', '→'],
    ]);
  });
});
