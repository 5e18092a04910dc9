/**
 * The reader's library: documents, their texts and their annotations, kept in
 * the split lowdb store (storage/library-store.ts) plus a content-addressed
 * text store.
 *
 * Every mutation is a change of the store: computed from the committed state,
 * on disk before it is applied in memory, and resolved only then — so a
 * change the disk refused is not there afterwards, and one that resolved is.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type {
  AnchoredAnnotation,
  Annotation,
  AppNotice,
  DocumentOriginKind,
  DocumentRecord,
  DocumentSummary,
  ColorNames,
  ExportFormat,
  Response,
  EntityCorrection,
  Grade,
  ExportedEntity,
  ExportedQuote,
  FirstScreen,
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
import { layoutPrefix } from '../../common/layout/layout-prefix.ts';
import { toAnnotationCollection } from '../export/web-annotation.ts';
import { toCsv, toMarkdown } from '../../common/export/notes-export.ts';
import { ApiFailure } from '../api/api-failure.ts';
import {
  LibraryStore,
  type CommittedChange,
  type OpenStoreOptions,
  type StoreChange,
} from '../storage/library-store.ts';
import type { LibraryIndex } from '../storage/schema.ts';
import { TextStore } from '../storage/text-store.ts';
import { FIRST_SCREEN_CHARS, firstScreen } from './first-screen.ts';
import { RecentCache } from './recent-cache.ts';

/** Texts longer than this open on a first screen worked out from their opening alone. */
const LONG_TEXT_CHARS = 256 * 1024;
/** How much of a long text is read for its first screen: several times the screen, so whole blocks fill it. */
const OPENING_CHARS = 4 * FIRST_SCREEN_CHARS;
/** detectStructure looks for metadata among the last four blocks, and the last may be cut: five are unsure. */
const OPENING_UNSURE_BLOCKS = 5;

export interface LibraryOptions {
  dataDir: string;
  /** Plain-text article added on first run and opened first. */
  sampleArticlePath: string;
  now?: () => Date;
  /** `read` for commands that only read: nothing is written, no lock is taken (storage/library-store.ts). */
  mode?: OpenStoreOptions['mode'];
  /** Who takes the library lock, and how long to wait for another process to let go. */
  lock?: OpenStoreOptions['lock'];
  /** Open a folder that cannot be written for reading, with a notice (the apps), instead of failing. */
  readOnlyFallback?: boolean;
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
  readonly notices: AppNotice[];
  readonly #store: LibraryStore;
  readonly #texts: TextStore;
  readonly #now: () => Date;
  /** The last texts read or stored, by content hash. */
  readonly #textCache = new RecentCache<string, string>(16);
  /** The layouts of the last texts opened, by content hash. */
  readonly #layoutCache = new RecentCache<string, DocumentLayout>(16);

  private constructor(store: LibraryStore, texts: TextStore, now: () => Date) {
    this.#store = store;
    this.#texts = texts;
    this.#now = now;
    this.notices = [...store.notices];
  }

  static async open(options: LibraryOptions): Promise<Library> {
    const now = options.now ?? (() => new Date());
    const store = await LibraryStore.open(options.dataDir, {
      mode: options.mode ?? 'write',
      ...(options.lock ? { lock: options.lock } : {}),
      readOnlyFallback: options.readOnlyFallback ?? false,
      now,
    });
    const library = new Library(store, new TextStore(options.dataDir), now);
    if (store.created) {
      try {
        const sample = await readFile(options.sampleArticlePath, 'utf8');
        const document = await library.addDocument({ text: sample, origin: { kind: 'sample', fileName: null } });
        await library.setLastDocument(document.id);
      } catch (error) {
        await store.close();
        throw error;
      }
    }
    return library;
  }

  /** Waits for pending writes and lets another process have the library. */
  close(): Promise<void> {
    return this.#store.close();
  }

  get dataDir(): string {
    return this.#store.dataDir;
  }

  /** The text store, for what is kept beside the texts (the entity cache). */
  get textStore(): TextStore {
    return this.#texts;
  }

