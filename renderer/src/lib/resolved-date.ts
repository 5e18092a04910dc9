import type { TimePrecision } from '../../../electron/shared/timeline-types.ts';
import { firstDay } from '../../../electron/core/common/timeline/timeline.ts';
import { publishedDate } from './article-details.ts';

/**
 * A resolved calendar value written out in the reader's locale: a day as
 * "6 March 2015", a month as "March 2015", a year as itself; null for
 * anything else. Months are named, so "3/1" can never be misread.
 */
export function resolvedDate(iso: string, locale?: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return publishedDate(iso, locale);
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return /^\d{4}$/.test(iso) ? iso : null;
}

/**
 * A timeline period written out: a day, month or year as `resolvedDate`,
 * a week by its Monday ("week of 2 March 2015"), a decade as "1990s", a
 * century by its ordinal ("20th century").
 */
export function periodLabel(value: string, precision: TimePrecision, locale?: string): string {
  if (precision === 'week') return `week of ${resolvedDate(firstDay(value, 'week'), locale) ?? value}`;
  if (precision === 'decade') return `${value}s`;
  if (precision === 'century') {
    const n = Math.floor(Number(value) / 100) + 1;
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix} century`;
  }
  return resolvedDate(value, locale) ?? value;
}
