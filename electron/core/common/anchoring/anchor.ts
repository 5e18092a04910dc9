/**
 * Re-anchoring: where does each stored annotation belong in the current text?
 *
 * Strategies are tried from cheapest and most certain to most expensive:
 *
 * 1. The stored position, accepted only if it still holds the exact quote —
 *    a position hit with different text means the document changed under it.
 * 2. The quote verbatim. Repeats are told apart by how well their prefix and
 *    suffix agree with the stored context, then by distance to the expected
 *    position.
 * 3. Approximate matching (`match-quote.ts`), accepted above
 *    {@link FUZZY_CONFIDENCE_THRESHOLD}, its ends then fitted to the stored
 *    context and to whole words (`fit-match.ts`).
 * 4. Otherwise the annotation is an orphan: kept, but not shown in the text.
 */
import { fitMatch } from './fit-match.ts';
import { matchQuote, prefixScore, suffixScore, DEFAULT_WINDOW_RADIUS } from './match-quote.ts';
import { TextIndex } from './text-index.ts';
import type { Anchor, TextQuoteSelector, TextTarget } from '../../../shared/anchor-types.ts';

/**
 * Minimum confidence for a fuzzy match.
 *
 * Confidence weighs the quote 50, prefix 20, suffix 20 and position 2, with
 * context counted beyond chance (see `match-quote.ts`). Measured on random
 * edits of news-like prose (anchor.property.test.ts generators, 4,000 cases):
 * a look-alike — the quote with 1–3 characters changed, in unrelated
 * surroundings — peaked at 0.63, so 0.7 leaves a margin; and 0.7 still
 * re-anchors ~94% of damaged passages that keep ≥ 90% of the quote and ~84% of
 * those that keep ≥ 70% (the misses had their context rewritten as well).
 * Lower values start anchoring look-alikes; higher ones orphan passages a
 * reader would still recognise.
 */
export const FUZZY_CONFIDENCE_THRESHOLD = 0.7;

export interface AnchorOptions {
  /**
   * Expected start of the quote in the current text. Defaults to the stored
   * position; `anchorAll` passes the stored position corrected for the drift
   * of the annotations before it.
   */
  hint?: number;
  /** Index of `text` shared by a batch of lookups; `anchorAll` passes one. */
  index?: TextIndex;
}

export interface AnchorSummary {
  exact: number;
  fuzzy: number;
  orphan: number;
}

const ORPHAN: Anchor = { status: 'orphan', start: null, end: null, confidence: 0 };

function exactAnchor(start: number, length: number): Anchor {
  return { status: 'exact', start, end: start + length, confidence: 1 };
}

/** Agreement in [0, 1] of the text around `[start, end)` with the stored context. */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const { prefix, suffix } = quote;
  // Cheap check first: an intact context is the common case.
  const prefixIntact = prefix.length > 0 ? text.startsWith(prefix, start - prefix.length) : start === 0;
  const suffixIntact = suffix.length > 0 ? text.startsWith(suffix, end) : end === text.length;
  if (prefixIntact && suffixIntact) return 1;
  return (prefixScore(text, start, prefix) + suffixScore(text, end, suffix)) / 2;
}

/**
 * Best of the verbatim occurrences at `starts`, ranked by context agreement,
 * then by distance to `hint`.
 */
function bestOccurrence(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  starts: Iterable<number>,
): { start: number; score: number } | null {
  let top: { start: number; score: number; distance: number } | null = null;
  for (const start of starts) {
    const score = contextScore(text, start, start + quote.exact.length, quote);
    const distance = Math.abs(start - hint);
    if (top === null || score > top.score || (score === top.score && distance < top.distance)) {
      top = { start, score, distance };
    }
  }
  return top;
}

/**
 * Find the quote verbatim. The window around the hint is searched first: an
 * occurrence there with a fully intact context cannot be beaten by one
 * outside, which would be at best equal on context and farther away.
 */
