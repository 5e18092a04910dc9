/**
 * How this window is set up — which panels show, focus mode, caret
 * browsing — kept in the page's localStorage. These are view preferences,
 * not the reader's data: they stay out of the library, and losing them
 * (another profile, storage cleared) loses nothing that matters.
 */

export interface ViewPreferences {
  /** Whether each side panel is shown beside the article; absent: as the window's width suggests. */
  entities?: boolean;
  annotations?: boolean;
  focusMode?: boolean;
  caretBrowsing?: boolean;
}

const KEY = 'marginalia.view';

export function loadViewPreferences(): ViewPreferences {
  try {
    const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    const kept: ViewPreferences = {};
    for (const name of ['entities', 'annotations', 'focusMode', 'caretBrowsing'] as const) {
      const value = (stored as Record<string, unknown>)[name];
      if (typeof value === 'boolean') kept[name] = value;
    }
    return kept;
  } catch {
    return {}; // unreadable or blocked storage: the defaults
  }
}

export function saveViewPreferences(change: ViewPreferences): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ ...loadViewPreferences(), ...change }));
  } catch {
    // Storage full or blocked: the window still works, it just forgets.
  }
}
