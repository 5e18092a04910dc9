import { describe, expect, it } from 'vitest';
import { seedRegions } from './seed-regions.ts';
import { TextIndex } from './text-index.ts';

const noise = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7) % 13))).join('');

describe('seedRegions', () => {
  const quote = 'The committee will publish its findings in the spring';

  it('finds a region around a damaged copy that keeps one seed', () => {
    const damaged = 'The committee will publiXh its fiXdings in the sprXng';
    const text = noise(5000) + damaged + noise(5000);
    const regions = seedRegions(quote, 20, new TextIndex(text));
    expect(regions).not.toBeNull();
    expect(regions!.length).toBeGreaterThan(0);
    expect(regions!.some(([from, to]) => from <= 5000 && to >= 5000 + damaged.length)).toBe(true);
  });

  it('merges overlapping regions and sorts them', () => {
    const text = noise(3000) + quote + noise(3000) + quote + noise(3000);
    const regions = seedRegions(quote, 10, new TextIndex(text))!;
    expect(regions).toHaveLength(2);
    expect(regions[0]![0]).toBeLessThan(regions[1]![0]);
    expect(regions[0]![1]).toBeLessThan(regions[1]![0]);
  });

  it('returns no regions when no seed survives', () => {
    expect(seedRegions(quote, 20, new TextIndex(noise(10000)))).toEqual([]);
  });

  it('gives up (null) when seeds are so common that regions cover much of the text', () => {
    const text = 'the the the the '.repeat(2000);
    expect(seedRegions('the the the the the the the the', 10, new TextIndex(text))).toBeNull();
  });
});