function findVerbatim(index: TextIndex, quote: TextQuoteSelector, hint: number): number | null {
  const { text } = index;
  const from = Math.max(0, hint - DEFAULT_WINDOW_RADIUS);
  const to = Math.min(text.length, hint + quote.exact.length + DEFAULT_WINDOW_RADIUS);
  const near = bestOccurrence(text, quote, hint, occurrencesIn(text, quote.exact, from, to));
  if (near && near.score === 1) return near.start;
  if (from === 0 && to === text.length) return near?.start ?? null;
  return bestOccurrence(text, quote, hint, index.occurrences(quote.exact))?.start ?? null;
}

/** Occurrences of `needle` within the window `[from, to)` of `text`, by scanning it. */
function* occurrencesIn(text: string, needle: string, from: number, to: number): Generator<number> {
  const part = text.slice(from, to);
  for (let at = part.indexOf(needle); at !== -1; at = part.indexOf(needle, at + 1)) yield from + at;
}

function isRangeIn(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/**
 * Anchor one target in `text`.
 *
 * @param text - Current document text.
 * @param target - Stored selectors; the quote is the source of truth.
 * @param options - Optional expected position (see {@link AnchorOptions.hint}).
 */
export function anchorTarget(text: string, target: TextTarget, options: AnchorOptions = {}): Anchor {
  const { exact, prefix, suffix } = target.quote;
  if (exact.length === 0) return ORPHAN;

  const { start, end } = target.position;
  if (isRangeIn(text, start, end) && text.slice(start, end) === exact) {
    return exactAnchor(start, exact.length);
  }

  const expected = options.hint ?? start;
  const hint = Number.isFinite(expected) ? Math.min(text.length, Math.max(0, Math.round(expected))) : 0;

  const index = options.index?.text === text ? options.index : new TextIndex(text);
  const verbatim = findVerbatim(index, target.quote, hint);
  if (verbatim !== null) return exactAnchor(verbatim, exact.length);

  const match = matchQuote(text, exact, { prefix, suffix, hint }, { acceptNearby: FUZZY_CONFIDENCE_THRESHOLD, index });
  if (match && match.confidence >= FUZZY_CONFIDENCE_THRESHOLD) {
    const fitted = fitMatch(text, match.start, match.end, target.quote);
    return { status: 'fuzzy', start: fitted.start, end: fitted.end, confidence: match.confidence };
  }
  return ORPHAN;
}

/** Stored start, or 0 when the stored position is unusable. */
function storedStart(target: TextTarget): number {
  const { start } = target.position;
  return Number.isFinite(start) ? start : 0;
}

/**
 * Anchor many targets in one text; the result is in the order of `targets`.
 *
 * Targets are visited in stored-position order, and each one's hint is its
 * stored start shifted by how far the previous anchored target moved. An edit
 * shifts everything after it by the same amount, so this turns "everything
 * after the first edit moved" into window hits instead of full-text scans.
 * The searches that remain share one {@link TextIndex} of the text.
 */
export function anchorAll(text: string, targets: readonly TextTarget[]): Anchor[] {
  const order = targets
    .map((target, index) => ({ target, index }))
    .sort((a, b) => storedStart(a.target) - storedStart(b.target));
  const anchors = new Array<Anchor>(targets.length);
  const textIndex = new TextIndex(text);
  let drift = 0;
  for (const { target, index } of order) {
    const anchor = anchorTarget(text, target, { hint: storedStart(target) + drift, index: textIndex });
    if (anchor.status !== 'orphan') drift = anchor.start - storedStart(target);
    anchors[index] = anchor;
  }
  return anchors;
}

/** Count anchors by status, e.g. for "3 highlights could not be placed". */
export function summarizeAnchors(anchors: readonly Anchor[]): AnchorSummary {
  const summary: AnchorSummary = { exact: 0, fuzzy: 0, orphan: 0 };
  for (const anchor of anchors) summary[anchor.status] += 1;
  return summary;
}
