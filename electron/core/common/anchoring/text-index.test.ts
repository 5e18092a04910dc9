import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_INDEXED_LENGTH, TextIndex } from './text-index.ts';

/** Every occurrence by brute force. */
function naive(text: string, needle: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let at = from; at + needle.length <= to; at++) if (text.startsWith(needle, at)) found.push(at);
  return found;
}

describe('TextIndex', () => {
  it('finds every occurrence, overlapping ones included, once built', () => {
    const text = 'abcabcabcabcabcabcabcabc xyz abcabcabcabc';
    const index = new TextIndex(text, { buildAfterScans: 0 });
    const needle = 'abcabcabcab';
    expect(needle.length).toBeGreaterThanOrEqual(MIN_INDEXED_LENGTH);
    expect(index.occurrences(needle)).toEqual(naive(text, needle));
    expect(index.built).toBe(true);
  });

  it('scans until lookups have cost about as much as building', () => {
    const text = 'x'.repeat(1000) + 'needle in here';
    const index = new TextIndex(text, { buildAfterScans: 3 });
    for (let i = 0; i < 3; i++) expect(index.occurrences('needle in here')).toEqual([1000]);
    expect(index.built).toBe(false);
    expect(index.occurrences('needle in here')).toEqual([1000]);
    expect(index.built).toBe(true);
  });

  it('scans for short needles and respects [from, to)', () => {
    const index = new TextIndex('the cat and the hat and the bat', { buildAfterScans: 0 });
    expect(index.occurrences('the')).toEqual([0, 12, 24]);
    expect(index.occurrences('the', 1, 27)).toEqual([12, 24]);
    expect(index.occurrences('the', 1, 26)).toEqual([12]);
    expect(index.occurrences('')).toEqual([]);
  });

  it('agrees with brute force on random texts (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 20 }), fc.nat(), fc.nat(), (t, at, length, a, b) => {
        const needle = t.length > 0 ? t.slice(at % t.length, (at % t.length) + length) : 'ab';
        const from = t.length > 0 ? a % t.length : 0;
        const to = Math.max(from, t.length - (t.length > 0 ? b % t.length : 0));
        const index = new TextIndex(t, { buildAfterScans: 0 });
        expect(index.occurrences(needle)).toEqual(naive(t, needle));
        expect(index.occurrences(needle, from, to)).toEqual(naive(t, needle, from, to));
      }),
      { numRuns: 500 },
    );
  });
});
