/**
 * Explicit calendar references: weekdays, months with optional day and year,
 * years, decades and named holidays. Relative phrases ("last week", "four
 * years ago") are left out on purpose. compromise-dates decides which terms
 * are dates (so "May" the verb and "2000 people" are not), and this module
 * groups them and normalises what the article's own date makes resolvable.
 */
import type { Token } from './tokens.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Same key = same date entity: "wednesday", "january 29", "2011", "mid-1990s". */
  key: string;
  /** ISO 8601 when resolvable. */
  normalized: string | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;

const ABBREVIATED_MONTH = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

const DATE_PREPOSITIONS =
  /^(in|on|since|until|till|by|of|from|through|during|before|after|early|late|mid|last|next|this|every)$/i;

/**
 * Is the token at `i` a month name used as a date? compromise-dates tags most;
 * a day or year after it, or a date preposition before it, settles the rest
 * ("In January, …" is sometimes tagged as a person).
 */
export function isMonthAt(s: readonly Token[], i: number): boolean {
  const t = s[i]!;
  if (!capitalised(t) || !MONTH_NAMES.test(t.text)) return false;
  const dated = dayOf(s[i + 1]) !== undefined || yearOf(s[i + 1]) !== undefined || dayOf(s[i - 1]) !== undefined;
  // "Jan Smit", "Dec Ryan": a bare abbreviation before a capitalised word is a given name.
  if (
    !dated &&
    ABBREVIATED_MONTH.test(t.text) &&
    !t.post.startsWith('.') &&
    s[i + 1] !== undefined &&
    capitalised(s[i + 1]!) &&
    t.post === ' '
  ) {
    return false;
  }
  // "Talla May", "Anders June": a month right after a given name is a surname. (compromise's name
  // tags, not the given-name lists: the main process reads dates too, and ships without those lists.)
  const before = s[i - 1];
  if (!dated && before !== undefined && capitalised(before) && before.post === ' ' && isFirstName(before)) return false;
  // "Babies Who Eat Early May Avoid …": "May" before a verb is the modal.
  if (!dated && /^May$/.test(t.text) && s[i + 1] !== undefined && /Verb|Infinitive/.test([...s[i + 1]!.tags].join())) {
    return false;
  }
  return (
    t.tags.has('Month') ||
    dayOf(s[i + 1]) !== undefined ||
    yearOf(s[i + 1]) !== undefined ||
    DATE_PREPOSITIONS.test(s[i - 1]?.text ?? '')
  );
}

