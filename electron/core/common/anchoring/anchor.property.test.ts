/**
 * Property-based tests of re-anchoring under random edits (fast-check).
 *
 * Documents are prose drawn from a small English vocabulary, so repeats and
 * near-repeats are common — the hard case for anchoring.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorTarget, FUZZY_CONFIDENCE_THRESHOLD } from './anchor.ts';
import { insideWord } from './fit-match.ts';
import { createTarget } from './text-quote.ts';

const VOCABULARY = (
  'the a of to in and said government minister police city report year people ' +
  'officials new would after two state has been were with by from on at this ' +
  'president election week water border talks group local court school health ' +
  'market price workers strike council village river morning evening agreed ' +
  'rejected announced warned expected least more than since during against'
).split(' ');

const word = fc.constantFrom(...VOCABULARY);

/**
 * ~10 KB of fixed prose: placed between passage and look-alike, it puts the
 * look-alike beyond the search window around the old position.
 */
const FAR_FILLER = Array.from({ length: 1800 }, (_, i) => VOCABULARY[(i * 7919) % VOCABULARY.length]).join(' ');
const prose = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** One edit, placed relative to the quote: from 60 characters before it to 60 after. */
const edit = fc.record({
  offset: fc.integer({ min: -60, max: 60 }),
  inside: fc.boolean(),
  removed: fc.integer({ min: 0, max: 12 }),
  inserted: fc.oneof(fc.constant(''), prose(1, 3), fc.string({ maxLength: 4 })),
});

/** A document, a quote of at least 12 characters within it, and some edits. */
const scenario = fc
  .record({
    before: prose(5, 80),
    quote: prose(3, 12),
    after: prose(5, 80),
    edits: fc.array(edit, { minLength: 1, maxLength: 5 }),
  })
  .filter(({ quote }) => quote.length >= 12);

describe('anchoring under random edits', () => {
  it('lands on the quote whenever it survives verbatim', () => {
    fc.assert(
      fc.property(scenario, ({ before, quote, after, edits }) => {
        const original = `${before} ${quote} ${after}`;
        const start = before.length + 1;
        const target = createTarget(original, start, start + quote.length);

        let text = original;
        for (const e of edits) {
          // Either inside the quote or around it; clamp to the current text.
          const base = e.inside ? start + (Math.abs(e.offset) % quote.length) : start + e.offset;
          const at = Math.max(0, Math.min(text.length, base));
          text = text.slice(0, at) + e.inserted + text.slice(at + e.removed);
        }

        const anchor = anchorTarget(text, target);
        if (text.includes(quote)) {
          expect(anchor.status).toBe('exact');
          expect(text.slice(anchor.start!, anchor.end!)).toBe(quote);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lands on a look-alike when the true passage was deleted', () => {
    const lookAlike = fc.record({
      // 1–3 single-character substitutions in the quote.
      substitutions: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'xqzjk')), { minLength: 1, maxLength: 3 }),
      between: prose(5, 60),
      around: fc.tuple(prose(3, 20), prose(3, 20)),
      far: fc.boolean(),
    });
    fc.assert(
      fc.property(scenario, lookAlike, ({ before, quote, after }, { substitutions, between, around, far }) => {
        const chars = [...quote];
        for (const [i, c] of substitutions) chars[i % chars.length] = c;
        const similar = chars.join('');
        fc.pre(similar !== quote);

        const gap = far ? `${between} ${FAR_FILLER}` : between;
        const original = `${before} ${quote} ${after} ${gap} ${around[0]} ${similar} ${around[1]}`;
        const start = before.length + 1;
        const target = createTarget(original, start, start + quote.length);

        // Delete the passage: the quote and its stored context.
        const from = Math.max(0, start - target.quote.prefix.length);
        const to = start + quote.length + target.quote.suffix.length;
        const text = original.slice(0, from) + original.slice(to);

        const anchor = anchorTarget(text, target);
        // Either orphaned, or the quote happens to occur verbatim elsewhere.
        if (anchor.status !== 'orphan') {
          expect(anchor.status).toBe('exact');
          expect(text.slice(anchor.start, anchor.end)).toBe(quote);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('re-anchors a quote with one character changed near where it was', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ before, quote, after }, i) => {
        const original = `${before} ${quote} ${after}`;
        const start = before.length + 1;
        const target = createTarget(original, start, start + quote.length);
        const at = start + (i % quote.length);
        const text = original.slice(0, at) + '#' + original.slice(at + 1);
        fc.pre(!text.includes(quote));

        const anchor = anchorTarget(text, target);
        expect(anchor.status).toBe('fuzzy');
        expect(anchor.confidence).toBeGreaterThanOrEqual(FUZZY_CONFIDENCE_THRESHOLD);
        // Overlaps the damaged passage.
        expect(anchor.start!).toBeLessThan(start + quote.length);
        expect(anchor.end!).toBeGreaterThan(start);
      }),
      { numRuns: 300 },
    );
  });

  it('never starts or ends a fuzzy match inside a word unless the selection did', () => {
    // Selections that may cut words: up to 3 characters in or out of the quote's ends.
    const trim = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(scenario, trim, ({ before, quote, after, edits }, [cutStart, cutEnd]) => {
        const original = `${before} ${quote} ${after}`;
        const start = before.length + 1 + cutStart;
        const end = before.length + 1 + quote.length + cutEnd;
        fc.pre(end - start >= 12);
        const target = createTarget(original, start, end);

        let text = original;
        for (const e of edits) {
          const base = e.inside ? start + (Math.abs(e.offset) % (end - start)) : start + e.offset;
          const at = Math.max(0, Math.min(text.length, base));
          text = text.slice(0, at) + e.inserted + text.slice(at + e.removed);
        }

        const anchor = anchorTarget(text, target);
        if (anchor.status !== 'fuzzy') return;
        if (insideWord(text, anchor.start)) expect(insideWord(original, start)).toBe(true);
        if (insideWord(text, anchor.end)) expect(insideWord(original, end)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
