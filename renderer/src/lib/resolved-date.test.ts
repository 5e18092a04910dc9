import { describe, expect, it } from 'vitest';
import { periodLabel, resolvedDate } from './resolved-date.ts';

describe('resolvedDate', () => {
  it('writes days and months out with the month named, and keeps years', () => {
    expect(resolvedDate('2015-03-06', 'en-GB')).toBe('6 March 2015');
    expect(resolvedDate('2015-03-06', 'en-US')).toBe('March 6, 2015');
    expect(resolvedDate('2015-03', 'en-GB')).toBe('March 2015');
    expect(resolvedDate('2015', 'en-GB')).toBe('2015');
    expect(resolvedDate('mid-1990s', 'en-GB')).toBeNull();
  });
});

describe('periodLabel', () => {
  it('names every precision a timeline period can have', () => {
    expect(periodLabel('2015-03-06', 'day', 'en-GB')).toBe('6 March 2015');
    expect(periodLabel('2015-03', 'month', 'en-GB')).toBe('March 2015');
    expect(periodLabel('2015', 'year', 'en-GB')).toBe('2015');
    expect(periodLabel('2015-W10', 'week', 'en-GB')).toBe('week of 2 March 2015');
    expect(periodLabel('1990', 'decade', 'en-GB')).toBe('1990s');
    expect(periodLabel('1901', 'century', 'en-GB')).toBe('20th century');
    expect(periodLabel('2001', 'century', 'en-GB')).toBe('21st century');
    expect(periodLabel('1001', 'century', 'en-GB')).toBe('11th century');
  });
});
