/**
 * Every keyboard shortcut, written down once: the desktop menu takes its
 * accelerators from here, the page's key handlers match key events against
 * it, and the shortcut sheet (`?`) lists it. Pure data plus lookups, so main
 * and the renderer share it.
 *
 * A shortcut belongs to one context: the place where its handler listens.
 * The same key can mean different things in two contexts (↓ moves the caret
 * in the article and to the next card in a panel); a handler asks only for
 * its own.
 */

export type ShortcutContext = 'anywhere' | 'reading' | 'caret' | 'list' | 'note';

export type ShortcutAction =
  | 'highlight'
  | 'highlight-with-note'
  | 'select-sentence'
  | 'select-paragraph'
  | 'next-highlight'
  | 'previous-highlight'
  | 'open-card'
  | 'delete'
  | 'escape'
  | 'toggle-caret-browsing'
  | 'caret-character-forward'
  | 'caret-character-backward'
  | 'caret-word-forward'
  | 'caret-word-backward'
  | 'caret-sentence-forward'
  | 'caret-sentence-backward'
  | 'caret-paragraph-forward'
  | 'caret-paragraph-backward'
  | 'caret-line-down'
  | 'caret-line-up'
  | 'caret-line-start'
  | 'caret-line-end'
  | 'caret-article-start'
  | 'caret-article-end'
  | 'next-item'
  | 'previous-item'
  | 'toggle-entities-panel'
  | 'toggle-annotations-panel'
  | 'toggle-focus-mode'
  | 'show-shortcuts'
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
  context: ShortcutContext;
  /** What it does, in the words of a menu or the shortcut sheet. */
  label: string;
  /** `KeyboardEvent.key`, lower case for letters. */
  key: string;
  /** Held with Ctrl on Windows and Linux, Cmd on macOS. */
  command?: boolean;
  /** Alt (Option on macOS) must be held. */
  alt?: boolean;
  /** macOS only: the Control key itself (elsewhere Ctrl is `command`). */
  control?: boolean;
  /** true: Shift must be held; false: it must not; absent: either (caret moves: Shift extends the selection). */
  shift?: boolean;
  /** Only on macOS, or only elsewhere. */
  platform?: 'mac' | 'other';
}

/** The sheet's sections, in its order. */
export const CONTEXT_TITLES: Readonly<Record<ShortcutContext, string>> = {
  reading: 'Reading',
  caret: 'Caret browsing (F7); hold Shift to select',
  list: 'Annotation and entity lists',
  note: 'Note editor',
  anywhere: 'Anywhere',
};

const caret = (action: ShortcutAction, label: string, key: string, more: Partial<Shortcut> = {}): Shortcut => ({
  action,
  context: 'caret',
  label,
  key,
  ...more,
});

