/**
 * Fitting a fuzzy match to the passage it stands for.
 *
 * Approximate search returns the span with the fewest edits, which is often
 * not the passage: "expected to open in 2027" edited to "expected to open in
 * late 2027" matches "expected to open in late" (four substitutions beat five
 * insertions), dropping 2027 and cutting the sentence. The stored context
 * says where the passage really ends: its suffix followed it and its prefix
 * preceded it. So the ends are moved to where the context is found next to
 * the match, and then out to whole words — unless the reader's own selection
 * began or ended inside a word.
 */
import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../../../shared/anchor-types.ts';

/** Share of a context's characters that may differ for it to still mark the passage's edge. */
const CONTEXT_ERROR_RATE = 0.25;
/** Shortest context used to place an edge: shorter ones match too much by chance. */
const MIN_CONTEXT = 8;

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (char: string | undefined) => char !== undefined && WORD.test(char);

/** Whether offset `at` of `text` falls between two characters of one word. */
export function insideWord(text: string, at: number): boolean {
  return isWord(text[at - 1]) && isWord(text[at]);
}

/**
 * How far an edge may move: the edit that misled the search can add or
 * remove about as much text as the quote had errors to spend.
 */
function slackFor(quote: string): number {
  return Math.max(16, Math.ceil(quote.length / 2));
}

/**
 * Where the stored context meets the passage, searched within `slack` of
 * `edge`: the start of the suffix (`side` 'after') or the end of the prefix
 * ('before'). The best-matching occurrence wins, the nearest on a tie; null
 * when the context is not there.
 */
function contextEdge(
  text: string,
  edge: number,
  stored: string,
  side: 'before' | 'after',
  slack: number,
): number | null {
  const context = side === 'after' ? stored.slice(0, 32) : stored.slice(-32);
  if (context.trim().length < MIN_CONTEXT) return null;
  const from = Math.max(0, edge - slack - (side === 'before' ? context.length : 0));
  const window = text.slice(from, edge + slack + (side === 'after' ? context.length : 0));
  let best: { at: number; errors: number } | null = null;
  for (const match of approxSearch(window, context, Math.floor(context.length * CONTEXT_ERROR_RATE))) {
    const at = from + (side === 'after' ? match.start : match.end);
    const nearer = best !== null && Math.abs(at - edge) < Math.abs(best.at - edge);
    if (!best || match.errors < best.errors || (match.errors === best.errors && nearer))
      best = { at, errors: match.errors };
  }
  return best?.at ?? null;
}

/**
 * The passage a fuzzy match of `quote` at `[start, end)` stands for.
 *
 * @returns The fitted range; the match itself when no better one is found.
 */
export function fitMatch(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
): { start: number; end: number } {
  const slack = slackFor(quote.exact);
  let from = start;
  let to = end;

  const after = contextEdge(text, end, quote.suffix, 'after', slack);
  if (after !== null && after > from) to = after;
  const before = contextEdge(text, start, quote.prefix, 'before', slack);
  if (before !== null && before < to) from = before;

  // The context's edge may sit next to white space the quote did not have.
  if (!/^\s/.test(quote.exact)) while (from < to && /\s/.test(text[from]!)) from++;
  if (!/\s$/.test(quote.exact)) while (to > from && /\s/.test(text[to - 1]!)) to--;

  // Whole words, unless the reader's selection itself cut one.
  const cutAtStart = isWord(quote.prefix.at(-1)) && isWord(quote.exact[0]);
  const cutAtEnd = isWord(quote.exact.at(-1)) && isWord(quote.suffix[0]);
  if (!cutAtStart) while (from > 0 && insideWord(text, from)) from--;
  if (!cutAtEnd) while (to < text.length && insideWord(text, to)) to++;

  return to > from ? { start: from, end: to } : { start, end };
}
