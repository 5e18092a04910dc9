/**
 * Where the side panels are. The article always gets the room: the panels
 * narrow as the window does (CSS), and below BOTH_PANELS_FROM they start
 * put away as toggles at the window's edges. Below DRAWER_BELOW there is no
 * room beside the article at all, so a panel opens as a drawer over it.
 * Focus mode puts both away and leaves the article alone at its measure.
 *
 * Showing or hiding a panel beside the article is remembered for this
 * window (view-preferences.ts); a drawer is a moment's look and is not.
 */
import { loadViewPreferences, saveViewPreferences } from '../lib/view-preferences.ts';

export type PanelName = 'entities' | 'annotations';

/** Below this width (px) a panel opens over the article as a drawer. */
export const DRAWER_BELOW = 760;
/** From this width (px) both panels show beside the article unless the reader put them away. */
export const BOTH_PANELS_FROM = 1180;

class Panels {
  #width = $state(typeof window === 'undefined' ? BOTH_PANELS_FROM : window.innerWidth);
  #chosen = $state<Partial<Record<PanelName, boolean>>>({});
  #focusMode = $state(false);
  #drawer = $state<PanelName | null>(null);

  constructor() {
    const stored = loadViewPreferences();
    this.#chosen = { entities: stored.entities, annotations: stored.annotations };
    this.#focusMode = stored.focusMode ?? false;
  }

  /** The window's width, in CSS pixels (App keeps it current). */
  get width(): number {
    return this.#width;
  }
  set width(width: number) {
    this.#width = width;
  }

  /** True when panels can only open over the article. */
  get narrow(): boolean {
    return this.#width < DRAWER_BELOW;
  }

  get focusMode(): boolean {
    return this.#focusMode;
  }

  /** Whether `name` is shown beside the article. */
  docked(name: PanelName): boolean {
    if (this.narrow || this.#focusMode) return false;
    return this.#chosen[name] ?? this.#width >= BOTH_PANELS_FROM;
  }

  /** The panel shown over the article, if any. */
  get drawer(): PanelName | null {
    return this.#drawer && !this.docked(this.#drawer) ? this.#drawer : null;
  }

  shown(name: PanelName): boolean {
    return this.docked(name) || this.drawer === name;
  }

  /** The panel's key or edge toggle: beside the article, shown or put away (remembered); else as a drawer. */
  toggle(name: PanelName): void {
    if (this.narrow || this.#focusMode) {
      this.#drawer = this.#drawer === name ? null : name;
      return;
    }
    const docked = !this.docked(name);
    this.#chosen = { ...this.#chosen, [name]: docked };
    this.#drawer = null;
    saveViewPreferences({ [name]: docked });
  }

  /** Shows a panel for a moment (Enter on a highlight): as a drawer unless it is beside the article. */
  reveal(name: PanelName): void {
    if (!this.docked(name)) this.#drawer = name;
  }

  closeDrawer(): void {
    this.#drawer = null;
  }

  toggleFocusMode(): void {
    this.#focusMode = !this.#focusMode;
    this.#drawer = null;
    saveViewPreferences({ focusMode: this.#focusMode });
  }
}

export const panels = new Panels();
