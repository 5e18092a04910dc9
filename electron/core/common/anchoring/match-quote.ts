/**
 * Approximate quote matching: find where a quote most likely went after the
 * document text was edited.
 *
 * Candidates come from `approx-string-match` (Myers' bit-parallel edit-distance
 * search) and are ranked on how closely the quote, the text before and after
 * it, and its position agree with what was stored — the scheme of the
 * Hypothesis client's `match-quote.ts`, with these changes:
 *
 * - The search looks near the expected position first, and a nearby match
 *   that is good enough ends it. Myers costs about 30–60 ms per MB of text
 *   whatever the quote, so a plain whole-text scan per damaged or deleted
 *   quote is what would make re-anchoring a thousand annotations slow.
 * - Beyond that window, approximate search runs only around places where a
 *   piece of the quote survives verbatim (`seed-regions.ts`). A passage that
 *   moved far away is still found if it is mostly intact; one that was both
 *   moved and heavily rewritten is not.
 * - Context counts only by how far it agrees *beyond chance*. Two unrelated
 *   stretches of English prose already score ≈ 0.3–0.6 on edit-distance
 *   similarity, so Hypothesis's raw scores give a look-alike quote in
 *   unrelated surroundings most of the context weight. Rescaling makes
 *   confidence separate look-alikes from real matches (see
 *   `FUZZY_CONFIDENCE_THRESHOLD` in `anchor.ts`).
 * - An empty stored context (the quote touched the start or end of the
 *   document) is evidence only when the candidate touches the same edge;
 *   Hypothesis scores it as a perfect match anywhere.
 */
import approxSearch from 'approx-string-match';
import type { Match as StringMatch } from 'approx-string-match';
import { seedRegions } from './seed-regions.ts';
import { TextIndex } from './text-index.ts';

/** What was stored around the quote; every field is optional. */
export interface QuoteContext {
  /** Expected text just before the quote. */
  prefix?: string;
  /** Expected text just after the quote. */
  suffix?: string;
  /** Expected start offset of the quote (UTF-16 code units). */
  hint?: number;
}

export interface QuoteMatch {
  /** Start offset of the match in the text. */
  start: number;
  /** End offset (exclusive) of the match in the text. */
  end: number;
  /** Edit distance between the matched text and the quote. */
  errors: number;
  /** Weighted agreement of quote, context and position, in [0, 1]; 1 is perfect. */
  confidence: number;
}

export interface MatchOptions {
  /**
   * Accept a match found near `context.hint` without scanning the whole text
   * when its confidence reaches this value. Default 1: only a perfect nearby
   * match short-cuts the full scan.
   */
  acceptNearby?: number;
  /** Characters searched on each side of the hint before the whole text. */
  windowRadius?: number;
  /**
   * Index of `text`, shared by the lookups of a batch (see `anchorAll`);
   * without one, the text is scanned.
   */
  index?: TextIndex;
}

const QUOTE_WEIGHT = 50; // Similarity of the matched text to the quote.
const PREFIX_WEIGHT = 20; // Similarity of the text before the match to `prefix`.
const SUFFIX_WEIGHT = 20; // Similarity of the text after the match to `suffix`.
const POSITION_WEIGHT = 2; // Proximity to the expected offset. Used as a tie-breaker.
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Edit-distance similarity ({@link textSimilarity}) of a context to unrelated
 * prose of the same length: measured at 0.3–0.6 on news-like English text.
 * Context similarity up to this level is no evidence at all.
 */
const CHANCE_SIMILARITY = 0.5;

/**
 * Default search radius around the hint. Edits rarely move a passage by more
 * than a few kilobytes, and `anchorAll` corrects the hint for the drift of the
 * preceding annotations, so most damaged quotes are found in this window.
 */
export const DEFAULT_WINDOW_RADIUS = 2048;

/**
 * Upper bound on the errors allowed when searching for a quote.
 *
 * A trade-off between recall and cost: Myers' search time grows with
 * maxErrors / 32. Half the quote keeps badly damaged passages findable while
 * 256 keeps very long quotes affordable (Hypothesis uses the same bound).
 */
export function maxErrorsFor(quote: string): number {
  return Math.floor(Math.min(256, quote.length / 2));
}

/**
 * Similarity in [0, 1] of `expected` to the best-aligned part of `actual`:
 * 1 − (edit distance / `expected.length`).
 */
