import { describe, expect, it } from 'vitest';
import { findArticleDate, resolveWeekday } from './dates.ts';

describe('findArticleDate', () => {
  it('reads the first full date in the header', () => {
    expect(findArticleDate('Headline\n\nBy A Writer, Published March 4, 2015\n\nBody')).toBe('2015-03-04');
    expect(findArticleDate('Updated 2019-02-07 10:00')).toBe('2019-02-07');
    expect(findArticleDate('No date here at all.')).toBeUndefined();
  });
});

describe('resolveWeekday', () => {
  it('picks the named day within three days of the article date', () => {
    // 2015-03-04 is a Wednesday.
    expect(resolveWeekday('2015-03-04', 5)).toBe('2015-03-06'); // Friday after
    expect(resolveWeekday('2015-03-04', 1)).toBe('2015-03-02'); // Monday before
    expect(resolveWeekday('2015-03-04', 3)).toBe('2015-03-04');
  });
});
