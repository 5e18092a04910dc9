/**
 * The open document's entities: extracted in a Web Worker once per version
 * of its text (what was found is kept in the library beside the text, so a
 * document reopens with its entities at once), corrected by the reader
 * (corrections of this document and library-wide ones, reapplied to the
 * extraction), and what the panel and the article show of them: the hovered
 * entity, the mention the reader cycled to, and whether all are tinted.
 */
import { compactEntities, expandEntities } from '../../../electron/core/common/entities/cached-entities.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../../../electron/core/common/entities/extractor-version.ts';
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import { applyCorrections, refOf } from '../../../electron/core/common/entity-corrections/apply-corrections.ts';
import type {
  CorrectionScope,
  EntityCorrection,
  EntityCorrectionInput,
  EntityKind,
  ExportedEntity,
  OpenedDocument,
} from '../../../electron/shared/api-contract.ts';
import { call } from '../api/client.ts';
import { extractInWorker } from '../entities/extract-in-worker.ts';
import type { Decoration } from '../lib/article-dom.ts';
import { mentionDecorations } from '../lib/entity-list.ts';
import { reader } from './reader.svelte.ts';

const TINT_KEY = 'marginalia:tint-entities';
const CACHED_EXTRACTIONS = 4;

/** What the undo message calls each kind of correction. */
const LABELS: Record<EntityCorrectionInput['kind'], string> = {
  add: 'marking as entity',
  alias: 'alias',
  rename: 'rename',
  retype: 'type change',
  merge: 'merge',
  remove: 'entity removal',
  speaker: 'speaker change',
};

/** A selection being marked as an entity, and where to show the popover. */
export interface Marking {
  text: string;
  top: number;
  left: number;
}

