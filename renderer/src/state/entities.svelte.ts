/**
 * The open document's entities: extracted in a Web Worker, corrected by the
 * reader (corrections are stored per document and reapplied to every fresh
 * extraction), and what the panel and the article show of them: the hovered
 * entity, the mention the reader cycled to, and whether all are tinted.
 */
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import { applyCorrections, refOf } from '../../../electron/core/common/entity-corrections/apply-corrections.ts';
import type {
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
  #corrections = $state.raw<EntityCorrection[]>([]);
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

  get list(): Entity[] {
    return this.#curated;
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
    this.#corrections = [];
    this.#correctionsLoaded = false;
    this.#progress = 0;
    this.#error = null;
    this.hoveredId = null;
    this.current = null;
    this.marking = null;

    call('entities:corrections', { documentId }).then(
      ({ corrections }) => {
        if (this.#documentId !== documentId) return;
        this.#corrections = corrections;
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
    const idle = requestIdleCallback(() => this.#extract(opened.text, hash, documentId, publishedAt), {
      timeout: 1_000,
    });
    this.#cancel = () => cancelIdleCallback(idle);
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
        });
      },
      (error: unknown) => {
        if (this.#documentId === documentId) this.#error = message(error);
      },
    );
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

  markAs(type: EntityKind, text: string): Promise<void> {
    return this.correct({ kind: 'add', type, text });
  }
  addAlias(entity: Entity, text: string): Promise<void> {
    return this.correct({ kind: 'alias', entity: refOf(entity), text });
  }
  rename(entity: Entity, name: string): Promise<void> {
    return this.correct({ kind: 'rename', entity: refOf(entity), name });
  }
  retype(entity: Entity, type: EntityKind): Promise<void> {
    return this.correct({ kind: 'retype', entity: refOf(entity), type });
  }
  merge(entity: Entity, into: Entity): Promise<void> {
    return this.correct({ kind: 'merge', entity: refOf(entity), into: refOf(into) });
  }
  remove(entity: Entity): Promise<void> {
    return this.correct({ kind: 'remove', entity: refOf(entity) });
  }

  /** Stores a correction and records it for undo; undo removes it, redo stores it again. */
  async correct(correction: EntityCorrectionInput): Promise<void> {
    const documentId = this.#documentId;
    if (!documentId) return;
    try {
      let stored = await call('entities:correct', { documentId, correction });
      this.#append(documentId, stored);
      this.current = null;
      reader.history.push({
        label: LABELS[correction.kind],
        undo: async () => {
          await call('entities:uncorrect', { id: stored.id });
          if (this.#documentId === documentId) this.#corrections = this.#corrections.filter((c) => c.id !== stored.id);
        },
        redo: async () => {
          stored = await call('entities:correct', { documentId, correction });
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
    if (this.#documentId === documentId) this.#corrections = [...this.#corrections, stored];
  }
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
