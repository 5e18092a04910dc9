import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './quotation-marks.ts';

const quoted = (text: string): string[] => findQuotedSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it('finds curly, straight and guillemet quotations', () => {
    expect(quoted('She said “We will win,” and left. He said "Not today." Then «Bien».')).toEqual([
      'We will win,',
      'Not today.',
      'Bien',
    ]);
  });

  it('takes single marks for quotations only where they cannot be apostrophes', () => {
    expect(quoted("Minister calls plan a ‘slip of tongue’ as Okafor’s team won't budge")).toEqual(['slip of tongue']);
    expect(quoted("It's the 'best' deal, isn't it?")).toEqual(['best']);
  });

  it('keeps a nested quotation inside the one around it', () => {
    expect(quoted('“It’s ‘Showtime,’ he told me,” she said.')).toEqual(['It’s ‘Showtime,’ he told me,']);
  });

  it('gives one span per paragraph of a quotation that runs over several', () => {
    const text = '“First part of the statement.\n\n“Second part.\n\n“Last part,” she said.\n\nAfter.';
    expect(quoted(text)).toEqual(['First part of the statement.', 'Second part.', 'Last part,']);
  });

  it('leaves stray spaces inside the marks out, and reads two single marks as a closing double one', () => {
    expect(quoted('“It works,” he said. “ I love it.”')).toEqual(['It works,', 'I love it.']);
    expect(quoted('“It was a mistake,’’ Okafor said. “We will fix it.’’ She left.')).toEqual([
      'It was a mistake,',
      'We will fix it.',
    ]);
  });

  it('splits straight quotations whose paragraphs were run together', () => {
    const text = 'Okafor said: "We doubled it. We kept it. "We will go further." She left. "Not yet," he said.';
    expect(quoted(text)).toEqual(['We doubled it. We kept it.', 'We will go further.', 'Not yet,']);
    // A closing mark follows its last word, so this one closes.
    expect(quoted('He said "It is done." Then "more" came.')).toEqual(['It is done.', 'more']);
  });

  it('drops an unclosed mark that the next paragraph does not continue', () => {
    expect(quoted('A stray “mark here.\n\nNew paragraph without one.')).toEqual([]);
  });
});