export function textSimilarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Evidence in [0, 1] from a context similarity: 0 at or below chance, 1 when identical. */
function contextEvidence(similarity: number): number {
  return Math.max(0, (similarity - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
}

/**
 * How well the text before `start` agrees with the stored prefix, in [0, 1],
 * beyond chance. An empty prefix agrees only with the start of the text.
 */
export function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0;
  return contextEvidence(textSimilarity(text.slice(Math.max(0, start - prefix.length), start), prefix));
}

/**
 * How well the text after `end` agrees with the stored suffix, in [0, 1],
 * beyond chance. An empty suffix agrees only with the end of the text.
 */
export function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0;
  return contextEvidence(textSimilarity(text.slice(end, end + suffix.length), suffix));
}

/** Weighted confidence in [0, 1] that `match` is where `quote` went. */
export function scoreMatch(text: string, quote: string, match: StringMatch, context: QuoteContext): number {
  const quoteScore = 1 - match.errors / quote.length;
  const before = context.prefix === undefined ? 1 : prefixScore(text, match.start, context.prefix);
  const after = context.suffix === undefined ? 1 : suffixScore(text, match.end, context.suffix);
  const position = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * before + SUFFIX_WEIGHT * after + POSITION_WEIGHT * position;
  return raw / TOTAL_WEIGHT;
}

/**
 * Lowest-error candidates for `quote` in `text.slice(from, to)`, with offsets
 * into the whole `text`. Exact occurrences are found with `indexOf` first,
 * because approx-string-match does not special-case them.
 */
function candidates(text: string, quote: string, from: number, to: number): StringMatch[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const exact: StringMatch[] = [];
  for (let at = part.indexOf(quote); at !== -1; at = part.indexOf(quote, at + 1)) {
    exact.push({ start: from + at, end: from + at + quote.length, errors: 0 });
  }
  if (exact.length > 0) return exact;
  return approxSearch(part, quote, maxErrorsFor(quote)).map((m) => ({
    start: from + m.start,
    end: from + m.end,
    errors: m.errors,
  }));
}

/** Candidates anywhere in the text: exact ones, else approximate ones around surviving seeds. */
function candidatesAnywhere(index: TextIndex, quote: string): StringMatch[] {
  const { text } = index;
  const exact = index.occurrences(quote).map((start) => ({ start, end: start + quote.length, errors: 0 }));
  if (exact.length > 0) return exact;
  const regions = seedRegions(quote, maxErrorsFor(quote), index);
  if (regions === null) return candidates(text, quote, 0, text.length);
  return regions.flatMap(([from, to]) => candidates(text, quote, from, to));
}

function best(text: string, quote: string, found: StringMatch[], context: QuoteContext): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const m of found) {
    const confidence = scoreMatch(text, quote, m, context);
    if (top === null || confidence > top.confidence) top = { ...m, confidence };
  }
  return top;
}

/**
 * Find the best approximate match for `quote` in `text`.
 *
 * With a `hint`, the text within `windowRadius` of it is searched first; a
 * match there with confidence ≥ `acceptNearby` is returned without looking
 * further. This prefers a good nearby match over a marginally better one far
 * away — which is also what a reader expects. The rest of the text is then
 * searched around surviving seeds of the quote (see `seedRegions`). Without a
 * hint, or in a text shorter than two windows, the whole text is scanned.
 *
 * @param text - Document text to search.
 * @param quote - The stored quote.
 * @param context - Stored prefix/suffix and expected offset, used for ranking.
 * @return The highest-confidence match, or `null` if the quote is empty or
 *   nothing is within the error budget (see {@link maxErrorsFor}).
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
  options: MatchOptions = {},
): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const { acceptNearby = 1, windowRadius = DEFAULT_WINDOW_RADIUS } = options;

  const windowed = context.hint !== undefined && text.length > 2 * windowRadius + quote.length;
  if (!windowed) return best(text, quote, candidates(text, quote, 0, text.length), context);

  const hint = Math.floor(context.hint ?? 0);
  const from = Math.max(0, hint - windowRadius);
  const to = Math.min(text.length, hint + quote.length + windowRadius);
  const nearby = best(text, quote, candidates(text, quote, from, to), context);
  if (nearby && nearby.confidence >= acceptNearby) return nearby;

  const index = options.index?.text === text ? options.index : new TextIndex(text);
  const anywhere = best(text, quote, candidatesAnywhere(index, quote), context);
  if (nearby && (!anywhere || nearby.confidence >= anywhere.confidence)) return nearby;
  return anywhere;
}
