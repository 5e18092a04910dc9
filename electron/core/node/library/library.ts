/**
 * The reader's library: documents, their texts and their annotations, kept in
 * one lowdb database plus a content-addressed text store.
 *
 * Every mutation changes `db.data` synchronously and resolves only after a
 * write containing it is on disk (DurableJSONFile), so concurrent calls all
 * persist and none is acknowledged early.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type {
  AnchoredAnnotation,
  Annotation,
  AppNotice,
  DocumentOriginKind,
  DocumentRecord,
  DocumentSummary,
  ExportedEntity,
  HighlightColor,
  OpenedDocument,
} from '../../../shared/api-contract.ts';
import type { DocumentLayout } from '../../../shared/layout-types.ts';
import { anchorAll, anchorTarget } from '../../common/anchoring/anchor.ts';
import { createTarget } from '../../common/anchoring/text-quote.ts';
import { detectStructure } from '../../common/article/plain-text-structure.ts';
import { exportFileName } from '../../common/export/export-file-name.ts';
import { parseLayout } from '../../common/layout/layout-schema.ts';
import { plainTextLayout } from '../../common/layout/plain-text-layout.ts';
import { toAnnotationCollection } from '../export/web-annotation.ts';
import { ApiFailure } from '../api/api-failure.ts';
import { openDatabase } from '../storage/open-database.ts';
import type { DatabaseShape } from '../storage/schema.ts';
import { TextStore } from '../storage/text-store.ts';
import { RecentCache } from './recent-cache.ts';

export interface LibraryOptions {
  dataDir: string;
  /** Plain-text article added on first run and opened first. */
  sampleArticlePath: string;
  now?: () => Date;
}

export interface NewDocument {
  text: string;
  title?: string | null;
  byline?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  canonicalUrl?: string | null;
  /** The text's layout when the file gave one (web pages, Markdown). */
  layout?: DocumentLayout | null;
  origin: { kind: DocumentOriginKind; fileName: string | null };
}

export class Library {
  readonly notices: AppNotice[] = [];
  readonly #db: Low<DatabaseShape>;
  readonly #texts: TextStore;
  readonly #now: () => Date;
  /** The last texts read or stored, by content hash. */
  readonly #textCache = new RecentCache<string, string>(16);
  /** The layouts of the last texts opened, by content hash. */
  readonly #layoutCache = new RecentCache<string, DocumentLayout>(16);

  private constructor(db: Low<DatabaseShape>, texts: TextStore, now: () => Date) {
    this.#db = db;
    this.#texts = texts;
    this.#now = now;
  }

  static async open(options: LibraryOptions): Promise<Library> {
    const { db, created, recovered } = await openDatabase(options.dataDir);
    const library = new Library(db, new TextStore(options.dataDir), options.now ?? (() => new Date()));
    if (recovered) {
      library.notices.push({
        kind: 'database-recovered',
        keptAt: recovered.keptAt,
        message: `Your library file could not be read (${recovered.reason}). It was kept at ${recovered.keptAt} and a new library was started.`,
      });
    }
    if (created) {
      const sample = await readFile(options.sampleArticlePath, 'utf8');
      const document = await library.addDocument({ text: sample, origin: { kind: 'sample', fileName: null } });
      await db.update((data) => {
        data.settings.lastDocumentId = document.id;
      });
    }
    return library;
  }

  get data(): Readonly<DatabaseShape> {
    return this.#db.data;
  }

  startDocumentId(): string | null {
    const { settings, documents } = this.#db.data;
    const last = documents.find((d) => d.id === settings.lastDocumentId);
    return last?.id ?? documents[0]?.id ?? null;
  }

