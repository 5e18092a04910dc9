import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/index.ts';
import { findTimeReferences } from './time-references.ts';
import type { TimelineEvent } from '../../../shared/timeline-types.ts';
import { firstDay, groupTimeline, periodAt, timelineEvents } from './timeline.ts';

/** Published on Wednesday 4 March 2015. */
const PUBLISHED = '2015-03-04';

function eventsOf(text: string, published: string | null = PUBLISHED): TimelineEvent[] {
  const dates = extractEntities(text, { publishedAt: published ?? undefined }).filter((e) => e.type === 'date');
  return timelineEvents(text, findTimeReferences(text, dates, published ?? undefined));
}

const ARTICLE = [
  'Talks resume',
  'The ministers met on Friday. They first spoke in June 2014, and the treaty dates from 1990.',
  'A vote came last week. Another is due next month, officials said.',
  'The talks began two years ago. A date was never set for the second round, at a time to be agreed.',
].join('\n');

describe('timelineEvents', () => {
  it('gives each reference the sentence it is read in, within its paragraph', () => {
    const events = eventsOf(ARTICLE);
    const friday = events.find((e) => e.text === 'Friday')!;
    expect(ARTICLE.slice(friday.sentence.start, friday.sentence.end)).toBe('The ministers met on Friday.');
    expect([friday.before, friday.after]).toEqual(['The ministers met on ', '.']);
    const nextMonth = events.find((e) => e.text === 'next month')!;
    expect(ARTICLE.slice(nextMonth.sentence.start, nextMonth.sentence.end)).toBe(
      'Another is due next month, officials said.',
    );
  });

  it('shortens a very long sentence around the reference, at word boundaries', () => {
    const text = 'word '.repeat(200) + 'on Friday ' + 'more '.repeat(200) + 'end.';
    const [event] = eventsOf(text);
    expect(event!.text).toBe('Friday');
    expect(event!.before.startsWith('…')).toBe(true);
    expect(event!.before.endsWith('word on ')).toBe(true);
    expect(event!.after.endsWith('more…')).toBe(true);
    expect(event!.before.length).toBeLessThanOrEqual(161);
  });
});

describe('groupTimeline', () => {
  const values = (periods: { value: string; events: TimelineEvent[] }[]) =>
    periods.map((p) => [p.value, p.events.map((e) => e.text)]);

  it('orders periods oldest first, a coarser period before the finer ones inside it', () => {
    const { periods, unplaced } = groupTimeline(eventsOf(ARTICLE), 'day');
    expect(values(periods)).toEqual([
      ['1990', ['1990']],
      ['2013', ['two years ago']],
      ['2014-06', ['June 2014']],
      ['2015-W09', ['last week']],
      ['2015-03-06', ['Friday']],
      ['2015-04', ['next month']],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('folds days and weeks into their month, and everything into its year, when zoomed out', () => {
    const events = eventsOf(ARTICLE);
    expect(values(groupTimeline(events, 'month').periods)).toEqual([
      ['1990', ['1990']],
      ['2013', ['two years ago']],
      ['2014-06', ['June 2014']],
      ['2015-02', ['last week']],
      ['2015-03', ['Friday']],
      ['2015-04', ['next month']],
    ]);
    expect(values(groupTimeline(events, 'year').periods)).toEqual([
      ['1990', ['1990']],
      ['2013', ['two years ago']],
      ['2014', ['June 2014']],
      ['2015', ['last week', 'Friday', 'next month']],
    ]);
  });

  it('lists what has no published date to count from apart, as text', () => {
    const { periods, unplaced } = groupTimeline(
      eventsOf('Talks resume\nThe ministers met on Friday, in 1990.', null),
      'day',
    );
    expect(values(periods)).toEqual([['1990', ['1990']]]);
    expect(unplaced.map((e) => [e.text, e.value])).toEqual([['Friday', undefined]]);
  });
});

describe('periodAt and firstDay', () => {
  it('cuts a finer value to the zoom and keeps a coarser one', () => {
    expect(periodAt('2015-03-06', 'day', 'month')).toEqual(['2015-03', 'month']);
    expect(periodAt('2015-03-06', 'day', 'year')).toEqual(['2015', 'year']);
    expect(periodAt('1990', 'decade', 'day')).toEqual(['1990', 'decade']);
    expect(periodAt('2015-W01', 'week', 'month')).toEqual(['2014-12', 'month']);
  });

  it('finds the Monday of an ISO week', () => {
    expect(firstDay('2015-W10', 'week')).toBe('2015-03-02');
    expect(firstDay('2015-W01', 'week')).toBe('2014-12-29');
    expect(firstDay('2021-W01', 'week')).toBe('2021-01-04');
    expect(firstDay('1901', 'century')).toBe('1901-01-01');
  });
});
