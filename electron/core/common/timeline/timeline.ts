/**
 * A timeline of an article: every time reference that could be placed on
 * the calendar, with the sentence it is read in, grouped into periods at
 * the zoom the reader picks (years, months or days). References less exact
 * than the zoom keep their own period ("2015" stays a year among days);
 * references that could not be resolved are listed apart, as text.
 * Pure and renderer-safe: the window builds an article's timeline, the
 * library builds one per document the same way.
 */
import { sentenceSpans, type TextSpan } from '../article/text-units.ts';
import type { TimePrecision, TimeReference, TimelineEvent } from '../../../shared/timeline-types.ts';

export type Zoom = 'year' | 'month' | 'day';
export const ZOOMS: readonly Zoom[] = ['year', 'month', 'day'];

export interface TimelinePeriod<E extends TimelineEvent = TimelineEvent> {
  /** ISO 8601 at `precision`, as `TimeReference.value`. */
  value: string;
  precision: TimePrecision;
  events: E[];
}

/** Coarsest first: a period sorts before the finer ones it contains. */
const RANK: Record<TimePrecision, number> = { century: 0, decade: 1, year: 2, month: 3, week: 4, day: 5 };
const ZOOM_RANK: Record<Zoom, number> = { year: RANK.year, month: RANK.month, day: RANK.day };
/** How much of a sentence is shown on each side of the reference. */
const CONTEXT = 160;

/** Each reference with its sentence, found within its own paragraph (a line of the text). */
export function timelineEvents(text: string, references: readonly TimeReference[]): TimelineEvent[] {
  const sentencesOf = new Map<number, TextSpan[]>();
  return references.map((reference) => {
    const from = text.lastIndexOf('\n', reference.start - 1) + 1;
    const newline = text.indexOf('\n', reference.end);
    const to = newline === -1 ? text.length : newline;
    let spans = sentencesOf.get(from);
    if (!spans) sentencesOf.set(from, (spans = sentenceSpans(text, from, to)));
    const sentence = spans.find((s) => s.start <= reference.start && reference.start < s.end) ?? {
      start: reference.start,
      end: reference.end,
    };
    const end = Math.max(sentence.end, reference.end);
    return {
      ...reference,
      sentence: { start: sentence.start, end },
      before: shortenStart(text.slice(sentence.start, reference.start)),
      after: shortenEnd(text.slice(reference.end, end)),
    };
  });
}

/**
 * The placed events in periods at `zoom`, oldest first, and the ones that
 * could not be placed, in reading order.
 */
export function groupTimeline<E extends TimelineEvent>(
  events: readonly E[],
  zoom: Zoom,
): { periods: TimelinePeriod<E>[]; unplaced: E[] } {
  const periods = new Map<string, TimelinePeriod<E>>();
  const unplaced: E[] = [];
  for (const event of events) {
    if (event.value === undefined || event.precision === undefined) {
      unplaced.push(event);
      continue;
    }
    const [value, precision] = periodAt(event.value, event.precision, zoom);
    const key = `${precision}:${value}`;
    let period = periods.get(key);
    if (!period) periods.set(key, (period = { value, precision, events: [] }));
    period.events.push(event);
  }
  const list = [...periods.values()].sort(byTime);
  for (const period of list) period.events.sort((a, b) => byTime(a as Placed, b as Placed) || a.start - b.start);
  return { periods: list, unplaced };
}

type Placed = { value: string; precision: TimePrecision };

/** The period a value falls in at `zoom`: a finer value is cut to the zoom, a coarser one keeps its own. */
export function periodAt(value: string, precision: TimePrecision, zoom: Zoom): [string, TimePrecision] {
  if (RANK[precision] <= ZOOM_RANK[zoom]) return [value, precision];
  const day = firstDay(value, precision);
  return zoom === 'year' ? [day.slice(0, 4), 'year'] : [day.slice(0, 7), 'month'];
}

/** The first calendar day of a value (YYYY-MM-DD): a week's Monday, a month's first, a year's 1 January. */
export function firstDay(value: string, precision: TimePrecision): string {
  if (precision === 'day') return value;
  if (precision === 'month') return `${value}-01`;
  if (precision === 'week') {
    const [year, week] = value.split('-W').map(Number) as [number, number];
    // ISO week 1 holds 4 January; its Monday is the week's first day.
    const jan4 = Date.UTC(year, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  return `${value.padStart(4, '0')}-01-01`;
}

function byTime(a: Placed, b: Placed): number {
  const day = firstDay(a.value, a.precision).localeCompare(firstDay(b.value, b.precision));
  return day || RANK[a.precision] - RANK[b.precision];
}

function shortenStart(s: string): string {
  if (s.length <= CONTEXT) return s;
  const cut = s.slice(-CONTEXT);
  return '…' + cut.slice(cut.indexOf(' ') + 1);
}

function shortenEnd(s: string): string {
  if (s.length <= CONTEXT) return s;
  const cut = s.slice(0, CONTEXT);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}
