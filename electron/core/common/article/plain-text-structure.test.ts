import { describe, expect, it } from 'vitest';
import { detectStructure } from './plain-text-structure.ts';
import { growthFactor } from '../testing/array-visits.ts';

const kinds = (text: string) => detectStructure(text).blocks.map((b) => b.kind);

describe('detectStructure', () => {
  it('finds headline, byline, dateline, body and trailing source', () => {
    const text =
      'Storm closes port\n\nBy: Ana Lima\n\nLISBON — The port closed on Monday.\n\nShips waited offshore.\n\nSource: Wire service\n';
    const structure = detectStructure(text);
    expect(structure).toMatchObject({
      title: 'Storm closes port',
      byline: 'Ana Lima',
      source: 'Wire service',
      dateline: 'LISBON',
    });
    expect(kinds(text)).toEqual(['headline', 'meta', 'paragraph', 'paragraph', 'meta']);
    const lead = structure.blocks[2]!;
    expect(text.slice(lead.dateline!.start, lead.dateline!.end)).toBe('LISBON');
  });

  it('keeps every block an exact slice of the text', () => {
    const text = '  Title here  \n\n\nFirst line\nsecond line of the same paragraph\n\n\n\nLast.';
    for (const block of detectStructure(text).blocks) {
      const slice = text.slice(block.start, block.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
    expect(kinds(text)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('reads a bare "By Name" byline and agency datelines', () => {
    const text = 'Talks resume\n\nBy Erin Cole and Sam Park\n\nNEW YORK, March 3 (Reuters) - Negotiators met again.\n';
    expect(detectStructure(text)).toMatchObject({
      byline: 'Erin Cole and Sam Park',
      dateline: 'NEW YORK, March 3 (Reuters)',
    });
  });

  it('does not take an ordinary sentence for metadata or a dateline', () => {
    const text = 'Headline\n\nBy the end of the week, prices rose.\n\nThe US - and its allies - disagreed.\n';
    const structure = detectStructure(text);
    expect(structure.byline).toBeNull();
    expect(structure.dateline).toBeNull();
    expect(kinds(text)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('finds a date line under the headline', () => {
    const text = 'Headline\n\nMarch 3, 2024\n\nBody.\n';
    expect(detectStructure(text)).toMatchObject({ dateline: 'March 3, 2024' });
    expect(kinds(text)).toEqual(['headline', 'dateline', 'paragraph']);
  });

  it('titles a text without a short first line from its opening words', () => {
    const long = 'word '.repeat(100).trim();
    const structure = detectStructure(`${long}\nmore\n`);
    expect(structure.blocks[0]!.kind).toBe('paragraph');
    expect(structure.title.endsWith('…')).toBe(true);
    expect(structure.title.length).toBeLessThanOrEqual(80);
  });
});

describe('detectStructure at scale', () => {
  const shortParagraphs = (n: number) =>
    ['A headline', ...Array.from({ length: n }, (_, i) => `Line ${i}.`)].join('\n\n');

  it('walks its blocks a bounded number of times per paragraph (linear, not quadratic)', () => {
    const growth = growthFactor((n) => detectStructure(shortParagraphs(n)), 2_000);
    expect(growth).toBeLessThan(6);
  });
});
