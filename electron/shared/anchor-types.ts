/**
 * Selector and anchor types, written down once.
 *
 * Offsets everywhere are UTF-16 code units into the document text — the exact
 * string the reader sees — so they agree with `String.prototype.slice` and with
 * DOM Range offsets in the renderer.
 */

/** W3C TextQuoteSelector: the quoted text plus a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The selected text, verbatim. */
  exact: string;
  /** Up to {@link CONTEXT_LENGTH} characters immediately before `exact`. */
  prefix: string;
  /** Up to {@link CONTEXT_LENGTH} characters immediately after `exact`. */
  suffix: string;
}

/** W3C TextPositionSelector: `[start, end)` in UTF-16 code units of the document text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors are stored for every annotation; the quote is the source of truth. */
export interface TextTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Characters of prefix/suffix context kept with each quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Where an annotation landed in the current text.
 * - `exact`: the stored position still holds the quote, or the quote was found verbatim.
 * - `fuzzy`: found by approximate matching; `confidence` in (0, 1].
 * - `orphan`: not found with enough confidence; `start`/`end` are null.
 */
export type Anchor =
  | { status: 'exact'; start: number; end: number; confidence: 1 }
  | { status: 'fuzzy'; start: number; end: number; confidence: number }
  | { status: 'orphan'; start: null; end: null; confidence: 0 };