/** In the order the sheet lists them; for an action with several, the menu shows the first. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'highlight', context: 'reading', label: 'Highlight the selection', key: 'h', shift: false },
  {
    action: 'highlight-with-note',
    context: 'reading',
    label: 'Highlight the selection and add a note',
    key: 'n',
    shift: false,
  },
  {
    action: 'select-sentence',
    context: 'reading',
    label: 'Select the sentence at the caret; again for the next one too',
    key: 's',
    shift: false,
  },
  {
    action: 'select-paragraph',
    context: 'reading',
    label: 'Select the paragraph at the caret; again for the next one too',
    key: 'p',
    shift: false,
  },
  { action: 'next-highlight', context: 'reading', label: 'Next highlight', key: 'j', shift: false },
  { action: 'previous-highlight', context: 'reading', label: 'Previous highlight', key: 'k', shift: false },
  { action: 'open-card', context: 'reading', label: "Open the highlight's card", key: 'Enter', shift: false },
  {
    action: 'grade',
    context: 'reading',
    label: 'Grade the active highlight (source A–F, information 1–6, e.g. B2)',
    key: 'g',
    shift: false,
  },
  {
    action: 'tag',
    context: 'reading',
    label: 'Tag the active highlight, or highlight the selection and tag it',
    key: 't',
    shift: false,
  },
  { action: 'delete', context: 'reading', label: 'Delete the active highlight', key: 'Delete' },
  { action: 'delete', context: 'reading', label: 'Delete the active highlight', key: 'Backspace' },
  {
    action: 'escape',
    context: 'reading',
    label: 'Let go of the active highlight and the selection',
    key: 'Escape',
  },
  { action: 'toggle-caret-browsing', context: 'reading', label: 'Caret browsing on or off', key: 'F7' },

  caret('caret-character-backward', 'Character', 'ArrowLeft'),
  caret('caret-character-forward', 'Character', 'ArrowRight'),
  caret('caret-word-backward', 'Word', 'ArrowLeft', { command: true, platform: 'other' }),
  caret('caret-word-forward', 'Word', 'ArrowRight', { command: true, platform: 'other' }),
  caret('caret-word-backward', 'Word', 'ArrowLeft', { alt: true, platform: 'mac' }),
  caret('caret-word-forward', 'Word', 'ArrowRight', { alt: true, platform: 'mac' }),
  caret('caret-sentence-backward', 'Sentence', 'ArrowLeft', { alt: true, platform: 'other' }),
  caret('caret-sentence-forward', 'Sentence', 'ArrowRight', { alt: true, platform: 'other' }),
  caret('caret-sentence-backward', 'Sentence', 'ArrowLeft', { alt: true, control: true, platform: 'mac' }),
  caret('caret-sentence-forward', 'Sentence', 'ArrowRight', { alt: true, control: true, platform: 'mac' }),
  caret('caret-line-up', 'Line', 'ArrowUp'),
  caret('caret-line-down', 'Line', 'ArrowDown'),
  caret('caret-paragraph-backward', 'Paragraph', 'ArrowUp', { command: true, platform: 'other' }),
  caret('caret-paragraph-forward', 'Paragraph', 'ArrowDown', { command: true, platform: 'other' }),
  caret('caret-paragraph-backward', 'Paragraph', 'ArrowUp', { alt: true, platform: 'mac' }),
  caret('caret-paragraph-forward', 'Paragraph', 'ArrowDown', { alt: true, platform: 'mac' }),
  caret('caret-line-start', 'Start of the line', 'Home'),
  caret('caret-line-end', 'End of the line', 'End'),
  caret('caret-line-start', 'Start of the line', 'ArrowLeft', { command: true, platform: 'mac' }),
  caret('caret-line-end', 'End of the line', 'ArrowRight', { command: true, platform: 'mac' }),
  caret('caret-article-start', 'Start of the article', 'Home', { command: true, platform: 'other' }),
  caret('caret-article-end', 'End of the article', 'End', { command: true, platform: 'other' }),
  caret('caret-article-start', 'Start of the article', 'ArrowUp', { command: true, platform: 'mac' }),
  caret('caret-article-end', 'End of the article', 'ArrowDown', { command: true, platform: 'mac' }),

  { action: 'previous-item', context: 'list', label: 'Previous card or entity', key: 'ArrowUp', shift: false },
  { action: 'next-item', context: 'list', label: 'Next card or entity', key: 'ArrowDown', shift: false },
  { action: 'delete', context: 'list', label: 'Delete the focused annotation', key: 'Delete' },
  { action: 'delete', context: 'list', label: 'Delete the focused annotation', key: 'Backspace' },
  { action: 'escape', context: 'list', label: 'Back to the article', key: 'Escape' },

  { action: 'save-note', context: 'note', label: 'Save the note', key: 'Enter', command: true },
  { action: 'escape', context: 'note', label: 'Cancel (asks first when the note changed)', key: 'Escape' },

  { action: 'toggle-entities-panel', context: 'anywhere', label: 'Entities panel', key: '[' },
  { action: 'toggle-annotations-panel', context: 'anywhere', label: 'Annotations panel', key: ']' },
  { action: 'toggle-focus-mode', context: 'anywhere', label: 'Focus mode: the article alone', key: '\\' },
  { action: 'show-shortcuts', context: 'anywhere', label: 'Keyboard shortcuts', key: '?' },
  { action: 'undo', context: 'anywhere', label: 'Undo', key: 'z', command: true, shift: false },
  // Windows' own redo first, so the menu shows it there.
  { action: 'redo', context: 'anywhere', label: 'Redo', key: 'y', command: true, platform: 'other' },
  { action: 'redo', context: 'anywhere', label: 'Redo', key: 'z', command: true, shift: true },
  {
    action: 'export-annotations',
    context: 'anywhere',
    label: "Export annotations (in the library: the focused document's)",
    key: 'e',
    command: true,
    shift: false,
  },
  { action: 'open-file', context: 'anywhere', label: 'Open a document', key: 'o', command: true, shift: false },
  {
    action: 'search-annotations',
    context: 'anywhere',
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

/** The shortcuts that apply on this platform. */
export function shortcutsOn(isMac: boolean): Shortcut[] {
  return SHORTCUTS.filter((s) => onPlatform(s, isMac));
}