  /**
   * Calls `listener` after every change of the library, once it is on disk,
   * with what it touched (for indexes kept beside it); returns a function that stops it.
   */
  onChange(listener: (change: CommittedChange) => void): () => void {
    return this.#store.onCommit(listener);
  }

  /** The store, for the hosts: its lock publishes where other processes send their changes. */
  get store(): LibraryStore {
    return this.#store;
  }

  /** Every document record, in library order. */
  get documents(): readonly DocumentRecord[] {
    return this.#store.index.documents;
  }

  /** The reader's names for the highlight colours. */
  get colorNames(): ColorNames {
    return this.#store.index.settings.colorNames ?? {};
  }

  async setColorNames(colorNames: ColorNames): Promise<ColorNames> {
    const named = Object.fromEntries(Object.entries(colorNames).filter(([, name]) => name !== '')) as ColorNames;
    await this.#store.change({ index: (index) => ({ ...index, settings: { ...index.settings, colorNames: named } }) });
    return named;
  }

  /** Every tag in the library, with how many annotations carry it, most used first (case folded). */
  tags(): { tag: string; count: number }[] {
    const counts = new Map<string, { tag: string; count: number }>();
    for (const document of this.documents) {
      for (const annotation of this.#annotationsOf(document.id)) {
        for (const tag of annotation.tags ?? []) {
          const key = tag.toLowerCase();
          const seen = counts.get(key);
          if (seen) seen.count++;
          else counts.set(key, { tag, count: 1 });
        }
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  startDocumentId(): string | null {
    const { settings, documents } = this.#store.index;
    const last = documents.find((d) => d.id === settings.lastDocumentId);
    return last?.id ?? documents[0]?.id ?? null;
  }

  listDocuments(): DocumentSummary[] {
    return this.documents.map((d) => this.#summary(d));
  }

  /** Remembers the document to open at the next start. */
  async setLastDocument(documentId: string): Promise<void> {
    if (this.#store.index.settings.lastDocumentId === documentId) return;
    await this.#store.change({
      index: (index) => ({ ...index, settings: { ...index.settings, lastDocumentId: documentId } }),
    });
  }

  /** Adds a document, or returns the existing one with the same text. */
  async addDocument(input: NewDocument): Promise<DocumentSummary> {
    const text = input.text.replace(/\r\n?/g, '\n');
    const contentHash = await this.storeText(text, input.layout);
    const existing = this.documents.find((d) => d.contentHash === contentHash);
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
    await this.#store.change({ index: (index) => ({ ...index, documents: [...index.documents, record] }) });
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
    // Opening must work on a library that cannot be written (a read-only folder): remembering it is a nicety.
    if (!this.#store.readOnlyReason) await this.setLastDocument(documentId);
    return {
      document: this.#summary(record),
      text,
      layout: await this.#layoutOf(record.contentHash, text),
      annotations: annotations.map((annotation, i) => ({ annotation, anchor: anchors[i]! })),
    };
  }

  /**
   * A document as the window shows it first: whole when short, else its first
   * screen (first-screen.ts). For a long text whose structure is not known yet,
   * only its opening is read for structure, so the first screen costs the same
   * for 1 MB or 20 MB; the whole waits for `document:open`.
   */
  async openFirstScreen(documentId: string): Promise<FirstScreen> {
    const record = this.#document(documentId);
    const text = await this.#text(record);
    const stored = this.#layoutCache.get(record.contentHash) ?? (await this.#storedLayout(record.contentHash, text));
    if (text.length <= LONG_TEXT_CHARS || stored) return firstScreen(await this.openDocument(documentId));
    // Plain text: blocks near the end of the opening may be cut, or read as end-of-article metadata.
    const opening = plainTextLayout(text.slice(0, OPENING_CHARS));
    const count = opening.blocks.slice(0, -OPENING_UNSURE_BLOCKS).filter((b) => b.start < FIRST_SCREEN_CHARS).length;
    const end = opening.blocks[count - 1]?.end;
    if (end === undefined) return firstScreen(await this.openDocument(documentId)); // a giant first paragraph
    if (!this.#store.readOnlyReason) await this.setLastDocument(documentId);
    const annotations = this.#annotationsOf(documentId);
    const anchors = anchorAll(
      text,
      annotations.map((a) => a.target),
    );
    return {
      opened: {
        document: this.#summary(record),
        text: text.slice(0, end),
        layout: layoutPrefix(opening, count),
        annotations: annotations
          .map((annotation, i) => ({ annotation, anchor: anchors[i]! }))
          .filter(({ anchor }) => anchor.status !== 'orphan' && anchor.end <= end),
      },
      complete: false,
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
    await this.#changeAnnotations(record.id, (annotations) => [...annotations, annotation]);
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
    const attached: Annotation = { ...annotation, target, modified: this.#now().toISOString() };
    await this.#changeAnnotations(annotation.documentId, (annotations) =>
      annotations.map((a) => (a.id === attached.id ? attached : a)),
    );
    return { annotation: attached, anchor: anchorTarget(text, target) };
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
    tags?: string[] | undefined;
    /** `null` removes the grade. */
    grade?: Grade | null | undefined;
    /** The time to put back (undo, redo); by default now. */
    modified?: string | undefined;
  }): Promise<Annotation> {
    const { documentId } = this.#annotation(request.id);
    const modified = request.modified ?? this.#now().toISOString();
    let updated: Annotation | undefined;
    // The edit runs on the annotation as it is when the write is made: two quick edits
    // (a note saved, then a tag added) both land, the second never undoing the first.
    await this.#changeAnnotations(documentId, (annotations) =>
      annotations.map((a) => (a.id === request.id ? (updated = applyUpdate(a, request, modified)) : a)),
    );
    if (!updated) throw new ApiFailure('not-found', 'That annotation no longer exists.');
    return updated;
  }

  async deleteAnnotation(id: string): Promise<Annotation> {
    const annotation = this.#annotation(id);
    await this.#changeAnnotations(annotation.documentId, (annotations) => annotations.filter((a) => a.id !== id));
    return annotation;
  }

  /** Puts back an annotation exactly as it was (undo of a delete). */
  async restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    this.#document(annotation.documentId);
    if (this.#store.annotation(annotation.id)) {
      throw new ApiFailure('invalid-input', 'an annotation with this id already exists');
    }
    await this.#changeAnnotations(annotation.documentId, (annotations) => [...annotations, { ...annotation }]);
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
   * @param findings - what the reader's window found in the document (its
   *   curated entities and the quotations attributed against them) and the
   *   text; exported as identifying and describing annotations.
   */
  exportAnnotations(
    documentId?: string,
    findings?: { entities: ExportedEntity[]; quotes?: ExportedQuote[] | undefined; text: string },
    options: { format?: ExportFormat; generator?: string } = {},
  ): Response<'export:annotations'> {
    const format = options.format ?? 'jsonld';
    const documents = documentId ? [this.#document(documentId)] : [...this.documents];
    const annotations = documents.flatMap((d) => this.#annotationsOf(d.id));
    const fileName = exportFileName(documentId ? documents[0]!.title : null, format);
    if (format !== 'jsonld') {
      const input = {
        documents: documents.map((document) => ({ document, annotations: this.#annotationsOf(document.id) })),
        generator: options.generator ?? 'Marginalia',
        exported: this.#now(),
        colorNames: this.colorNames,
      };
      return format === 'markdown'
        ? { fileName, content: toMarkdown(input), mediaType: 'text/markdown', count: annotations.length }
        : { fileName, content: toCsv(input), mediaType: 'text/csv', count: annotations.length };
    }
    if (findings) {
      const length = findings.text.length;
      const beyond = findings.entities.find((e) => e.mentions.some((m) => m.end > length));
      if (beyond) throw new ApiFailure('invalid-payload', `a mention of ${beyond.name} lies past the end of the text`);
      if (findings.quotes?.some((q) => q.end > length))
        throw new ApiFailure('invalid-payload', 'a quotation lies past the end of the text');
    }
    const found = documentId && findings ? { documentId, ...findings } : undefined;
    const collection = toAnnotationCollection(
      documents,
      annotations,
      this.#now(),
      found,
      options.generator,
      this.colorNames,
    );
    const content = `${JSON.stringify(collection, null, 2)}\n`;
    return { fileName, content, mediaType: 'application/ld+json', count: annotations.length };
  }

  // ── Access for the feature modules beside this file (import, versions, trash, search) ──

  /** Applies a change to the store; resolves once it is on disk, and applies nothing when it could not be. */
  change(change: StoreChange): Promise<void> {
    return this.#store.change(change);
  }

  /** The library index as stored (documents and settings). */
  get index(): Readonly<LibraryIndex> {
    return this.#store.index;
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

  /** An annotation anywhere in the library, by id. */
  annotationById(id: string): Annotation | undefined {
    return this.#store.annotation(id);
  }

  /** A document's entity corrections, oldest first. */
  correctionsOf(documentId: string): readonly EntityCorrection[] {
    return this.#store.documentData(documentId).entityCorrections;
  }

  /** The corrections that apply in every document, oldest first. */
  get libraryCorrections(): readonly EntityCorrection[] {
    return this.#store.index.libraryCorrections ?? [];
  }

  /** An entity correction anywhere in the library, by id. */
  correctionById(id: string): EntityCorrection | undefined {
    const libraryWide = this.libraryCorrections.find((c) => c.id === id);
    if (libraryWide) return libraryWide;
    for (const data of this.#store.allDocumentData()) {
      const found = data.entityCorrections.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  summaryOf(documentId: string): DocumentSummary {
    return this.#summary(this.#document(documentId));
  }

  #changeAnnotations(documentId: string, edit: (annotations: readonly Annotation[]) => Annotation[]): Promise<void> {
    return this.#store.change({
      documents: { [documentId]: (data) => ({ ...data, annotations: edit(data.annotations) }) },
    });
  }

  /** A document's annotations in reading order. */
  #annotationsOf(documentId: string): Annotation[] {
    return [...this.#store.documentData(documentId).annotations].sort(
      (a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end,
    );
  }

  #document(id: string): DocumentRecord {
    const record = this.documents.find((d) => d.id === id);
    if (!record) throw new ApiFailure('not-found', 'That document is not in the library.');
    return record;
  }

  #annotation(id: string): Annotation {
    const annotation = this.annotationById(id);
    if (!annotation) throw new ApiFailure('not-found', 'That annotation no longer exists.');
    return annotation;
  }

  /** The text's stored layout if it has a sound one, else the plain-text rules' (old libraries, plain text). */
  async #layoutOf(contentHash: string, text: string): Promise<DocumentLayout> {
    let layout = this.#layoutCache.get(contentHash);
    if (!layout) {
      layout = (await this.#storedLayout(contentHash, text)) ?? plainTextLayout(text);
      this.#layoutCache.set(contentHash, layout);
    }
    return layout;
  }

  /** The layout stored beside a web page's or Markdown file's text, if it is sound. */
  async #storedLayout(contentHash: string, text: string): Promise<DocumentLayout | null> {
    return parseLayout(await this.#texts.getLayout(contentHash), text.length);
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
    return { ...record, annotationCount: this.#store.documentData(record.id).annotations.length };
  }
}

/** Tags without repeats (case folded), in the order first given. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.map((t) => t.trim()).filter((t) => t !== '' && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** `annotation` with the fields `request` sets; a `null` grade removes the grade. */
function applyUpdate(
  annotation: Annotation,
  request: { color?: HighlightColor; note?: string; tags?: string[]; grade?: Grade | null },
  modified: string,
): Annotation {
  const { grade: _old, ...ungraded } = annotation;
  return {
    ...(request.grade === null ? ungraded : annotation),
    ...(request.color !== undefined ? { color: request.color } : {}),
    ...(request.note !== undefined ? { note: request.note } : {}),
    ...(request.tags !== undefined ? { tags: uniqueTags(request.tags) } : {}),
    ...(request.grade ? { grade: request.grade } : {}),
    modified,
  };
}
