import { describe, expect, it } from 'vitest';
import { resolvedDate } from './resolved-date.ts';

describe('resolvedDate', () => {
  it('writes days and months out with the month named, and keeps years', () => {
    expect(resolvedDate('2015-03-06', 'en-GB')).toBe('6 March 2015');
    expect(resolvedDate('2015-03-06', 'en-US')).toBe('March 6, 2015');
    expect(resolvedDate('2015-03', 'en-GB')).toBe('March 2015');
    expect(resolvedDate('2015', 'en-GB')).toBe('2015');
    expect(resolvedDate('mid-1990s', 'en-GB')).toBeNull();
  });
});
