/**
 * Caret browsing, as in browsers (F7): a caret in the article that the
 * arrow keys move, Shift extending a selection from it. Off, the arrow keys
 * scroll. Remembered for this window (view-preferences.ts).
 */
import { loadViewPreferences, saveViewPreferences } from '../lib/view-preferences.ts';

class CaretBrowsing {
  #on = $state(loadViewPreferences().caretBrowsing ?? false);

  get on(): boolean {
    return this.#on;
  }

  toggle(): boolean {
    this.#on = !this.#on;
    saveViewPreferences({ caretBrowsing: this.#on });
    return this.#on;
  }
}

export const caretBrowsing = new CaretBrowsing();
