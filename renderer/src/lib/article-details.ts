import type { DocumentSummary } from '../../../electron/shared/api-contract.ts';

/** The line under the headline: byline, source and dateline, when the article has them. */
export function articleDetails(
  document: Pick<DocumentSummary, 'byline' | 'source' | 'dateline' | 'publishedAt'>,
): string {
  const parts: string[] = [];
  if (document.byline) parts.push(`By ${document.byline.replace(/^by\s+/i, '')}`);
  if (document.source) parts.push(`Source: ${document.source}`);
  if (document.dateline) parts.push(document.dateline);
  else if (document.publishedAt) parts.push(publishedDate(document.publishedAt) ?? document.publishedAt);
  return parts.join(' · ');
}

/**
 * A publication date written out so no reader can misread it ("1 March 2019",
 * "March 1, 2019": the month by name, in the reader's locale), or null when
 * `value` is not a date. The calendar date is the one the publisher wrote:
 * "2019-03-01T23:30:00-05:00" is 1 March wherever it is read, and a bare
 * "2019-03-01" is never moved to the day before by a time zone.
 */
export function publishedDate(value: string, locale?: string): string | null {
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const time = written ? Date.UTC(Number(written[1]), Number(written[2]) - 1, Number(written[3])) : Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(time).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(written ? { timeZone: 'UTC' } : {}),
  });
}
