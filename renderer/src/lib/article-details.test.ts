import { describe, expect, it } from 'vitest';
import { articleDetails, publishedDate } from './article-details.ts';

describe('publishedDate', () => {
  it('writes the month out, in the reader’s locale', () => {
    expect(publishedDate('2019-03-01T07:00:02.000Z', 'en-GB')).toBe('1 March 2019');
    expect(publishedDate('2019-03-01T07:00:02.000Z', 'en-US')).toBe('March 1, 2019');
    expect(publishedDate('2019-03-01', 'de-DE')).toBe('1. März 2019');
  });

  it('keeps the calendar date the publisher wrote, whatever the time zone', () => {
    expect(publishedDate('2015-07-24T00:36:09+01:00', 'en-GB')).toBe('24 July 2015');
    expect(publishedDate('2024-05-01', 'en-GB')).toBe('1 May 2024');
  });

  it('gives up on what is not a date', () => {
    expect(publishedDate('soon', 'en-GB')).toBeNull();
  });
});

describe('articleDetails', () => {
  it('joins byline, source and the published date', () => {
    const details = articleDetails({
      byline: 'Eleanor Ainge Roy',
      source: 'the Guardian',
      dateline: null,
      publishedAt: '2019-01-03T07:00:02.000Z',
    });
    expect(details).toMatch(/^By Eleanor Ainge Roy · Source: the Guardian · .*2019$/);
    expect(details).not.toMatch(/\d+\/\d+\/\d+/);
  });
});
