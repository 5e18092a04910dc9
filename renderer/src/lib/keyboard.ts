/** What the page needs to route key presses; the shortcuts themselves are in electron/shared/shortcuts.ts. */

/** Cmd is the command key on macOS, Ctrl elsewhere. */
export const isMac = typeof navigator !== 'undefined' && navigator.platform.toLowerCase().includes('mac');

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