  listDocuments(): DocumentSummary[] {
    const counts = new Map<string, number>();
    for (const a of this.#db.data.annotations) counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + 1);
    return this.#db.data.documents.map((d) => ({ ...d, annotationCount: counts.get(d.id) ?? 0 }));
  }

  /** Adds a document, or returns the existing one with the same text. */
  async addDocument(input: NewDocument): Promise<DocumentSummary> {
    const text = input.text.replace(/\r\n?/g, '\n');
    const contentHash = await this.storeText(text, input.layout);
    const existing = this.#db.data.documents.find((d) => d.contentHash === contentHash);
    if (existing) return this.#summary(existing);

    const structure = detectStructure(text);
    const time = this.#now().toISOString();
    const record: DocumentRecord = {
      id: randomUUID(),
      title: input.title?.trim() || structure.title,
      byline: input.byline ?? structure.byline,
      source: input.source ?? structure.source,
      dateline: structure.dateline,
      publishedAt: input.publishedAt ?? null,
      ...(input.canonicalUrl ? { canonicalUrl: input.canonicalUrl } : {}),
      origin: input.origin,
      contentHash,
      textLength: text.length,
      created: time,
      modified: time,
    };
    await this.#db.update((data) => {
      data.documents.push(record);
    });
    return this.#summary(record);
  }

  async openDocument(documentId: string): Promise<OpenedDocument> {
    const record = this.#document(documentId);
    const text = await this.#text(record);
    const annotations = this.#annotationsOf(documentId);
    const anchors = anchorAll(
      text,
      annotations.map((a) => a.target),
    );
    if (this.#db.data.settings.lastDocumentId !== documentId) {
      await this.#db.update((data) => {
        data.settings.lastDocumentId = documentId;
      });
    }
    return {
      document: this.#summary(record),
      text,
      layout: await this.#layoutOf(record.contentHash, text),
      annotations: annotations.map((annotation, i) => ({ annotation, anchor: anchors[i]! })),
    };
  }

  async createAnnotation(request: {
    documentId: string;
    start: number;
    end: number;
    color: HighlightColor;
    note?: string | undefined;
  }): Promise<Annotation> {
    const record = this.#document(request.documentId);
    const target = this.#selectionTarget(await this.#text(record), request.start, request.end);
    const time = this.#now().toISOString();
    const annotation: Annotation = {
      id: randomUUID(),
      documentId: record.id,
      color: request.color,
      note: request.note ?? '',
      target,
      created: time,
      modified: time,
    };
    await this.#db.update((data) => {
      data.annotations.push(annotation);
    });
    return annotation;
  }

  /**
   * "Attach here": the annotation now marks `[start, end)` of its document's
   * current text — how a reader puts back an orphan whose passage was
   * rewritten beyond recognition. Note, colour and id are kept.
   */
  async attachAnnotation(request: { id: string; start: number; end: number }): Promise<AnchoredAnnotation> {
    const annotation = this.#annotation(request.id);
    const text = await this.#text(this.#document(annotation.documentId));
    const target = this.#selectionTarget(text, request.start, request.end);
    await this.#db.update(() => {
      annotation.target = target;
      annotation.modified = this.#now().toISOString();
    });
    return { annotation: { ...annotation }, anchor: anchorTarget(text, target) };
  }

  /** The target of a selection the reader made, refused when it lies past the text or holds none. */
  #selectionTarget(text: string, start: number, end: number): Annotation['target'] {
    if (end > text.length) {
      throw new ApiFailure(
        'invalid-payload',
        `the selection ends at ${end}, past the end of the text (${text.length})`,
      );
    }
    if (!text.slice(start, end).trim()) throw new ApiFailure('invalid-payload', 'the selection holds no text');
    return createTarget(text, start, end);
  }

  async updateAnnotation(request: {
    id: string;
    color?: HighlightColor | undefined;
    note?: string | undefined;
    /** The time to put back (undo, redo); by default now. */
    modified?: string | undefined;
  }): Promise<Annotation> {
    const annotation = this.#annotation(request.id);
    await this.#db.update(() => {
      if (request.color !== undefined) annotation.color = request.color;
      if (request.note !== undefined) annotation.note = request.note;
      annotation.modified = request.modified ?? this.#now().toISOString();
    });
    return { ...annotation };
  }

  async deleteAnnotation(id: string): Promise<Annotation> {
    const annotation = this.#annotation(id);
    await this.#db.update((data) => {
      data.annotations = data.annotations.filter((a) => a.id !== id);
    });
    return annotation;
  }

  /** Puts back an annotation exactly as it was (undo of a delete). */
  async restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    this.#document(annotation.documentId);
    if (this.#db.data.annotations.some((a) => a.id === annotation.id)) {
      throw new ApiFailure('invalid-input', 'an annotation with this id already exists');
    }
    await this.#db.update((data) => {
      data.annotations.push({ ...annotation });
    });
    return annotation;
  }

  /**
   * Where an annotation lands in its document's current text. A restored one
   * may no longer be there (its passage was edited away since): the caller
   * gets an orphan, never its stored position taken on trust.
   */
  async anchor(annotation: Annotation): Promise<AnchoredAnnotation> {
    const text = await this.textOf(annotation.documentId);
    return { annotation, anchor: anchorTarget(text, annotation.target) };
  }

  /**
   * @param curated - the document's curated entities (extracted in the
   *   renderer) and its text; exported as identifying annotations.
   */
  exportAnnotations(
    documentId?: string,
    curated?: { entities: ExportedEntity[]; text: string },
  ): { fileName: string; json: string; count: number } {
    const documents = documentId ? [this.#document(documentId)] : this.#db.data.documents;
    const annotations = documents.flatMap((d) => this.#annotationsOf(d.id));
    const beyond = curated?.entities.find((e) => e.mentions.some((m) => m.end > curated.text.length));
    if (beyond) throw new ApiFailure('invalid-payload', `a mention of ${beyond.name} lies past the end of the text`);
    const entities = documentId && curated ? { documentId, ...curated } : undefined;
    const collection = toAnnotationCollection(documents, annotations, this.#now(), entities);
    const fileName = exportFileName(documentId ? documents[0]!.title : null);
    return { fileName, json: `${JSON.stringify(collection, null, 2)}\n`, count: annotations.length };
  }

  // ── Access for the feature modules beside this file (import, versions, trash, search) ──

  /** Applies a change to the database; resolves once it is on disk. */
  async update(mutate: (data: DatabaseShape) => void): Promise<void> {
    await this.#db.update(mutate);
  }

  /** The stored record, or an ApiFailure('not-found'). */
  documentRecord(documentId: string): DocumentRecord {
    return this.#document(documentId);
  }

  /** A document's text (read from disk once per session). */
  textOf(documentId: string): Promise<string> {
    return this.#text(this.#document(documentId));
  }

  /** Stores a text (and its layout, when it has one) by its content hash and returns the hash. */
  async storeText(text: string, layout?: DocumentLayout | null): Promise<string> {
    const contentHash = await this.#texts.put(text);
    this.#textCache.set(contentHash, text);
    if (layout) {
      await this.#texts.putLayout(contentHash, layout);
      this.#layoutCache.set(contentHash, layout);
    }
    return contentHash;
  }

  annotationsOf(documentId: string): Annotation[] {
    return this.#annotationsOf(documentId);
  }

  summaryOf(documentId: string): DocumentSummary {
    return this.#summary(this.#document(documentId));
  }

  /** A document's annotations in reading order. */
  #annotationsOf(documentId: string): Annotation[] {
    return this.#db.data.annotations
      .filter((a) => a.documentId === documentId)
      .sort(
        (a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end,
      );
  }

  #document(id: string): DocumentRecord {
    const record = this.#db.data.documents.find((d) => d.id === id);
    if (!record) throw new ApiFailure('not-found', 'That document is not in the library.');
    return record;
  }

  #annotation(id: string): Annotation {
    const annotation = this.#db.data.annotations.find((a) => a.id === id);
    if (!annotation) throw new ApiFailure('not-found', 'That annotation no longer exists.');
    return annotation;
  }

  /** The text's stored layout if it has a sound one, else the plain-text rules' (old libraries, plain text). */
  async #layoutOf(contentHash: string, text: string): Promise<DocumentLayout> {
    let layout = this.#layoutCache.get(contentHash);
    if (!layout) {
      layout = parseLayout(await this.#texts.getLayout(contentHash), text.length) ?? plainTextLayout(text);
      this.#layoutCache.set(contentHash, layout);
    }
    return layout;
  }

  async #text(record: DocumentRecord): Promise<string> {
    let text = this.#textCache.get(record.contentHash);
    if (text === undefined) {
      try {
        text = await this.#texts.get(record.contentHash);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new ApiFailure(
          'not-found',
          `the text of “${record.title}” is missing from the data folder (${this.#texts.folder}); its annotations are kept`,
        );
      }
      this.#textCache.set(record.contentHash, text);
    }
    return text;
  }

  #summary(record: DocumentRecord): DocumentSummary {
    const annotationCount = this.#db.data.annotations.reduce((n, a) => n + (a.documentId === record.id ? 1 : 0), 0);
    return { ...record, annotationCount };
  }
}