/**
 * The action a key event asks for in `contexts`, or null. Modifiers must
 * match exactly, so Alt+letter and the Windows key stay the system's.
 */
export function shortcutFor(
  event: KeyLike,
  isMac: boolean,
  contexts: ShortcutContext | readonly ShortcutContext[],
): ShortcutAction | null {
  const wanted = typeof contexts === 'string' ? [contexts] : contexts;
  const command = isMac ? event.metaKey : event.ctrlKey;
  const control = isMac && event.ctrlKey;
  if (!isMac && event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const match = SHORTCUTS.find(
    (s) =>
      s.key === key &&
      wanted.includes(s.context) &&
      (s.command ?? false) === command &&
      (s.alt ?? false) === event.altKey &&
      (s.control ?? false) === control &&
      (s.shift === undefined || s.shift === event.shiftKey) &&
      onPlatform(s, isMac),
  );
  return match?.action ?? null;
}

/** True for letters and other keys that type a character: shortcuts of their own only outside text fields. */
export function isBareKey(shortcut: Shortcut): boolean {
  return !shortcut.command && !shortcut.alt && !shortcut.control && shortcut.key.length === 1;
}

/** The Electron menu accelerator of an action's first shortcut on this platform ("CmdOrCtrl+Shift+Z"). */
export function acceleratorFor(action: ShortcutAction, isMac: boolean): string {
  const shortcut = SHORTCUTS.find((s) => s.action === action && onPlatform(s, isMac));
  if (!shortcut) throw new Error(`no shortcut for ${action}`);
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [
    shortcut.command ? 'CmdOrCtrl' : null,
    shortcut.control ? 'Ctrl' : null,
    shortcut.alt ? 'Alt' : null,
    shortcut.shift ? 'Shift' : null,
    key,
  ]
    .filter(Boolean)
    .join('+');
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  ' ': 'Space',
};

/** The keys to press, as the sheet shows them: ["Ctrl", "Shift", "Z"] or ["⌘", "⇧", "Z"]. */
export function keyLabels(shortcut: Shortcut, isMac: boolean): string[] {
  const key = KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  const parts = isMac
    ? [shortcut.control && '⌃', shortcut.alt && '⌥', shortcut.shift && '⇧', shortcut.command && '⌘']
    : [shortcut.command && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift'];
  return [...parts.filter((part): part is string => typeof part === 'string'), key];
}

export interface SheetSection {
  title: string;
  /** One row per label; the keys of each shortcut with that label, e.g. [["Ctrl", "←"], ["Ctrl", "→"]]. */
  rows: Array<{ label: string; keys: string[][] }>;
}

/** The shortcut sheet's content on this platform: a section per context, in CONTEXT_TITLES order. */
export function sheetSections(isMac: boolean): SheetSection[] {
  return (Object.keys(CONTEXT_TITLES) as ShortcutContext[]).map((context) => {
    const rows: SheetSection['rows'] = [];
    for (const shortcut of shortcutsOn(isMac).filter((s) => s.context === context)) {
      let row = rows.find((r) => r.label === shortcut.label);
      if (!row) rows.push((row = { label: shortcut.label, keys: [] }));
      row.keys.push(keyLabels(shortcut, isMac));
    }
    return { title: CONTEXT_TITLES[context], rows };
  });
}
