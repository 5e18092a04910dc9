/**
 * The reader's names for the highlight colours ("claim", "evidence",
 * "question"), kept in the library: what the toolbar's tooltips, the
 * panel's colour filter and the search say instead of "Yellow".
 */
import type { ColorNames, HighlightColor } from '../../../electron/shared/api-contract.ts';
import { call } from '../api/client.ts';
import { COLOR_NAMES } from '../lib/colors.ts';

class ColorNamesState {
  #names = $state<ColorNames>({});

  get names(): ColorNames {
    return this.#names;
  }

  /** The names the library holds (`app:start`). */
  load(names: ColorNames): void {
    this.#names = names;
  }

  /** What to call a colour: its name when it has one ("Claim"), else the colour ("Yellow"). */
  label(color: HighlightColor): string {
    return this.#names[color] || COLOR_NAMES[color];
  }

  /** "Claim (yellow)", or "Yellow" when unnamed: for tooltips, where the colour itself is worth saying. */
  describe(color: HighlightColor): string {
    const name = this.#names[color];
    return name ? `${name} (${COLOR_NAMES[color].toLowerCase()})` : COLOR_NAMES[color];
  }

  /** Names (or, with an empty name, un-names) one colour; rejects when it could not be saved. */
  async rename(color: HighlightColor, name: string): Promise<void> {
    const trimmed = name.trim();
    if ((this.#names[color] ?? '') === trimmed) return;
    const { colorNames } = await call('settings:color-names', { colorNames: { ...this.#names, [color]: trimmed } });
    this.#names = colorNames;
  }
}

export const colorNames = new ColorNamesState();
