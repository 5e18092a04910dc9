/**
 * One search over every note in the library: quotes, notes and tags, case-
 * and accent-insensitive ("maori" finds "Māori"), as the reader types (prefix
 * and a little fuzziness on longer words), filtered by document, colour, tag,
 * an entity the quote mentions, and the date added. An inverted index
 * (`minisearch`) kept up to date one annotation at a time, so each keystroke
 * costs a lookup, not a scan of 20,000 notes.
 */
import MiniSearch from 'minisearch';

/** What the index needs of one annotation. */
export interface SearchableAnnotation {
  id: string;
  documentId: string;
  documentTitle: string;
  quote: string;
  note: string;
  tags: readonly string[];
  color: string;
  created: string;
  /** Keys of the library entities the quote mentions (see library-index/entity-index.ts). */
  entityKeys: readonly string[];
}

export interface SearchFilters {
  documentId?: string;
  color?: string;
  tag?: string;
  entityKey?: string;
  /** Added on or after (ISO 8601 date or time). */
  from?: string;
  /** Added on or before. */
  to?: string;
}

export interface SearchHit {
  id: string;
  documentId: string;
  score: number;
}

export interface DocumentHits {
  documentId: string;
  documentTitle: string;
  hits: SearchHit[];
}

/** Lowercase, accents and other marks removed: "Māori" and "maori" are one word. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Words too common to tell notes apart ("the", "of"): left out of the index
 * and of queries, so "the government" looks for "government".
 */
const STOP_WORDS = new Set(
  `a an and are as at be but by for from had has have he her his i if in into is it its of on or our she so that
   the their them then there these they this to was we were what when which who will with you`.split(/\s+/),
);

export class AnnotationSearch {
  readonly #index = new MiniSearch<SearchableAnnotation>({
    fields: ['quote', 'note', 'tagText', 'documentTitle'],
    storeFields: ['documentId'],
    extractField: (doc, field) =>
      field === 'tagText' ? doc.tags.join(' ') : (doc as unknown as Record<string, string>)[field]!,
    processTerm: (term) => {
      const folded = foldTerm(term);
      return STOP_WORDS.has(folded) ? null : folded;
    },
    searchOptions: {
      boost: { tagText: 2, quote: 1.5 },
      // Only the word being typed is a prefix; finished words match whole (or nearly, when long).
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term, i, terms) => (i < terms.length - 1 && term.length > 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  readonly #byId = new Map<string, SearchableAnnotation>();

  get size(): number {
    return this.#byId.size;
  }

  /** Adds or replaces one annotation. */
  put(annotation: SearchableAnnotation): void {
    if (this.#byId.has(annotation.id)) this.#index.discard(annotation.id);
    this.#byId.set(annotation.id, annotation);
    this.#index.add(annotation);
  }

  remove(id: string): void {
    if (!this.#byId.delete(id)) return;
    this.#index.discard(id);
  }

  /** Every annotation of a document goes (the document was deleted or replaced). */
  removeDocument(documentId: string): void {
    for (const a of [...this.#byId.values()]) if (a.documentId === documentId) this.remove(a.id);
  }

  /**
   * Hits for `query` (every word must match a word, as a prefix) that pass the
   * filters; an empty query lists everything the filters pass, newest first.
   * Grouped by document, the best document first.
   */
  search(query: string, filters: SearchFilters = {}, limit = 500): DocumentHits[] {
    // One letter matches nearly every word: wait for a second.
    if (query.trim().length === 1) return [];
    const pass = (a: SearchableAnnotation | undefined): a is SearchableAnnotation =>
      a !== undefined &&
      (filters.documentId === undefined || a.documentId === filters.documentId) &&
      (filters.color === undefined || a.color === filters.color) &&
      (filters.tag === undefined || a.tags.some((t) => foldTerm(t) === foldTerm(filters.tag!))) &&
      (filters.entityKey === undefined || a.entityKeys.includes(filters.entityKey)) &&
      (filters.from === undefined || a.created >= filters.from) &&
      (filters.to === undefined || a.created.slice(0, filters.to.length) <= filters.to);
    let hits: SearchHit[];
    if (query.trim() === '') {
      hits = [...this.#byId.values()]
        .filter(pass)
        .sort((a, b) => b.created.localeCompare(a.created))
        .map((a) => ({ id: a.id, documentId: a.documentId, score: 0 }));
    } else {
      hits = this.#index.search(query, { filter: (r) => pass(this.#byId.get(r.id as string)) }).map((r) => ({
        id: r.id as string,
        documentId: (r as unknown as { documentId: string }).documentId,
        score: r.score,
      }));
    }
    const groups = new Map<string, DocumentHits>();
    for (const hit of hits.slice(0, limit)) {
      const group = groups.get(hit.documentId);
      if (group) group.hits.push(hit);
      else
        groups.set(hit.documentId, {
          documentId: hit.documentId,
          documentTitle: this.#byId.get(hit.id)!.documentTitle,
          hits: [hit],
        });
    }
    return [...groups.values()];
  }

  get(id: string): SearchableAnnotation | undefined {
    return this.#byId.get(id);
  }
}
