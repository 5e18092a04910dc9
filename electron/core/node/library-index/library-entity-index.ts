/**
 * The library's entity index as the app serves it: every document's kept
 * extraction (entity-cache.ts) with the reader's corrections applied — its
 * own and the library-wide ones — joined across documents by
 * buildEntityIndex. Built when first asked for, rebuilt on the next request
 * after any change (a document added, replaced or deleted, a correction, an
 * extraction kept); a document whose inputs did not change is not corrected
 * again. Documents with no current extraction are listed as unindexed: the
 * window extracts them in the background and sends what it finds.
 */
import type { EntityCorrection, UnindexedDocument } from '../../../shared/api-contract.ts';
import type { Entity } from '../../common/entities/types.ts';
import { applyCorrections, correctionsInOrder } from '../../common/entity-corrections/apply-corrections.ts';
import {
  buildEntityIndex,
  type DocumentEntities,
  type IndexedEntity,
} from '../../common/library-index/entity-index.ts';
import type { Library } from '../library/library.ts';
import { EntityCache } from './entity-cache.ts';

/** Work between two yields to the event loop while building, so other requests are answered meanwhile. */
const SLICE_MS = 15;

export interface BuiltEntityIndex {
  /** Bumped at each build: who derives from the index (the search's entity filter) can tell it changed. */
  generation: number;
  entities: IndexedEntity[];
  unindexed: UnindexedDocument[];
  /** By document: its corrected entities and, for each, the key of the library entity it belongs to. */
  documents: Map<string, { entities: Entity[]; keyOf: Map<string, string> }>;
}

interface Curated {
  contentHash: string;
  extraction: Entity[];
  own: readonly EntityCorrection[];
  library: readonly EntityCorrection[];
  entities: Entity[];
}

export class LibraryEntityIndex {
  readonly cache: EntityCache;
  readonly #curated = new Map<string, Curated>();
  #built: BuiltEntityIndex | null = null;
  #building: Promise<BuiltEntityIndex> | null = null;
  /** Bumped by every change; a build that saw an older one is built again. */
  #changes = 0;
  #generation = 0;

  constructor(private readonly library: Library) {
    this.cache = new EntityCache(library, () => this.#invalidate());
    library.onChange(() => this.#invalidate());
  }

  /** The index as the library is now; built (in slices) when something changed since the last. */
  async current(): Promise<BuiltEntityIndex> {
    while (!this.#built) {
      this.#building ??= this.#build().finally(() => (this.#building = null));
      const seen = this.#changes;
      const built = await this.#building;
      if (seen === this.#changes) this.#built = built;
    }
    return this.#built;
  }

  #invalidate(): void {
    this.#changes++;
    this.#built = null;
  }

  async #build(): Promise<BuiltEntityIndex> {
    const unindexed: UnindexedDocument[] = [];
    const input: DocumentEntities[] = [];
    const library = this.library.libraryCorrections;
    let slice = performance.now();
    for (const record of [...this.library.documents]) {
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
      if (!this.library.documents.includes(record)) continue; // deleted or replaced meanwhile: the next build has it
      const extraction = await this.cache.entities(record);
      if (!extraction) {
        const { id, title, contentHash, textLength } = record;
        unindexed.push({ documentId: id, title, contentHash, textLength });
        continue;
      }
      const own = this.library.correctionsOf(record.id);
      let curated = this.#curated.get(record.id);
      if (
        !curated ||
        curated.contentHash !== record.contentHash ||
        curated.extraction !== extraction ||
        curated.own !== own ||
        curated.library !== library
      ) {
        const text = await this.library.textOf(record.id);
        const entities = applyCorrections(text, extraction, correctionsInOrder(own, library));
        curated = { contentHash: record.contentHash, extraction, own, library, entities };
        this.#curated.set(record.id, curated);
      }
      input.push({ documentId: record.id, title: record.title, created: record.created, entities: curated.entities });
    }
    const present = new Set(this.library.documents.map((d) => d.id));
    for (const id of this.#curated.keys()) if (!present.has(id)) this.#curated.delete(id);

    const entities = buildEntityIndex(input);
    const documents = new Map(input.map((d) => [d.documentId, { entities: [...d.entities], keyOf: new Map() }]));
    for (const entity of entities) {
      for (const { documentId, entityIds } of entity.documents) {
        for (const entityId of entityIds) documents.get(documentId)!.keyOf.set(entityId, entity.key);
      }
    }
    return { generation: ++this.#generation, entities, unindexed, documents };
  }
}
