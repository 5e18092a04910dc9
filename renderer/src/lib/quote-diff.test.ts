import { describe, expect, it } from 'vitest';
import { quoteDiff } from './quote-diff.ts';

describe('quoteDiff', () => {
  it('marks the words added and removed between the old quote and the new', () => {
    const parts = quoteDiff('expected to open in 2027', 'expected to open in late 2027');
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['late']);
    expect(parts.filter((p) => p.change === 'removed')).toEqual([]);
    expect(
      parts
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('expected to open in late 2027');
    expect(
      parts
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('expected to open in 2027');
  });

  it('shows a replaced word as removed then added', () => {
    const parts = quoteDiff('lands in Kenya later on Friday', 'lands in Kenya late on Friday');
    expect(parts.filter((p) => p.change !== 'same').map((p) => `${p.change}:${p.text}`)).toEqual([
      'removed:later',
      'added:late',
    ]);
  });
});
