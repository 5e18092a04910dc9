/** Keyboard shortcuts of the reading view, as a pure mapping from a key event to an action. */
export type ShortcutAction = 'highlight' | 'highlight-with-note' | 'delete' | 'undo' | 'redo' | 'escape';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** True when the key goes to a text field, where letters and Ctrl+Z keep their usual meaning. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

export function shortcutFor(event: KeyLike, isMac: boolean): ShortcutAction | null {
  const command = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.toLowerCase();
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !isMac) return 'redo';
    return null;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (key === 'h' && !event.shiftKey) return 'highlight';
  if (key === 'n' && !event.shiftKey) return 'highlight-with-note';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  if (event.key === 'Escape') return 'escape';
  return null;
}
