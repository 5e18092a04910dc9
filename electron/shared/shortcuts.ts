/**
 * Every keyboard shortcut, written down once: the desktop menu takes its
 * accelerators from here, the page's key handlers match key events against
 * it, and a help sheet can list it. Pure data plus two lookups, so main and
 * the renderer share it.
 */

export type ShortcutAction =
  | 'highlight'
  | 'highlight-with-note'
  | 'delete'
  | 'escape'
  | 'undo'
  | 'redo'
  | 'export-annotations'
  | 'open-file'
  | 'save-note'
  | 'grade'
  | 'tag'
  | 'search-annotations';

export interface Shortcut {
  action: ShortcutAction;
  /** What it does, in the words of a menu or a help sheet. */
  label: string;
  /** `KeyboardEvent.key`, lower case for letters. */
  key: string;
  /** Held with Ctrl on Windows and Linux, Cmd on macOS. */
  command?: boolean;
  /** true: Shift must be held; false: it must not; absent: either. */
  shift?: boolean;
  /** Only on macOS, or only elsewhere. */
  platform?: 'mac' | 'other';
}

/** In the order a help sheet lists them; for an action with several, the menu shows the first. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'highlight', label: 'Highlight the selection', key: 'h', shift: false },
  { action: 'highlight-with-note', label: 'Highlight the selection and add a note', key: 'n', shift: false },
  { action: 'delete', label: 'Delete the active highlight', key: 'Delete' },
  { action: 'delete', label: 'Delete the active highlight', key: 'Backspace' },
  { action: 'escape', label: 'Close the note editor; let go of the active highlight and the selection', key: 'Escape' },
  { action: 'undo', label: 'Undo', key: 'z', command: true, shift: false },
  // Windows' own redo first, so the menu shows it there.
  { action: 'redo', label: 'Redo', key: 'y', command: true, platform: 'other' },
  { action: 'redo', label: 'Redo', key: 'z', command: true, shift: true },
  { action: 'export-annotations', label: 'Export annotations', key: 'e', command: true, shift: false },
  { action: 'open-file', label: 'Open a document', key: 'o', command: true, shift: false },
  { action: 'save-note', label: 'Save the note being written', key: 'Enter', command: true },
  {
    action: 'grade',
    label: 'Grade the active highlight (source A–F, information 1–6, e.g. B2)',
    key: 'g',
    shift: false,
  },
  { action: 'tag', label: 'Tag the active highlight, or highlight the selection and tag it', key: 't', shift: false },
  {
    action: 'search-annotations',
    label: 'Search every note in the library',
    key: 'f',
    command: true,
    shift: true,
  },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function onPlatform(shortcut: Shortcut, isMac: boolean): boolean {
  return shortcut.platform === undefined || (shortcut.platform === 'mac') === isMac;
}

/** The action a key event asks for, or null. Letters with other modifiers (Alt, or Ctrl on macOS) stay the page's. */
export function shortcutFor(event: KeyLike, isMac: boolean): ShortcutAction | null {
  const command = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.altKey) return null;
  if (!command && (event.ctrlKey || event.metaKey)) return null;
  const match = SHORTCUTS.find(
    (s) =>
      s.key === key &&
      (s.command ?? false) === command &&
      (s.shift === undefined || s.shift === event.shiftKey) &&
      onPlatform(s, isMac),
  );
  return match?.action ?? null;
}

/** The Electron menu accelerator of an action's first shortcut on this platform ("CmdOrCtrl+Shift+Z"). */
export function acceleratorFor(action: ShortcutAction, isMac: boolean): string {
  const shortcut = SHORTCUTS.find((s) => s.action === action && onPlatform(s, isMac));
  if (!shortcut) throw new Error(`no shortcut for ${action}`);
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.command ? 'CmdOrCtrl' : null, shortcut.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}