class Entities {
  #documentId = $state<string | null>(null);
  #text = '';
  #extracted = $state.raw<Entity[] | null>(null);
  /** The corrections of the entity list; a quotation's speaker is kept apart, so choosing one does not redo the list. */
  #corrections = $state.raw<EntityCorrection[]>([]);
  #speakerCorrections = $state.raw<EntityCorrection[]>([]);
  /** Until the corrections are in, the raw extraction is not shown (it would flash uncorrected). */
  #correctionsLoaded = $state(false);
  /** Extractions of the last few texts, by content hash: going back to a document is instant. */
  readonly #cache = new Map<string, Entity[]>();
  #progress = $state(0);
  #error = $state<string | null>(null);
  #cancel: (() => void) | null = null;
  #curated = $derived.by(() =>
    this.#extracted && this.#correctionsLoaded ? applyCorrections(this.#text, this.#extracted, this.#corrections) : [],
  );

  /** Paint every mention by type. Remembered across sessions. */
  #tintAll = $state(readTint());
  hoveredId = $state<string | null>(null);
  /** The mention the reader cycled to by clicking an entity. */
  current = $state<{ entityId: string; index: number } | null>(null);
  /** Bumped to ask the article to scroll to the current mention. */
  revealRequest = $state(0);
  marking = $state<Marking | null>(null);

  #decorations = $derived.by(() =>
    mentionDecorations(this.#curated, { tintAll: this.#tintAll, hoveredId: this.hoveredId, current: this.current }),
  );

  /** The document the list is of (it lags behind a document just opened until `load`). */
  get documentId(): string | null {
    return this.#documentId;
  }
  get list(): Entity[] {
    return this.#curated;
  }
  /** The reader's choices of who said a quotation, oldest first (applied by the quotes state). */
  get speakerCorrections(): EntityCorrection[] {
    return this.#speakerCorrections;
  }
  get status(): 'idle' | 'extracting' | 'ready' | 'error' {
    if (this.#error) return 'error';
    if (this.#extracted && this.#correctionsLoaded) return 'ready';
    return this.#documentId ? 'extracting' : 'idle';
  }
  get progress(): number {
    return this.#progress;
  }
  get error(): string | null {
    return this.#error;
  }
  get decorations(): Decoration[] {
    return this.#decorations;
  }
  get tintAll(): boolean {
    return this.#tintAll;
  }
  set tintAll(value: boolean) {
    this.#tintAll = value;
    try {
      localStorage.setItem(TINT_KEY, value ? '1' : '0');
    } catch {
      // Storage may be unavailable; the toggle still works for this session.
    }
  }

  /** Starts extracting `opened` (once per document) and loads its corrections. */
  load(opened: OpenedDocument): void {
    const documentId = opened.document.id;
    if (documentId === this.#documentId && opened.text === this.#text) return;
    this.#cancel?.();
    this.#documentId = documentId;
    this.#text = opened.text;
    this.#extracted = null;
    this.#setCorrections([]);
    this.#correctionsLoaded = false;
    this.#progress = 0;
    this.#error = null;
    this.hoveredId = null;
    this.current = null;
    this.marking = null;

    call('entities:corrections', { documentId }).then(
      ({ corrections }) => {
        if (this.#documentId !== documentId) return;
        this.#setCorrections(corrections);
        this.#correctionsLoaded = true;
      },
      (error: unknown) => {
        if (this.#documentId === documentId) this.#correctionsLoaded = true;
        reader.say(`Entity corrections could not be loaded: ${message(error)}`, true);
      },
    );
    const hash = opened.document.contentHash;
    const cached = this.#cache.get(hash);
    if (cached) {
      this.#extracted = cached;
      this.#progress = 1;
      return;
    }
    // Started once the page is idle: the article's first screen comes first,
    // and on a 2-core machine the worker's start-up would compete with it.
    const publishedAt = opened.document.publishedAt ?? undefined;
    const extract = () => {
      const idle = requestIdleCallback(() => this.#extract(opened.text, hash, documentId, publishedAt), {
        timeout: 1_000,
      });
      this.#cancel = () => cancelIdleCallback(idle);
    };
    // What an earlier extraction of this text found, when the library keeps it.
    call('entities:cached', { documentId }).then(
      ({ contentHash, entities: kept }) => {
        if (this.#documentId !== documentId) return;
        const expanded = kept && contentHash === hash ? expandEntities(opened.text, kept) : null;
        if (!expanded) return extract();
        this.#extracted = expanded;
        this.#progress = 1;
        this.#remember(hash, expanded);
      },
      () => this.#documentId === documentId && extract(),
    );
  }

  #extract(text: string, hash: string, documentId: string, publishedAt: string | undefined): void {
    // Read by `npm run bench`: the extraction's span on the timeline.
    performance.mark('marginalia:entities-start');
    // Progress shows in 5% steps: each repaint beside a long article costs a frame.
    let shown = 0;
    const extraction = extractInWorker(
      text,
      (fraction) => {
        if (this.#documentId !== documentId || (fraction - shown < 0.05 && fraction < 1)) return;
        shown = fraction;
        this.#progress = fraction;
      },
      publishedAt,
    );
    this.#cancel = extraction.cancel;
    extraction.result.then(
      (entities) => {
        // A task of its own, apart from reading the worker's message, keeps each under a frame budget.
        setTimeout(() => {
          if (this.#documentId !== documentId) return;
          this.#extracted = entities;
          this.#progress = 1;
          this.#remember(hash, entities);
          performance.mark('marginalia:entities-done');
          keepExtraction(documentId, hash, entities);
        });
      },
      (error: unknown) => {
        if (this.#documentId === documentId) this.#error = message(error);
      },
    );
  }

  /** Fetches the open document's corrections again (a library-wide one was made or undone elsewhere). */
  async refreshCorrections(): Promise<void> {
    const documentId = this.#documentId;
    if (!documentId) return;
    const { corrections } = await call('entities:corrections', { documentId });
    if (this.#documentId === documentId) this.#setCorrections(corrections);
  }

  find(id: string): Entity | undefined {
    return this.#curated.find((e) => e.id === id);
  }

  /** Moves to the entity's next mention (its first on the first click) and scrolls to it. */
  next(entity: Entity): void {
    const index = this.current?.entityId === entity.id ? (this.current.index + 1) % entity.mentions.length : 0;
    this.current = { entityId: entity.id, index };
    this.revealRequest++;
  }

  /** "2 of 5" for the entity the reader is cycling through, else null. */
  position(entity: Entity): string | null {
    if (this.current?.entityId !== entity.id) return null;
    return `${Math.min(this.current.index, entity.mentions.length - 1) + 1} of ${entity.mentions.length}`;
  }

  /** The curated list as an export carries it; undefined until extraction has finished. */
  exportable(): ExportedEntity[] | undefined {
    if (this.status !== 'ready') return undefined;
    return this.#curated.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.normalized ? { normalized: e.normalized } : {}),
      mentions: e.mentions.map(({ start, end }) => ({ start, end })),
    }));
  }

  // `scope` 'library': the correction applies in every document ("Always treat 'X' as an organisation").
  markAs(type: EntityKind, text: string, scope?: CorrectionScope): Promise<void> {
    return this.correct({ kind: 'add', type, text }, scope);
  }
  addAlias(entity: Entity, text: string, scope?: CorrectionScope): Promise<void> {
    return this.correct({ kind: 'alias', entity: refOf(entity), text }, scope);
  }
  rename(entity: Entity, name: string, scope?: CorrectionScope): Promise<void> {
    return this.correct({ kind: 'rename', entity: refOf(entity), name }, scope);
  }
  retype(entity: Entity, type: EntityKind, scope?: CorrectionScope): Promise<void> {
    return this.correct({ kind: 'retype', entity: refOf(entity), type }, scope);
  }
  merge(entity: Entity, into: Entity, scope?: CorrectionScope): Promise<void> {
    return this.correct({ kind: 'merge', entity: refOf(entity), into: refOf(into) }, scope);
  }
  remove(entity: Entity, scope?: CorrectionScope): Promise<void> {
    return this.correct({ kind: 'remove', entity: refOf(entity) }, scope);
  }

  /** Stores a correction and records it for undo; undo removes it, redo stores it again. */
  async correct(correction: EntityCorrectionInput, scope: CorrectionScope = 'document'): Promise<void> {
    const documentId = this.#documentId;
    if (!documentId) return;
    try {
      let stored = await call('entities:correct', { documentId, correction, scope });
      this.#append(documentId, stored);
      this.current = null;
      reader.history.push({
        label: scope === 'library' ? `library-wide ${LABELS[correction.kind]}` : LABELS[correction.kind],
        undo: async () => {
          await call('entities:uncorrect', { id: stored.id });
          if (this.#documentId === documentId) this.#drop(stored);
        },
        redo: async () => {
          stored = await call('entities:correct', { documentId, correction, scope });
          this.#append(documentId, stored);
        },
      });
    } catch (error) {
      reader.say(message(error), true);
    }
  }

  #remember(hash: string, extracted: Entity[]): void {
    this.#cache.delete(hash);
    this.#cache.set(hash, extracted);
    for (const oldest of this.#cache.keys()) {
      if (this.#cache.size <= CACHED_EXTRACTIONS) break;
      this.#cache.delete(oldest);
    }
  }

  #append(documentId: string, stored: EntityCorrection): void {
    if (this.#documentId !== documentId) return;
    if (stored.kind === 'speaker') this.#speakerCorrections = [...this.#speakerCorrections, stored];
    else this.#corrections = [...this.#corrections, stored];
  }

  #setCorrections(all: EntityCorrection[]): void {
    this.#corrections = all.filter((c) => c.kind !== 'speaker');
    this.#speakerCorrections = all.filter((c) => c.kind === 'speaker');
  }

  #drop(stored: EntityCorrection): void {
    if (stored.kind === 'speaker')
      this.#speakerCorrections = this.#speakerCorrections.filter((c) => c.id !== stored.id);
    else this.#corrections = this.#corrections.filter((c) => c.id !== stored.id);
  }
}

/** Hands what was found to the library, which keeps it beside the text; a failure only means extracting again next time. */
export function keepExtraction(documentId: string, contentHash: string, found: Entity[]): Promise<void> {
  return call('entities:cache-put', {
    documentId,
    contentHash,
    extractorVersion: ENTITY_EXTRACTOR_VERSION,
    entities: compactEntities(found),
  }).then(
    () => undefined,
    () => undefined,
  );
}

function readTint(): boolean {
  try {
    return localStorage.getItem(TINT_KEY) === '1';
  } catch {
    return false;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const entities = new Entities();
