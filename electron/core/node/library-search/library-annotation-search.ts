/**
 * The library-wide search as the app serves it: one AnnotationSearch over
 * every annotation, kept in step with the library.
 *
 * - Built when first needed, in slices of about SLICE_MS between which the
 *   event loop answers other requests: 20,000 annotations take over a
 *   second to index, and the window must never wait that long for anything else.
 * - Kept up to date from the library's change events (library.onChange):
 *   every write, delete, annotation import, document delete or new version
 *   names the documents it touched, and those are compared with what is
 *   indexed — records are immutable, so an unchanged annotation is the same
 *   object — and only the differences re-indexed, in slices again. A search
 *   waits for that to finish, so it always sees the library as it is.
 * - "Entity mentioned in the quote": each annotation's entity keys come from
 *   the library entity index (a quote overlapping a mention of an entity),
 *   worked out again only when an entity filter is used and the index or the
 *   annotations changed since.
 */
import type {
  Annotation,
  AnnotationSearchFilters,
  AnnotationSearchResult,
  DocumentRecord,
} from '../../../shared/api-contract.ts';
import { lowerBound } from '../../../shared/binary-search.ts';
import { AnnotationSearch, type SearchableAnnotation } from '../../common/library-search/annotation-search.ts';
import type { Library } from '../library/library.ts';
import type { BuiltEntityIndex, LibraryEntityIndex } from '../library-index/library-entity-index.ts';

/** Work between two yields to the event loop. */
const SLICE_MS = 15;
/** Characters of a quote or note a result line carries. */
const SHOWN_CHARS = 400;
/** Results shown for one query. */
export const MAX_RESULTS = 300;

export interface SearchIndexStats {
  /** Wall time of the first build, yields included. */
  buildMs: number;
  /** The longest the event loop waited on the index, build or update. */
  longestSliceMs: number;
  slices: number;
}

export class LibraryAnnotationSearch {
  readonly stats: SearchIndexStats = { buildMs: 0, longestSliceMs: 0, slices: 0 };
  readonly #search = new AnnotationSearch();
  /** What is indexed, by document: its title then, and each annotation as indexed. */
  readonly #indexed = new Map<string, { title: string; annotations: Map<string, Annotation> }>();
  /** Documents to bring up to date; every document before the first build. */
  readonly #dirty = new Set<string>();
  #started = false;
  #updating: Promise<void> | null = null;
  /** The entity index generation the annotations' entity keys were worked out from; -1 when out of date. */
  #keysFrom = -1;

  constructor(
    private readonly library: Library,
    private readonly entityIndex: LibraryEntityIndex,
  ) {
    library.onChange((change) => {
      if (!this.#started) return; // the first build reads the library as it is then
      for (const id of change.documentIds) this.#dirty.add(id);
      if (change.index) {
        // Deleted documents, and new versions' titles.
        const titles = new Map(library.documents.map((d) => [d.id, d.title]));
        for (const [id, entry] of this.#indexed) if (titles.get(id) !== entry.title) this.#dirty.add(id);
      }
      void this.#update();
    });
  }

  /** Builds the index unless it is (being) built; resolves once it is up to date. */
  ready(): Promise<void> {
    if (!this.#started) {
      this.#started = true;
      for (const record of this.library.documents) this.#dirty.add(record.id);
      const started = performance.now();
      return this.#update().then(() => {
        this.stats.buildMs = performance.now() - started;
      });
    }
    return this.#update();
  }

