/**
 * Where, beyond the window around its old position, a damaged quote could be.
 *
 * Approximate search (Myers) costs 30–60 ms per MB whatever the quote; exact
 * search with `indexOf` is about 100× cheaper per character. So the whole text
 * is first filtered with exact searches for pieces ("seeds") of the quote, and
 * the approximate search runs only around the places where a seed survives —
 * the classic filter-then-verify scheme.
 */
import type { TextIndex } from './text-index.ts';

/** Shortest piece of the quote used as a seed for the search beyond the window. */
const MIN_SEED_LENGTH = 8;

/**
 * Most seeds per quote. Without a built index each seed costs one `indexOf`
 * pass over the text (~0.3 ms per MB for a long seed, ~1 ms for a short common
 * one), so more seeds buy recall for passages that were moved *and* rewritten
 * at a linear cost.
 */
const MAX_SEEDS = 8;

/**
 * When the seed regions would cover more than this share of the text, they
 * save nothing (the quote is made of common phrases): scan the whole text.
 */
const MAX_SEEDED_SHARE = 0.25;

/**
 * Regions `[from, to)` of `index.text` that may hold a match for `quote` within
 * `maxErrors`, around verbatim occurrences of its seeds; sorted and merged.
 * Returns `null` when scanning the whole text is cheaper.
 *
 * The quote is cut into n equal seeds. By the pigeonhole principle a match
 * with fewer than n errors keeps at least one seed intact, so matches with up
 * to n − 1 errors are never missed (n ≤ 8, seeds ≥ 8 characters); in practice
 * edits are local, and a moved passage keeps some seed even with more errors.
 */
export function seedRegions(quote: string, maxErrors: number, index: TextIndex): Array<[number, number]> | null {
  const { text } = index;
  const seeds = Math.max(1, Math.min(MAX_SEEDS, maxErrors + 1, Math.floor(quote.length / MIN_SEED_LENGTH)));
  const budget = MAX_SEEDED_SHARE * text.length;
  const regions: Array<[number, number]> = [];
  let covered = 0;
  for (let i = 0; i < seeds; i++) {
    const offset = Math.floor((i * quote.length) / seeds);
    const seed = quote.slice(offset, Math.floor(((i + 1) * quote.length) / seeds));
    for (const at of index.occurrences(seed)) {
      const from = Math.max(0, at - offset - maxErrors);
      const to = Math.min(text.length, at - offset + quote.length + maxErrors);
      regions.push([from, to]);
      covered += to - from;
      if (covered > budget) return null;
    }
  }
  regions.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push(region);
  }
  return merged;
}
