/** Whether the shortcut sheet (`?`) is open. */
class ShortcutSheet {
  open = $state(false);
}

export const shortcutSheet = new ShortcutSheet();