  async search(query: string, filters: AnnotationSearchFilters = {}): Promise<AnnotationSearchResult> {
    await this.ready();
    if (filters.entityKey) await this.#updateEntityKeys(await this.entityIndex.current());
    const groups = this.#search.search(query, filters, MAX_RESULTS + 1);
    let count = 0;
    const result: AnnotationSearchResult = { groups: [], count: 0, truncated: false };
    for (const group of groups) {
      const entry = this.#indexed.get(group.documentId);
      if (!entry) continue;
      const hits = [];
      for (const hit of group.hits) {
        const annotation = entry.annotations.get(hit.id);
        if (!annotation) continue;
        if (count === MAX_RESULTS) {
          result.truncated = true;
          break;
        }
        count++;
        hits.push({
          id: annotation.id,
          color: annotation.color,
          quote: clip(annotation.target.quote.exact),
          note: clip(annotation.note),
          tags: annotation.tags ?? [],
          ...(annotation.grade ? { grade: annotation.grade } : {}),
          created: annotation.created,
        });
      }
      if (hits.length > 0) result.groups.push({ documentId: group.documentId, title: entry.title, hits });
    }
    result.count = count;
    return result;
  }

  /** Runs until no document is left to bring up to date; one run at a time. */
  #update(): Promise<void> {
    this.#updating ??= this.#drain().finally(() => (this.#updating = null));
    return this.#updating;
  }

  async #drain(): Promise<void> {
    let slice = performance.now();
    const yieldIfDue = async () => {
      const spent = performance.now() - slice;
      if (spent < SLICE_MS) return;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
      this.stats.slices++;
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    };
    while (this.#dirty.size > 0) {
      const documentId = this.#dirty.values().next().value!;
      this.#dirty.delete(documentId);
      const record = this.library.documents.find((d) => d.id === documentId);
      const entry = this.#indexed.get(documentId);
      if (!record) {
        for (const id of entry?.annotations.keys() ?? []) this.#search.remove(id);
        this.#indexed.delete(documentId);
        continue;
      }
      // A change arriving during a yield names this document again: it is then compared once more.
      const current = this.library.annotationsOf(documentId);
      const kept = entry && entry.title === record.title ? entry : { title: record.title, annotations: new Map() };
      this.#indexed.set(documentId, kept);
      const present = new Set<string>();
      for (const annotation of current) {
        present.add(annotation.id);
        if (kept.annotations.get(annotation.id) === annotation) continue;
        this.#search.put(searchable(annotation, record));
        kept.annotations.set(annotation.id, annotation);
        this.#keysFrom = -1;
        await yieldIfDue();
      }
      for (const id of [...(entry?.annotations.keys() ?? [])]) {
        if (present.has(id)) continue;
        this.#search.remove(id);
        kept.annotations.delete(id);
      }
    }
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, performance.now() - slice);
  }

  /** Each annotation's entity keys: the library entities whose mentions its passage overlaps. */
  async #updateEntityKeys(index: BuiltEntityIndex): Promise<void> {
    if (this.#keysFrom === index.generation) return;
    for (const [documentId, entry] of this.#indexed) {
      const curated = index.documents.get(documentId);
      const mentions = (curated?.entities ?? [])
        .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, key: curated!.keyOf.get(e.id) })))
        .filter((m): m is { start: number; end: number; key: string } => m.key !== undefined)
        .sort((a, b) => a.start - b.start);
      const starts = mentions.map((m) => m.start);
      const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
      for (const annotation of entry.annotations.values()) {
        const { start, end } = annotation.target.position;
        const keys = new Set<string>();
        for (let i = lowerBound(starts, end) - 1; i >= 0 && starts[i]! >= start - longest; i--) {
          if (mentions[i]!.end > start) keys.add(mentions[i]!.key);
        }
        this.#search.setEntityKeys(annotation.id, [...keys]);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#keysFrom = index.generation;
  }
}

function searchable(annotation: Annotation, record: DocumentRecord): SearchableAnnotation {
  return {
    id: annotation.id,
    documentId: record.id,
    documentTitle: record.title,
    quote: annotation.target.quote.exact,
    note: annotation.note,
    tags: annotation.tags ?? [],
    color: annotation.color,
    ...(annotation.grade ? { grade: annotation.grade } : {}),
    created: annotation.created,
    entityKeys: [],
  };
}

function clip(text: string): string {
  return text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS)}…`;
}