/** A capitalised weekday name ("Wednesday", "Wednesday's"). */
export function isWeekdayAt(s: readonly Token[], i: number): boolean {
  const t = s[i]!;
  return capitalised(t) && WEEKDAYS.includes(t.text.toLowerCase().replace(/['’]s$/, ''));
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthIndex = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase());
const dayOf = (token: Token | undefined): number | undefined => {
  const m = token && /^(\d{1,2})(st|nd|rd|th)?$/.exec(token.text);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 31 ? n : undefined;
};
/**
 * A four-digit year: compromise-dates' Year tag, or a bare number in the range
 * news years fall in that no currency sign, percent or thousands separator
 * makes a quantity ("the 2009 Pulitzer Prize" is often left untagged).
 */
const yearOf = (token: Token | undefined, next?: Token): number | undefined => {
  if (!token || !/^\d{4}$/.test(token.text)) return undefined;
  const n = Number(token.text);
  if (token.tags.has('Year')) return n;
  const counted = next !== undefined && next.tags.has('Plural') && /^\p{Ll}/u.test(next.text); // "2000 people"
  const quantity = /[$£€¥]\s*$/.test(token.pre) || /^(%|,\d)/.test(token.post) || token.tags.has('Money') || counted;
  return n >= 1500 && n <= 2100 && !quantity ? n : undefined;
};
function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/**
 * @param articleDate - the article's own date (ISO YYYY-MM-DD), if known, to resolve "Friday" or "June 3"
 */
export function findDates(sentence: Token[], text: string, articleDate: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  const make = (from: number, to: number, key: string, normalized: string | undefined): void => {
    const start = sentence[from]!.start;
    const last = sentence[to]!;
    const end = /['’]s$/i.test(last.text) ? last.end - 2 : last.end;
    out.push({ start, end, text: text.slice(start, end), key, normalized });
  };
  for (let i = 0; i < sentence.length; i++) {
    const t = sentence[i]!;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    const century = centuryAt(sentence, i);
    if (century !== undefined) {
      make(i, i + 1, `${century}th century`, undefined);
      i++;
    } else if (isWeekdayAt(sentence, i)) {
      make(i, i, lower, articleDate ? resolveWeekday(articleDate, WEEKDAYS.indexOf(lower)) : undefined);
    } else if (isMonthAt(sentence, i)) {
      i = monthPhrase(sentence, i, articleDate, make);
    } else if (ISO_DATE.test(t.text)) {
      make(i, i, t.text, t.text);
    } else if (
      SEASONS.test(t.text) &&
      yearOf(sentence[i + 2]) !== undefined &&
      sentence[i + 1]?.text.toLowerCase() === 'of'
    ) {
      // "the summer of 1898": one date, the season of that year.
      make(i, i + 2, `${lower} of ${sentence[i + 2]!.text}`, sentence[i + 2]!.text);
      i += 2;
    } else if (yearOf(t, sentence[i + 1]) !== undefined && !isDimension(sentence, i)) {
      make(i, i, t.text, t.text);
    } else if (YEAR_RANGE.test(t.text) && t.tags.has('Year')) {
      make(i, i, t.text, t.text.slice(0, 4));
    } else if (/^\d{3}0s$/.test(t.text)) {
      const prev = sentence[i - 1];
      // "mid-1990s" and "the early 1990s" are dates of their own, apart from "the 1990s".
      const from =
        prev && /^(mid|early|late)$/i.test(prev.text) && (prev.post === '-' || prev.post === ' ') ? i - 1 : i;
      make(from, i, text.slice(sentence[from]!.start, t.end).toLowerCase().replace(/\s+/, ' '), undefined);
    } else if (isPossessiveHoliday(sentence, i)) {
      make(
        i,
        i + 1,
        text
          .slice(t.start, sentence[i + 1]!.end)
          .toLowerCase()
          .replace(/’/g, "'"),
        undefined,
      );
      i++;
    } else if (t.tags.has('Holiday') && capitalised(t)) {
      let j = i;
      while (sentence[j + 1]?.tags.has('Holiday') && capitalised(sentence[j + 1]!) && sentence[j]!.post === ' ') j++;
      make(i, j, text.slice(t.start, sentence[j]!.end).toLowerCase(), undefined);
      i = j;
    }
  }
  return out;
}

/** "2015-05-12". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEASONS = /^(spring|summer|fall|autumn|winter)$/i;
/** "2008-9", "2008–09", "2008-2009". */
const YEAR_RANGE = /^\d{4}[-–]\d{1,4}$/;
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];

/** "the 20th century", "20th-century", "the nineteenth century": the century's number. */
function centuryAt(s: readonly Token[], i: number): number | undefined {
  const next = s[i + 1];
  if (!next || !/^centur(y|ies)$/i.test(next.text) || !/^[ -]$/.test(s[i]!.post)) return undefined;
  const digits = /^(\d{1,2})(st|nd|rd|th)$/i.exec(s[i]!.text);
  if (digits) return Number(digits[1]);
  const n = ORDINAL_WORDS.indexOf(s[i]!.text.toLowerCase());
  return n >= 0 ? n + 1 : undefined;
}

/** "1800 x 1920 pixels": numbers in a dimension are not years. */
function isDimension(s: readonly Token[], i: number): boolean {
  const times = (t: Token | undefined): boolean => t !== undefined && /^[x×]$/i.test(t.text);
  return times(s[i - 1]) || times(s[i + 1]) || s[i + 1]?.tags.has('Unit') === true;
}

/** "Valentine’s Day", "Mother's Day", "New Year's Eve": a possessive before Day or Eve. */
function isPossessiveHoliday(s: readonly Token[], i: number): boolean {
  const t = s[i]!;
  const next = s[i + 1];
  return (
    capitalised(t) && /['’]s$/.test(t.text) && next !== undefined && /^(Day|Eve)$/.test(next.text) && t.post === ' '
  );
}

type Make = (from: number, to: number, key: string, normalized: string | undefined) => void;

/** "January 29", "January 29, 2019", "29 January 2019", "June 2015", "June". Returns the last index used. */
function monthPhrase(s: Token[], i: number, articleDate: string | undefined, make: Make): number {
  const month = monthIndex(s[i]!.text) + 1;
  // "Feb." and "February" are one month.
  const monthName = MONTHS[month - 1]!;
  let from = i;
  // "early March", "late January": the month, more precisely put.
  if (/^(early|mid|late)$/i.test(s[i - 1]?.text ?? '') && /^[ -]$/.test(s[i - 1]!.post)) from = i - 1;
  let to = i;
  let day = dayOf(s[i + 1]);
  if (day !== undefined) to = i + 1;
  else if (from === i && dayOf(s[i - 1]) !== undefined && s[i - 1]!.post.trim() === '') {
    day = dayOf(s[i - 1]);
    from = i - 1;
  }
  const year = yearOf(s[to + 1]);
  if (year !== undefined) to++;
  const key = `${monthName}${day !== undefined ? ' ' + day : ''}${year !== undefined ? ' ' + year : ''}`;
  const refYear = year ?? (articleDate ? Number(articleDate.slice(0, 4)) : undefined);
  let normalized: string | undefined;
  if (refYear !== undefined)
    normalized = day !== undefined ? `${refYear}-${pad(month)}-${pad(day)}` : `${refYear}-${pad(month)}`;
  make(from, to, key, normalized);
  return to;
}

/** News convention: a bare weekday is the one in the article's own week (within three days). */
export function resolveWeekday(articleDate: string, weekday: number): string {
  const base = new Date(articleDate + 'T12:00:00Z');
  let delta = weekday - base.getUTCDay();
  if (delta > 3) delta -= 7;
  if (delta < -3) delta += 7;
  base.setUTCDate(base.getUTCDate() + delta);
  return base.toISOString().slice(0, 10);
}

const MONTH_WORD =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** "March 3, 2024", "3 March 2024" (the order most of the world writes), "2024-03-03". */
const FULL_DATE = new RegExp(
  `\\b${MONTH_WORD}\\.? (\\d{1,2}),? (\\d{4})\\b|\\b(\\d{1,2}) ${MONTH_WORD}\\.?,? (\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
);

/** The article's own date: the first full date in its header (headline, byline, dateline). */
export function findArticleDate(text: string): string | undefined {
  const m = FULL_DATE.exec(text.slice(0, 600));
  if (!m) return undefined;
  if (m[7]) return `${m[7]}-${m[8]}-${m[9]}`;
  if (m[4]) return `${m[6]}-${pad(monthIndex(m[5]!) + 1)}-${pad(Number(m[4]))}`;
  return `${m[3]}-${pad(monthIndex(m[1]!) + 1)}-${pad(Number(m[2]))}`;
}

/** The day relative dates count from, and where it was found. */
export interface ReferenceDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The document's published date, or a full date in the article's header (its dateline or byline). */
  from: 'published' | 'header';
}

/** The date "last week" or "on Tuesday" is counted from: the published date, else the header's date. */
export function referenceDate(text: string, publishedAt: string | null | undefined): ReferenceDate | undefined {
  if (publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt))
    return { date: publishedAt.slice(0, 10), from: 'published' };
  const found = findArticleDate(text);
  return found ? { date: found, from: 'header' } : undefined;
}

function isFirstName(t: Token): boolean {
  return t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
}
