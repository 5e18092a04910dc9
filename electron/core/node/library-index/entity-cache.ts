/**
 * What entity extraction found in each document's text, kept beside the
 * text (`texts/<sha256>.entities.json`, through the text store) so that a
 * text is extracted once per version of the extractor: the entity panel
 * reopens a document at once, and the library's entity index opens without
 * extracting anything it has seen.
 *
 * Extraction itself runs in the window's worker (it needs the bundled word
 * lists and gazetteers); the window sends what it found and this keeps it,
 * refusing an extraction of an older text or by another extractor version.
 * A kept extraction is stale, and so ignored, when its extractor version or
 * the document's published date (which dates resolve against) differs.
 */
import * as z from 'zod';
import { cachedEntitiesSchema, type CachedEntity, type DocumentRecord } from '../../../shared/api-contract.ts';
import { expandEntities } from '../../common/entities/cached-entities.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../../common/entities/extractor-version.ts';
import type { Entity } from '../../common/entities/types.ts';
import { ApiFailure } from '../api/api-failure.ts';
import type { Library } from '../library/library.ts';

const storedExtractionSchema = z.object({
  extractorVersion: z.number().int(),
  contentHash: z.string(),
  publishedAt: z.string().nullable(),
  entities: cachedEntitiesSchema,
});
type StoredExtraction = z.output<typeof storedExtractionSchema>;

export class EntityCache {
  /** By content hash: what is on disk, read once (null: nothing current there). */
  readonly #stored = new Map<string, StoredExtraction | null>();
  /** By content hash: the kept entities with their mention texts, made once. */
  readonly #expanded = new Map<string, Entity[]>();
  readonly #onKept: () => void;

  /** @param onKept - called after an extraction is kept (the index is then out of date). */
  constructor(
    private readonly library: Library,
    onKept: () => void = () => {},
  ) {
    this.#onKept = onKept;
  }

  /** The kept extraction of the document's current text, compact, or null when there is none current. */
  async compact(record: DocumentRecord): Promise<CachedEntity[] | null> {
    let stored = this.#stored.get(record.contentHash);
    if (stored === undefined) {
      const parsed = storedExtractionSchema.safeParse(await this.library.textStore.getEntities(record.contentHash));
      stored = parsed.success && parsed.data.extractorVersion === ENTITY_EXTRACTOR_VERSION ? parsed.data : null;
      this.#stored.set(record.contentHash, stored);
    }
    return stored && stored.publishedAt === (record.publishedAt ?? null) ? stored.entities : null;
  }

  /** The kept extraction with its mentions' text, or null. */
  async entities(record: DocumentRecord): Promise<Entity[] | null> {
    const compact = await this.compact(record);
    if (!compact) return null;
    let entities = this.#expanded.get(record.contentHash);
    if (!entities) {
      entities = expandEntities(await this.library.textOf(record.id), compact) ?? [];
      this.#expanded.set(record.contentHash, entities);
    }
    return entities;
  }

  /**
   * Keeps what the window extracted from the document's text; false (nothing
   * kept) when the text has changed since or the window's extractor is not
   * this build's.
   */
  async keep(
    documentId: string,
    extraction: { contentHash: string; extractorVersion: number; entities: CachedEntity[] },
  ): Promise<boolean> {
    const record = this.library.documentRecord(documentId);
    if (extraction.contentHash !== record.contentHash || extraction.extractorVersion !== ENTITY_EXTRACTOR_VERSION) {
      return false;
    }
    const expanded = expandEntities(await this.library.textOf(documentId), extraction.entities);
    if (!expanded) throw new ApiFailure('invalid-payload', 'an entity mention lies past the end of the text');
    const stored: StoredExtraction = {
      extractorVersion: ENTITY_EXTRACTOR_VERSION,
      contentHash: record.contentHash,
      publishedAt: record.publishedAt ?? null,
      entities: extraction.entities,
    };
    await this.library.textStore.putEntities(record.contentHash, stored);
    this.#stored.set(record.contentHash, stored);
    this.#expanded.set(record.contentHash, expanded);
    this.#onKept();
    return true;
  }
}
