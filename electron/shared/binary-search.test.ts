import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from './binary-search.ts';

describe('lowerBound / upperBound', () => {
  const values = [1, 3, 3, 3, 7];
  it('find the first value ≥ and > a key', () => {
    expect(lowerBound(values, 3)).toBe(1);
    expect(upperBound(values, 3)).toBe(4);
    expect(lowerBound(values, 4)).toBe(4);
    expect(upperBound(values, 4)).toBe(4);
  });
  it('handle the ends and typed arrays', () => {
    expect(lowerBound(values, 0)).toBe(0);
    expect(upperBound(values, 7)).toBe(5);
    expect(lowerBound(new Float64Array([0.5, 1.5]), 1)).toBe(1);
    expect(lowerBound([], 1)).toBe(0);
  });
});
