import { describe, expect, it } from 'vitest';
import { findArticleDate, referenceDate, resolveWeekday } from './dates.ts';

describe('findArticleDate', () => {
  it('reads the first full date in the header', () => {
    expect(findArticleDate('Headline\n\nBy A Writer, Published March 4, 2015\n\nBody')).toBe('2015-03-04');
    expect(findArticleDate('Updated 2019-02-07 10:00')).toBe('2019-02-07');
    expect(findArticleDate('No date here at all.')).toBeUndefined();
  });
  it('reads day-month-year as well as month-day-year', () => {
    expect(findArticleDate('GENEVA, 3 March 2024 — The talks')).toBe('2024-03-03');
    expect(findArticleDate('Posted 14 Sept. 2021')).toBe('2021-09-14');
  });
  it('looks only at the header, not a date deep in the body', () => {
    expect(findArticleDate('Headline\n\n' + 'Body text. '.repeat(80) + 'On March 4, 2015 it rained.')).toBeUndefined();
  });
});

describe('referenceDate', () => {
  it('prefers the published date, then a full date in the header', () => {
    expect(referenceDate('LONDON, May 2, 2020 — Text', '2021-06-01T08:00:00Z')).toEqual({
      date: '2021-06-01',
      from: 'published',
    });
    expect(referenceDate('LONDON, May 2, 2020 — Text', null)).toEqual({ date: '2020-05-02', from: 'header' });
    expect(referenceDate('LONDON — Text with no date', undefined)).toBeUndefined();
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
