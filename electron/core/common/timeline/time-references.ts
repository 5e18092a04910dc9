/**
 * Every reference to a time in an article, resolved to a calendar day, week,
 * month, year, decade or century where the text allows: explicit dates
 * directly (the entity list's dates), relative ones ("on Tuesday", "last
 * week", "two years ago", "next month") against the article's published
 * date, marked `relative`. What cannot be resolved keeps its text only.
 * Plain TypeScript, pure: the reference date is given, never "now".
 */
import type { Entity } from '../entities/types.ts';
import type { TimePrecision, TimeReference } from '../../../shared/timeline-types.ts';
import { resolveWeekday } from '../entities/dates.ts';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  several: 3,
  few: 3,
};

/**
 * @param referenceDate - the article's published date (YYYY-MM-DD); relative references stay unresolved without it
 */
export function findTimeReferences(
  text: string,
  dates: readonly Entity[],
  referenceDate: string | undefined,
): TimeReference[] {
  // "last Thursday" is one reference, though the entity list has its "Thursday".
  const out = relativeReferences(text, referenceDate);
  const taken = (start: number, end: number) => out.some((r) => r.start < end && start < r.end);
  for (const entity of dates) {
    if (entity.type !== 'date') continue;
    for (const m of entity.mentions) {
      if (!taken(m.start, m.end)) out.push(fromDateMention(m.start, m.end, m.text, entity.normalized, referenceDate));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A date as the entity list found it. A weekday, or a month and day without
 * a year, is resolved against the published date (the entity list used the
 * first date in the text, which may be missing or another).
 */
function fromDateMention(
  start: number,
  end: number,
  text: string,
  normalized: string | undefined,
  referenceDate: string | undefined,
): TimeReference {
  const base = { start, end, text };
  const weekday = WEEKDAYS.indexOf(text.toLowerCase());
  if (weekday >= 0) {
    const value = referenceDate ? resolveWeekday(referenceDate, weekday) : undefined;
    return { ...base, value, precision: value ? 'day' : undefined, relative: true };
  }
  if (referenceDate && normalized && !/\d{4}/.test(text)) normalized = referenceDate.slice(0, 4) + normalized.slice(4);
  const decade = /^(?:(?:early|mid|late)[- ])?(\d{3}0)s$/i.exec(text.replace(/^the\s+/i, ''));
  if (decade) return { ...base, value: decade[1], precision: 'decade', relative: false };
  const century = /^(\d{1,2})(?:st|nd|rd|th)[- ]century$/i.exec(text.replace(/^the\s+/i, ''));
  if (century)
    return { ...base, value: String((Number(century[1]) - 1) * 100 + 1), precision: 'century', relative: false };
  if (normalized === undefined) return { ...base, value: undefined, precision: undefined, relative: false };
  const precision: TimePrecision = normalized.length === 10 ? 'day' : normalized.length === 7 ? 'month' : 'year';
  // A weekday, or a month and day without a year, took its year (and day) from the article's date.
  return { ...base, value: normalized, precision, relative: !/\d{4}/.test(text) };
}

const UNIT = '(day|week|month|year|decade)s?';
const PATTERNS: [RegExp, (m: RegExpExecArray, ref: Date) => [Date, TimePrecision] | undefined][] = [
  [
    /\b(yesterday|today|tomorrow|tonight)\b/giu,
    (m, ref) => [addDays(ref, { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1]!.toLowerCase()]!), 'day'],
  ],
  [
    new RegExp(`\\b(last|next|this|past|coming|previous)\\s+(week|weekend|month|year)\\b`, 'giu'),
    (m, ref) =>
      shift(
        ref,
        m[2]!.toLowerCase().replace('weekend', 'week') as Unit,
        { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0 }[m[1]!.toLowerCase()]!,
      ),
  ],
  [
    new RegExp(`\\b(earlier|later) this\\s+(week|month|year)\\b`, 'giu'),
    (m, ref) => shift(ref, m[2]!.toLowerCase() as Unit, 0),
  ],
  [
    new RegExp(
      `\\b(\\d+|${Object.keys(NUMBERS).join('|')})\\s+${UNIT}\\s+(ago|earlier|before|from now|later)\\b`,
      'giu',
    ),
    (m, ref) => {
      // "Two years later" counts from another moment of the story, not from the day of publication.
      if (!/ago|from now/i.test(m[3]!)) return undefined;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!.toLowerCase()]!;
      return shift(ref, m[2]!.toLowerCase() as Unit, /ago/i.test(m[3]!) ? -n : n);
    },
  ],
  [
    new RegExp(`\\b(last|next|this)\\s+(${WEEKDAYS.join('|')})\\b`, 'giu'),
    (m, ref) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = ref.getUTCDay();
      const which = m[1]!.toLowerCase();
      let delta = target - today;
      if (which === 'last') delta = delta >= 0 ? delta - 7 : delta;
      else if (which === 'next') delta = delta <= 0 ? delta + 7 : delta;
      return [addDays(ref, delta), 'day'];
    },
  ],
];

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

function relativeReferences(text: string, referenceDate: string | undefined): TimeReference[] {
  const ref = referenceDate ? new Date(`${referenceDate}T12:00:00Z`) : undefined;
  const out: TimeReference[] = [];
  for (const [pattern, resolve] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((r) => r.start < end && start < r.end)) continue;
      const resolved = ref ? resolve(m as RegExpExecArray, ref) : undefined;
      out.push({
        start,
        end,
        text: m[0],
        value: resolved ? format(resolved[0], resolved[1]) : undefined,
        precision: resolved?.[1],
        relative: true,
      });
    }
  }
  return out;
}

function shift(ref: Date, unit: Unit, n: number): [Date, TimePrecision] {
  const d = new Date(ref);
  if (unit === 'day') return [addDays(ref, n), 'day'];
  if (unit === 'week') return [addDays(ref, 7 * n), 'week'];
  if (unit === 'month') {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + n);
    return [d, 'month'];
  }
  d.setUTCFullYear(d.getUTCFullYear() + (unit === 'decade' ? 10 * n : n));
  return [d, unit === 'decade' ? 'decade' : 'year'];
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

function format(d: Date, precision: TimePrecision): string {
  const iso = d.toISOString();
  if (precision === 'day') return iso.slice(0, 10);
  if (precision === 'month') return iso.slice(0, 7);
  if (precision === 'week') return isoWeek(d);
  if (precision === 'decade') return String(Math.floor(d.getUTCFullYear() / 10) * 10);
  return iso.slice(0, 4);
}

/** ISO 8601 week: "2015-W10" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - day) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * DAY_MS));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
