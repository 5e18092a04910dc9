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
