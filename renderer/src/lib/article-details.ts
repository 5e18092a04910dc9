import type { DocumentSummary } from '../../../electron/shared/api-contract.ts';

/** The line under the headline: byline, source and dateline, when the article has them. */
export function articleDetails(
  document: Pick<DocumentSummary, 'byline' | 'source' | 'dateline' | 'publishedAt'>,
): string {
  const parts: string[] = [];
  if (document.byline) parts.push(`By ${document.byline.replace(/^by\s+/i, '')}`);
  if (document.source) parts.push(`Source: ${document.source}`);
  if (document.dateline) parts.push(document.dateline);
  else if (document.publishedAt) parts.push(new Date(document.publishedAt).toLocaleDateString());
  return parts.join(' · ');
}
