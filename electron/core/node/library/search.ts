/**
 * Library search: which documents hold every term of a query, in their title
 * or their text, with a short excerpt to show why.
 *
 * Texts are scanned with a case-insensitive regular expression rather than a
 * lower-cased copy, so excerpt offsets are exact whatever the script. A
 * library of a few hundred articles is a few MB of text: a scan takes
 * milliseconds and needs no index to keep in sync.
 */
import type { LibrarySearchHit } from '../../../shared/api-contract.ts';
import type { Library } from './library.ts';

/** Characters of context on each side of a match in the excerpt. */
const SNIPPET_CONTEXT = 60;
const MAX_TERMS = 8;

export function searchTerms(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
}

function pattern(term: string): RegExp {
  return new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
}

/** Excerpt of `text` around `[start, end)`, cut at word boundaries, on one line. */
export function snippetAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  let to = Math.min(text.length, end + SNIPPET_CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Every document whose title or text holds all the terms. An empty query matches nothing. */
export async function searchLibrary(library: Library, query: string): Promise<LibrarySearchHit[]> {
  const terms = searchTerms(query).map(pattern);
  if (terms.length === 0) return [];
  const hits: LibrarySearchHit[] = [];
  for (const record of library.documents) {
    const text = await library.textOf(record.id);
    const inTitle = terms.map((t) => t.test(record.title));
    if (!terms.every((t, i) => inTitle[i] || t.test(text))) continue;
    const firstInText = terms.map((t) => t.exec(text)).find((m) => m !== null);
    if (inTitle[0] || !firstInText) {
      hits.push({ documentId: record.id, matchedIn: 'title', snippet: snippetAround(text, 0, 0) });
    } else {
      hits.push({
        documentId: record.id,
        matchedIn: 'text',
        snippet: snippetAround(text, firstInText.index, firstInText.index + firstInText[0].length),
      });
    }
  }
  return hits;
}
