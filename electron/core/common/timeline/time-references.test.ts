import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/index.ts';
import { findTimeReferences, isoWeek } from './time-references.ts';

/** Published on Wednesday 4 March 2015. */
const PUBLISHED = '2015-03-04';

function resolved(text: string, published: string | null = PUBLISHED): [string, string | undefined, boolean][] {
  const dates = extractEntities(text).filter((e) => e.type === 'date');
  return findTimeReferences(text, dates, published ?? undefined).map((r) => [r.text, r.value, r.relative]);
}

describe('findTimeReferences', () => {
  it('takes explicit dates as written', () => {
    expect(resolved('It was signed on March 11, 2015, revised in June 2016, and dates from 2011.')).toEqual([
      ['March 11, 2015', '2015-03-11', false],
      ['June 2016', '2016-06', false],
      ['2011', '2011', false],
    ]);
  });

  it('resolves a weekday to the one in the published week, marked relative', () => {
    expect(resolved('The minister resigned on Friday and spoke on Monday.')).toEqual([
      ['Friday', '2015-03-06', true],
      ['Monday', '2015-03-02', true],
    ]);
  });

  it('resolves yesterday, today and tomorrow', () => {
    expect(resolved('It rained yesterday, clears today and returns tomorrow.')).toEqual([
      ['yesterday', '2015-03-03', true],
      ['today', '2015-03-04', true],
      ['tomorrow', '2015-03-05', true],
    ]);
  });

  it('resolves last and next week, month and year to that week, month or year', () => {
    expect(resolved('Talks stalled last week; a vote is due next month and elections this year.')).toEqual([
      ['last week', isoWeek(new Date('2015-02-25T12:00:00Z')), true],
      ['next month', '2015-04', true],
      ['this year', '2015', true],
    ]);
  });

  it('resolves "N units ago" and "N units from now" with numbers in words or digits', () => {
    expect(
      resolved('The plant closed two years ago; it reopens 10 days from now, and again three months from now.'),
    ).toEqual([
      ['two years ago', '2013', true],
      ['10 days from now', '2015-03-14', true],
      ['three months from now', '2015-06', true],
    ]);
  });

  it('leaves "N units later" and "earlier" unresolved: they count from another moment of the story', () => {
    expect(resolved('He first came at seven. Seven decades later, he leads; the vote came 10 days earlier.')).toEqual([
      ['Seven decades later', undefined, true],
      ['10 days earlier', undefined, true],
    ]);
  });

  it('resolves last and next weekday to the previous and following one', () => {
    expect(resolved('He left last Thursday and returns next Monday.')).toEqual([
      ['last Thursday', '2015-02-26', true],
      ['next Monday', '2015-03-09', true],
    ]);
  });

  it('keeps decades and centuries at their precision, and leaves relative text unresolved without a published date', () => {
    expect(resolved('Since the 1990s, and in the 20th century.')).toEqual([
      ['1990s', '1990', false],
      ['20th century', '1901', false],
    ]);
    expect(resolved('It happened last week.', null)).toEqual([['last week', undefined, true]]);
  });
});
