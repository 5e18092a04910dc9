/**
 * The entity index across the library ("People, Organizations, Places"):
 * what the library serves (`entity-index:get`), and the background work
 * that completes it. Documents whose entities are not known yet are
 * extracted here, one at a time, in the same Web Workers as the open
 * document's (never on the UI thread), after the open document's own
 * extraction; each result is handed to the library to keep, and the index
 * is fetched again as they come in. Progress is shown while it runs.
 */
import type { EntityKind, LibraryEntity, UnindexedDocument } from '../../../electron/shared/api-contract.ts';
import { call } from '../api/client.ts';
import { extractInWorker } from '../entities/extract-in-worker.ts';
import { waitFor } from '../lib/wait-for.ts';
import { entities, keepExtraction } from './entities.svelte.ts';
import { reader } from './reader.svelte.ts';

/** What the index offers to correct in every document. */
export type LibraryCorrection =
  { kind: 'retype'; type: EntityKind } | { kind: 'rename'; name: string } | { kind: 'remove' };

/** While indexing, the index is fetched again at most this often: the list stays steady enough to read. */
const REFRESH_EVERY_MS = 2_000;

export interface IndexingProgress {
  /** Documents done, of `total`. */
  done: number;
  total: number;
  /** The document being read, and how far. */
  title: string;
  fraction: number;
}

class EntityIndexState {
  #entities = $state.raw<LibraryEntity[]>([]);
  #unindexed = $state.raw<UnindexedDocument[]>([]);
  #documentCount = $state(0);
  #status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  #error = $state<string | null>(null);
  #progress = $state<IndexingProgress | null>(null);
  /** Documents that could not be read (their text is missing): not tried again this session. */
  readonly #failed = new Set<string>();

  /** The entity shown in detail. */
  selectedKey = $state<string | null>(null);

  get entities(): LibraryEntity[] {
    return this.#entities;
  }
  get unindexed(): UnindexedDocument[] {
    return this.#unindexed;
  }
  get documentCount(): number {
    return this.#documentCount;
  }
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#status;
  }
  get error(): string | null {
    return this.#error;
  }
  /** Set while documents are being extracted in the background. */
  get progress(): IndexingProgress | null {
    return this.#progress;
  }
  get selected(): LibraryEntity | null {
    return this.#entities.find((e) => e.key === this.selectedKey) ?? null;
  }

  /**
   * A library-wide correction made from the index ("Always treat 'X' as an
   * organisation", "call it Y everywhere", "not an entity anywhere"): stored,
   * shown, and undoable.
   */
  async correctEverywhere(entity: LibraryEntity, correction: LibraryCorrection, label: string): Promise<void> {
    const ref = { type: entity.type, name: entity.name, aliases: entity.aliases.slice(0, 100) };
    const request = {
      documentId: entity.documents[0]!.documentId,
      correction:
        correction.kind === 'retype'
          ? { kind: 'retype' as const, entity: ref, type: correction.type }
          : correction.kind === 'rename'
            ? { kind: 'rename' as const, entity: ref, name: correction.name }
            : { kind: 'remove' as const, entity: ref },
      scope: 'library' as const,
    };
    // The entity stays chosen under its new name or type (its key changes with them), and again after undo.
    const before = { type: entity.type, name: entity.name };
    const after =
      correction.kind === 'retype'
        ? { ...before, type: correction.type }
        : correction.kind === 'rename'
          ? { ...before, name: correction.name }
          : null;
    const changed = async (chosen: { type: EntityKind; name: string } | null) => {
      await Promise.all([this.#fetch(), entities.refreshCorrections()]);
      const found = chosen && this.#entities.find((e) => e.type === chosen.type && e.name === chosen.name);
      if (this.selectedKey === entity.key || !this.selected) this.selectedKey = found ? found.key : null;
    };
    try {
      let stored = await call('entities:correct', request);
      await changed(after);
      reader.history.push({
        label,
        undo: async () => {
          await call('entities:uncorrect', { id: stored.id });
          await changed(before);
        },
        redo: async () => {
          stored = await call('entities:correct', request);
          await changed(after);
        },
      });
      reader.say(`Done in every document: ${label}. Press Ctrl+Z to undo.`);
    } catch (error) {
      reader.say(error instanceof Error ? error.message : String(error), true);
    }
  }

  /** Fetches the index, and starts extracting the documents it lacks. */
  async load(): Promise<void> {
    if (this.#status !== 'ready') this.#status = 'loading';
    try {
      await this.#fetch();
      this.#status = 'ready';
      void this.#indexRest();
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
      this.#status = 'error';
    }
  }

  async #fetch(): Promise<void> {
    const index = await call('entity-index:get', {});
    this.#entities = index.entities;
    this.#unindexed = index.unindexed;
    this.#documentCount = index.documentCount;
  }

  /** Extracts every unindexed document in turn; one run at a time. */
  async #indexRest(): Promise<void> {
    if (this.#progress) return;
    const queue = this.#unindexed.filter((d) => !this.#failed.has(d.documentId));
    if (queue.length === 0) return;
    this.#progress = { done: 0, total: queue.length, title: queue[0]!.title, fraction: 0 };
    let fetched = performance.now();
    try {
      for (const [i, document] of queue.entries()) {
        this.#progress = { done: i, total: queue.length, title: document.title, fraction: 0 };
        // The open document's entities first: it is what the reader is looking at.
        await waitFor(() => entities.status !== 'extracting', 120_000);
        await this.#extract(document);
        if (performance.now() - fetched > REFRESH_EVERY_MS) {
          await this.#fetch();
          fetched = performance.now();
        }
      }
    } finally {
      this.#progress = null;
    }
    await this.#fetch();
    void this.#indexRest(); // documents added meanwhile
  }

  async #extract(document: UnindexedDocument): Promise<void> {
    const { documentId } = document;
    try {
      const kept = await call('entities:cached', { documentId });
      if (kept.entities) return; // found meanwhile (the document was opened)
      const { text, contentHash, publishedAt } = await call('document:text', { documentId });
      const extraction = extractInWorker(
        text,
        (fraction) => {
          if (this.#progress) this.#progress = { ...this.#progress, fraction };
        },
        publishedAt ?? undefined,
      );
      await keepExtraction(documentId, contentHash, await extraction.result);
    } catch {
      this.#failed.add(documentId); // its text is gone, or the extractor failed on it: the rest go on
    }
  }
}

export const entityIndex = new EntityIndexState();
