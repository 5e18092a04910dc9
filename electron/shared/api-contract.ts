/**
 * The API contract: every channel between the renderer and the host, with its
 * request schema, and the TypeScript request/response types derived from it.
 *
 * Three things are built from this one file: the Electron IPC handlers
 * (electron/main/ipc.ts), the preload bridge (electron/preload/preload.ts) and
 * the browser host's HTTP routes (electron/host/server.ts). Adding a channel
 * means adding it here plus its handler in electron/core/node/api/handlers.ts; a
 * missing handler fails `tsc`.
 *
 * This file imports nothing from Electron, Node or the DOM.
 */
import * as z from 'zod';
import type { Anchor, TextTarget } from './anchor-types.ts';
import { isAllowedExternalUrl } from './external-links.ts';
import type { DocumentLayout } from './layout-types.ts';
import type { LibraryTimelineEvent } from './timeline-types.ts';
import { GRADE_FILTER_PATTERN } from './grade-filter.ts';
import {
  ENTITY_TYPES,
  EXPORT_FORMATS,
  HIGHLIGHT_COLORS,
  MAX_ANNOTATION_FILE_BYTES,
  MAX_DOCUMENT_FILE_BYTES,
  type Channel,
  type EntityKind,
  type ExportFormat,
  type HighlightColor,
  type MenuCommand,
} from './constants.ts';

export type { Channel, EntityKind, ExportFormat, HighlightColor, MenuCommand };

// ── Shared shapes ───────────────────────────────────────────────────────────

const id = z.uuid();
const color = z.enum(HIGHLIGHT_COLORS);
/** Notes are Markdown; the cap keeps one paste from bloating the database. */
const note = z.string().max(100_000);
const offset = z.number().int().nonnegative();

const isoTime = z.iso.datetime({ offset: true });
const contentHash = z.string().regex(/^[0-9a-f]{64}$/);
const nullableText = z.string().nullable();

/** Both selectors of an annotation; the types and their docs are in anchor-types.ts. */
const textTargetSchema = z.strictObject({
  quote: z.strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(1_000_000),
    prefix: z.string().max(64),
    suffix: z.string().max(64),
  }),
  position: z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
}) satisfies z.ZodType<TextTarget>;

/** A tag as the reader typed it ("port deal"); compared without regard to case. */
export const tagSchema = z.string().trim().min(1).max(100);
export const tagsSchema = z.array(tagSchema).max(50);

/**
 * A grade on the NATO/Admiralty scale: how reliable the source is (A
 * completely reliable … E unreliable, F cannot be judged) and how credible
 * the information (1 confirmed … 5 improbable, 6 cannot be judged).
 */
export const gradeSchema = z.strictObject({
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  credibility: z.number().int().min(1).max(6),
});
export type Grade = z.output<typeof gradeSchema>;

export const annotationSchema = z.strictObject({
  id,
  documentId: id,
  color,
  /** Markdown; empty for a plain highlight. */
  note,
  target: textTargetSchema,
  created: isoTime,
  modified: isoTime,
  /** The reader's tags, in the order added; absent on annotations that never had any. */
  tags: tagsSchema.optional(),
  /** The reader's grade of the passage (see gradeSchema); absent when ungraded. */
  grade: gradeSchema.optional(),
});
export type Annotation = z.output<typeof annotationSchema>;

/**
 * Where the reader is in a document: the text offset of the first line at
 * the top of the window. An offset, not pixels, so it holds at any window
 * size, font or layout.
 */
const readingPositionSchema = z.strictObject({ offset });
export type ReadingPosition = z.output<typeof readingPositionSchema>;

/** A document as the database stores it (`marginalia.json`'s `documents`). */
export const documentRecordSchema = z.object({
  id,
  title: z.string(),
  byline: nullableText,
  /** Publication or site name ("Source:" line, or the page's site name). */
  source: nullableText,
  /** The dateline or publication date as written, when the article gives one. */
  dateline: nullableText,
  /** ISO date of publication when known. */
  publishedAt: nullableText,
  /**
   * The page's own address (`<link rel=canonical>`, `og:url`), for documents
   * imported from web pages that give one. Exports use it as the annotations' target.
   */
  canonicalUrl: z.string().max(4096).refine(isAllowedExternalUrl, 'not an http(s) URL').optional(),
  origin: z.object({ kind: z.enum(['sample', 'file', 'clipboard']), fileName: nullableText }),
  /** SHA-256 of the text; the text itself lives in `<data-dir>/texts/<hash>.txt`. */
  contentHash,
  textLength: z.number().int().nonnegative(),
  created: isoTime,
  modified: isoTime,
  /** Earlier texts of this document, oldest first, when a changed file replaced them (their texts stay in the text store). */
  previousVersions: z.array(z.object({ contentHash, replacedAt: isoTime })).optional(),
  /** Where the reader was, restored when the document opens again; absent until they scroll. */
  readingPosition: readingPositionSchema.optional(),
});
export type DocumentRecord = z.output<typeof documentRecordSchema>;
export type DocumentOriginKind = DocumentRecord['origin']['kind'];

/** A library entry: what the library list and the reading header show. */
export type DocumentSummary = DocumentRecord & { annotationCount: number };

/** One block of a plain-text article as the plain-text rules find it, as `[start, end)` offsets into the text. */
export interface TextBlock {
  kind: 'headline' | 'dateline' | 'meta' | 'paragraph';
  start: number;
  end: number;
  /** A dateline that opens a paragraph ("CAIRO —"), shown apart from the body text. */
  dateline?: { start: number; end: number };
}

export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: Anchor;
}

export interface OpenedDocument {
  document: DocumentSummary;
  text: string;
  /** How to show the text: the document's own layout, or the plain-text rules' (see layout-types.ts). */
  layout: DocumentLayout;
  annotations: AnchoredAnnotation[];
}

/**
 * A document as the window first shows it: whole when it is short, else its
 * first screen (leading whole blocks, the annotations inside them), a prefix
 * of the whole with the same offsets.
 */
export interface FirstScreen {
  opened: OpenedDocument;
  /** True when `opened` is the whole document. */
  complete: boolean;
}

// ── Library: importing, new versions, deleting, searching ───────────────────

/** Where one annotation landed when a document's text was replaced by a new version. */
export interface ReanchoredAnnotation {
  annotationId: string;
  /** The quote as it was stored before the change. */
  quote: string;
  /** The passage it now marks in the new text; null when it was not found. */
  newQuote: string | null;
  note: string;
  status: Anchor['status'];
  /** 1 for exact, (0.7, 1] for fuzzy, 0 for orphans. */
  confidence: number;
}

/** What happened to a document's annotations when an imported file replaced its text. */
export interface ReanchorReport {
  previousContentHash: string;
  exact: number;
  fuzzy: number;
  orphan: number;
  /** Every annotation of the document, in reading order of the old text. */
  items: ReanchoredAnnotation[];
}

export interface DocumentImportResult {
  document: DocumentSummary;
  /** True when the library already held this exact text: nothing was added. */
  existing: boolean;
  /** Set when the import replaced the text of a document with the same file name or title. */
  reanchor?: ReanchorReport;
}

export interface DeletedDocument {
  /** Pass to `document:restore` to undo; valid until the app closes. */
  restoreToken: string;
  document: DocumentSummary;
  /** How many annotations went with it. */
  annotationCount: number;
}

export interface LibrarySearchHit {
  documentId: string;
  /** Where the first term matched. */
  matchedIn: 'title' | 'text';
  /** A short excerpt around the match (title hits: the start of the text). */
  snippet: string;
}

/** What importing an annotation file into a document would do, or did. */
export interface AnnotationImportSummary {
  format: 'marginalia' | 'web-annotation' | 'hypothesis';
  /** Annotations read from the file. */
  total: number;
  /** New annotations (ids not yet in the library). */
  added: number;
  /** Annotations whose id already exists in this document and that differ from it. */
  updated: number;
  /** Annotations identical to the stored ones. */
  unchanged: number;
  /** Of added and updated: those whose passage is not in the text (kept, shown as orphans). */
  orphaned: number;
  /** Items skipped, e.g. with no text selector; at most 20 are listed. */
  errors: Array<{ index: number; message: string }>;
  skipped: number;
}

// ── Entities ────────────────────────────────────────────────────────────────

const entityType = z.enum(ENTITY_TYPES);
/** A name or surface form as it appears in the text. */
const surface = z.string().trim().min(1).max(500);

/**
 * How a correction names an entity so that it still applies after the text is
 * extracted again: by its type and name (compared normalised: case, dots,
 * quotes and possessives ignored) and, as a fallback, by its other surface forms.
 */
/** A quotation's words as found, untrimmed: a correction finds its quotation by them. */
const quotedWords = z.string().min(1).max(100_000);

export const entityRefSchema = z.strictObject({ type: entityType, name: surface, aliases: z.array(surface).max(100) });
export type EntityRef = z.output<typeof entityRefSchema>;

function correctionVariants<Extra extends z.ZodRawShape>(extra: Extra) {
  return z.discriminatedUnion('kind', [
    /** Every occurrence of `text` is an entity of `type` the extractor missed. */
    z.strictObject({ ...extra, kind: z.literal('add'), type: entityType, text: surface }),
    /** Every occurrence of `text` also names `entity`. */
    z.strictObject({ ...extra, kind: z.literal('alias'), entity: entityRefSchema, text: surface }),
    z.strictObject({ ...extra, kind: z.literal('rename'), entity: entityRefSchema, name: surface }),
    z.strictObject({ ...extra, kind: z.literal('retype'), entity: entityRefSchema, type: entityType }),
    /** `entity` and `into` are one thing: `entity`'s mentions and names go to `into`. */
    z.strictObject({ ...extra, kind: z.literal('merge'), entity: entityRefSchema, into: entityRefSchema }),
    /** Not an entity at all. */
    z.strictObject({ ...extra, kind: z.literal('remove'), entity: entityRefSchema }),
    /**
     * The quotation `quote` (its words, and which occurrence of those words among the quotations found) was said
     * by `speaker`, or by nobody the article names (`null`). Changes no entity; see quotes/speaker-corrections.ts.
     */
    z.strictObject({
      ...extra,
      kind: z.literal('speaker'),
      quote: quotedWords,
      occurrence: z.number().int().nonnegative().max(1_000_000),
      speaker: entityRefSchema.nullable(),
    }),
  ]);
}

/** A correction as the renderer sends it. */
export const entityCorrectionInputSchema = correctionVariants({});
export type EntityCorrectionInput = z.output<typeof entityCorrectionInputSchema>;

/**
 * Where a correction applies: the document it was made in (the default), or
 * every document of the library ("Always treat 'X' as an organisation").
 */
export const correctionScopeSchema = z.enum(['document', 'library']);
export type CorrectionScope = z.output<typeof correctionScopeSchema>;

/**
 * A correction as stored, applied in the order they were made. A document's
 * own live in its file; library-wide ones (`scope: 'library'`) in the index,
 * `documentId` then naming the document it was made in.
 */
export const entityCorrectionSchema = correctionVariants({
  id,
  documentId: id,
  created: isoTime,
  /** Absent for a correction of its document only. */
  scope: z.literal('library').optional(),
});
export type EntityCorrection = z.output<typeof entityCorrectionSchema>;

/**
 * The reader's curated entity list, sent with an export so it leaves the app
 * with the notes. Offsets are UTF-16 units of the document text.
 */
const entityNames = {
  type: entityType,
  name: surface,
  aliases: z.array(surface).max(1_000),
  /** Dates only: ISO 8601 when the date could be resolved. */
  normalized: z.string().max(32).optional(),
};
const exportedEntitySchema = z.strictObject({
  ...entityNames,
  mentions: z
    .array(
      z
        .strictObject({ start: offset, end: offset })
        .refine((m) => m.end > m.start, { message: 'end must be greater than start' }),
    )
    .min(1)
    .max(1_000_000),
});
export type ExportedEntity = z.output<typeof exportedEntitySchema>;
const exportedEntities = z.array(exportedEntitySchema).max(100_000);

/** A direct quotation the reader's window found, and who said it (`null`: the article does not say). */
const exportedQuoteSchema = z
  .strictObject({
    start: offset,
    end: offset,
    speaker: z.strictObject({ name: surface, type: entityType }).nullable(),
    /**
     * How the speaker was found: named beside the words, inferred from a pronoun, a role or the text around, or
     * chosen by the reader (who may also have said nobody named said it); `null`: nothing found, nothing chosen.
     */
    basis: z.enum(['named', 'inferred', 'reader']).nullable(),
  })
  .refine((q) => q.end > q.start, { message: 'end must be greater than start' });
export type ExportedQuote = z.output<typeof exportedQuoteSchema>;

/**
 * One entity as the extractor found it (before the reader's corrections),
 * kept beside its document's text so that it is extracted once per version
 * of the text. Mentions are `[start, end)` pairs of UTF-16 units of that text.
 */
export const cachedEntitySchema = z.strictObject({
  id: z.string().min(1).max(600),
  ...entityNames,
  mentions: z
    .array(
      z.tuple([offset, offset]).refine(([start, end]) => end > start, { message: 'end must be greater than start' }),
    )
    .min(1)
    .max(1_000_000),
});
export type CachedEntity = z.output<typeof cachedEntitySchema>;
export const cachedEntitiesSchema = z.array(cachedEntitySchema).max(100_000);

/** An entity of the library-wide index: one thing, matched across the documents that name it. */
export interface LibraryEntity {
  /** type + ':' + the normalised name; stable while the library's names do not change. */
  key: string;
  type: Exclude<EntityKind, 'date'>;
  name: string;
  aliases: string[];
  /** Newest first. */
  documents: Array<{
    documentId: string;
    title: string;
    /** When the document was added (ISO 8601). */
    created: string;
    /** The entity's id in the document's own (corrected) entity list: where to open it. */
    entityId: string;
    /** Every entity of that list that is this one (usually just `entityId`). */
    entityIds: string[];
    mentions: number;
  }>;
  mentions: number;
}

/** A document whose entities are not known yet: extracted in the window, in the background. */
export interface UnindexedDocument {
  documentId: string;
  title: string;
  contentHash: string;
  textLength: number;
}

export const ENTITY_INDEX_FORMATS = ['csv', 'graphml', 'json'] as const;
export type EntityIndexFormat = (typeof ENTITY_INDEX_FORMATS)[number];

/** The library-wide search's filters; every one given must hold. */
export const annotationSearchFiltersSchema = z.strictObject({
  documentId: id.optional(),
  color: color.optional(),
  tag: tagSchema.optional(),
  /** A LibraryEntity key: the quote mentions that entity. */
  entityKey: z.string().min(1).max(600).optional(),
  /** Added on or after this day (YYYY-MM-DD). */
  from: z.iso.date().optional(),
  /** Added on or before this day. */
  to: z.iso.date().optional(),
  /** 'graded', 'ungraded', a source letter ("B") or a whole grade ("B2"); see shared/grade-filter.ts. */
  grade: z.string().regex(GRADE_FILTER_PATTERN).optional(),
});
export type AnnotationSearchFilters = z.output<typeof annotationSearchFiltersSchema>;

/** One annotation found by the library-wide search, with what its result line shows. */
export interface AnnotationSearchHit {
  id: string;
  color: HighlightColor;
  /** The quote, shortened to a few hundred characters. */
  quote: string;
  /** The note's Markdown, shortened likewise. */
  note: string;
  tags: string[];
  grade?: Grade;
  created: string;
}

export interface AnnotationSearchResult {
  /** By document, the best document first; within one, the best hit first (newest first for no words). */
  groups: Array<{ documentId: string; title: string; hits: AnnotationSearchHit[] }>;
  /** How many hits are shown; `truncated` when there were more. */
  count: number;
  truncated: boolean;
}

export type HostKind = 'electron' | 'browser';

export interface AppNotice {
  /**
   * `database-recovered`: an unreadable file was moved aside; `records-set-aside`: a file was
   * opened with its valid records and only the invalid ones set aside; `read-only`: the library
   * folder cannot be written, so it opened for reading only.
   */
  kind: 'database-recovered' | 'records-set-aside' | 'read-only';
  message: string;
  /** Where the original file was kept (for `read-only`, the library folder). */
  keptAt: string;
}

// ── Channels ────────────────────────────────────────────────────────────────

const empty = z.strictObject({});
const fileName = z.string().min(1).max(1_000);
/**
 * A file's bytes in base64. The bound only stops absurd payloads early; the
 * core checks the real limits so it can say in words why a file is refused.
 */
const fileData = z.string().max(Math.ceil(MAX_ANNOTATION_FILE_BYTES / 3) * 4 + 4);
const annotationFile = z.strictObject({ documentId: id, fileName, data: fileData });

/**
 * What to export: one document (with the window's curated entities and the
 * quotations found against them) or the whole library, as W3C JSON-LD (the
 * default), Markdown or CSV.
 */
const exportRequest = z
  .strictObject({
    documentId: id.optional(),
    entities: exportedEntities.optional(),
    quotes: z.array(exportedQuoteSchema).max(100_000).optional(),
    format: z.enum(EXPORT_FORMATS).optional(),
  })
  .refine((r) => (r.entities === undefined && r.quotes === undefined) || r.documentId !== undefined, {
    message: 'entities and quotes need a documentId',
  })
  .refine((r) => r.quotes === undefined || r.entities !== undefined, { message: 'quotes need the entities' });

/** The reader's names for the highlight colours ("claim", "evidence", "question"); a colour without one has none. */
export const colorNamesSchema = z.partialRecord(color, z.string().trim().max(40));
export type ColorNames = z.output<typeof colorNamesSchema>;

/**
 * Request schemas by channel. The keys are the channel names.
 * Requests are always a single object so new fields can be added later.
 */
export const requestSchemas = {
  'app:start': empty,
  'library:list': empty,
  'document:open': z.strictObject({ documentId: id }),
  'document:open-first-screen': z.strictObject({ documentId: id }),
  'document:set-reading-position': z.strictObject({ documentId: id, offset }),
  'annotation:create': z
    .strictObject({ documentId: id, start: offset, end: offset, color, note: note.optional() })
    .refine((r) => r.end > r.start, { message: 'end must be greater than start' }),
  'annotation:update': z
    .strictObject({
      id,
      color: color.optional(),
      note: note.optional(),
      tags: tagsSchema.optional(),
      /** `null` removes the grade. */
      grade: gradeSchema.nullable().optional(),
      /** Undo and redo put back the time the annotation had at that step; otherwise it is now. */
      modified: isoTime.optional(),
    })
    .refine((r) => r.color !== undefined || r.note !== undefined || r.tags !== undefined || r.grade !== undefined, {
      message: 'nothing to update',
    }),
  'annotation:delete': z.strictObject({ id }),
  'annotation:restore': z.strictObject({ annotation: annotationSchema }),
  'annotation:attach': z
    .strictObject({ id, start: offset, end: offset })
    .refine((r) => r.end > r.start, { message: 'end must be greater than start' }),
  'export:annotations': exportRequest,
  'export:save': exportRequest,
  'entities:corrections': z.strictObject({ documentId: id }),
  'entities:correct': z
    .strictObject({
      documentId: id,
      correction: entityCorrectionInputSchema,
      /** `library`: the correction applies in every document; made here. */
      scope: correctionScopeSchema.optional(),
    })
    .refine((r) => !(r.scope === 'library' && r.correction.kind === 'speaker'), {
      message: "a quotation's speaker is corrected in its own document only",
    }),
  'entities:uncorrect': z.strictObject({ id }),
  'library:search': z.strictObject({ query: z.string().max(500) }),
  /** `importId`, chosen by the caller, lets `document:import-cancel` stop the reading. */
  'document:import': z.strictObject({ fileName, data: fileData, importId: id.optional() }),
  'document:import-text': z.strictObject({
    text: z.string().max(2 * MAX_DOCUMENT_FILE_BYTES),
    title: z.string().max(1_000).optional(),
  }),
  'document:import-cancel': z.strictObject({ importId: id }),
  'document:open-dialog': empty,
  'document:delete': z.strictObject({ documentId: id }),
  'document:restore': z.strictObject({ restoreToken: id }),
  'annotations:import-preview': annotationFile,
  'annotations:import-commit': annotationFile,
  'library:tags': empty,
  'settings:color-names': z.strictObject({ colorNames: colorNamesSchema }),
  'annotations:search': z.strictObject({
    query: z.string().max(500),
    filters: annotationSearchFiltersSchema.optional(),
  }),
  'document:text': z.strictObject({ documentId: id }),
  'entities:cached': z.strictObject({ documentId: id }),
  'entities:cache-put': z.strictObject({
    documentId: id,
    /** The text the entities were extracted from: a cache of an older version is refused. */
    contentHash,
    /** The window's ENTITY_EXTRACTOR_VERSION: an extraction by an older build is refused. */
    extractorVersion: z.number().int().nonnegative(),
    entities: cachedEntitiesSchema,
  }),
  'entity-index:get': empty,
  'timeline:library': empty,
  'entity-index:export': z.strictObject({ format: z.enum(ENTITY_INDEX_FORMATS) }),
  'entity-index:save': z.strictObject({ format: z.enum(ENTITY_INDEX_FORMATS) }),
} as const satisfies Record<Channel, z.ZodType>;

export interface ResponseTypes {
  /** Everything the window shows first, in one round trip. */
  'app:start': {
    version: string;
    notices: AppNotice[];
    /**
     * The document to show at start (the last one read, or the sample on first
     * run): whole, or only its first screen when it is long — the window then
     * opens it whole with `document:open`.
     */
    startDocument: FirstScreen | null;
    /** Why the start document could not be opened, when it could not. */
    startDocumentError: string | null;
    /** The reader's names for the highlight colours. */
    colorNames: ColorNames;
  };
  'library:list': { documents: DocumentSummary[] };
  'document:open': OpenedDocument;
  /** A long document's first screen, to show while `document:open` brings the whole (see docs/start-up.md). */
  'document:open-first-screen': FirstScreen;
  /** Remembers where the reader is; `document:open` returns it as the document's `readingPosition`. */
  'document:set-reading-position': { readingPosition: ReadingPosition };
  /** The new annotation, anchored in the document's current text. */
  'annotation:create': AnchoredAnnotation;
  'annotation:update': Annotation;
  'annotation:delete': Annotation;
  /** The annotation put back, anchored in the current text: an orphan stays an orphan. */
  'annotation:restore': AnchoredAnnotation;
  /** "Attach here": the annotation (an orphan, say) moved to `[start, end)` of its document's text, note and colour kept. */
  'annotation:attach': AnchoredAnnotation;
  /** The export as a string, ready to save, its media type, and a suggested file name. */
  'export:annotations': { fileName: string; content: string; mediaType: string; count: number };
  /** Desktop only: asks where to save through the system dialog, then writes the export there. */
  'export:save': { saved: boolean; filePath: string | null; count: number };
  /** The document's entity corrections, oldest first. */
  'entities:corrections': { corrections: EntityCorrection[] };
  'entities:correct': EntityCorrection;
  /** The correction that was removed (undo). */
  'entities:uncorrect': EntityCorrection;
  /** Documents whose title or text holds every term of the query, in library order. */
  'library:search': { hits: LibrarySearchHit[] };
  'document:import': DocumentImportResult;
  /** "New document from clipboard". */
  'document:import-text': DocumentImportResult;
  /** Stops an import still being read; false when it had already finished (or never started). */
  'document:import-cancel': { cancelled: boolean };
  /** Desktop only: the system open dialog, then `document:import`; `result` is null when cancelled. */
  'document:open-dialog': { result: DocumentImportResult | null };
  /** Removes a document and its annotations; `document:restore` undoes it until the app closes. */
  'document:delete': DeletedDocument;
  'document:restore': { document: DocumentSummary };
  'annotations:import-preview': AnnotationImportSummary;
  'annotations:import-commit': AnnotationImportSummary;
  /** Every tag in the library with the number of annotations that carry it, most used first. */
  'library:tags': { tags: { tag: string; count: number }[] };
  /** The colour names as stored. */
  'settings:color-names': { colorNames: ColorNames };
  /** Every annotation of the library whose quote, note or tags hold every word (see AnnotationSearchResult). */
  'annotations:search': AnnotationSearchResult;
  /** A document's text, for extracting its entities in the window (no annotations, nothing remembered). */
  'document:text': { text: string; contentHash: string; publishedAt: string | null };
  /** The entities extracted from the document's current text, when they are kept and current; else null. */
  'entities:cached': { contentHash: string; entities: CachedEntity[] | null };
  /** `stored` is false when the document's text or the extractor has changed since (nothing kept). */
  'entities:cache-put': { stored: boolean };
  /** The people, organisations and places of every document whose entities are known, and the documents not yet. */
  'entity-index:get': { entities: LibraryEntity[]; unindexed: UnindexedDocument[]; documentCount: number };
  /** Every indexed document's placed dates; unplaced references and unindexed documents only counted. */
  'timeline:library': { events: LibraryTimelineEvent[]; unplaced: number; unindexed: number };
  /** The index as a file: CSV (one row per entity), GraphML or JSON nodes and edges (entities that share documents). */
  'entity-index:export': { fileName: string; contents: string; mimeType: string };
  /** Desktop only: the save dialog, then the file written. */
  'entity-index:save': { saved: boolean; filePath: string | null };
}

export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type Response<C extends Channel> = ResponseTypes[C];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

// ── Results ─────────────────────────────────────────────────────────────────

/** `write-failed`: the change could not be saved (disk full, permission denied, library locked); nothing was changed. */
export type ApiErrorCode =
  | 'unknown-channel'
  | 'invalid-payload'
  | 'forbidden'
  | 'not-found'
  | 'unsupported'
  | 'invalid-input'
  | 'write-failed'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

/**
 * What crosses the wire. Errors are values, not exceptions, because Electron
 * flattens thrown errors to a string and HTTP has no exceptions at all.
 */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The function both transports expose to the renderer. */
export type Invoke = <C extends Channel>(channel: C, request: Request<C>) => Promise<ApiResult<Response<C>>>;

/**
 * `window.marginalia`, which only the desktop app's preload provides
 * (electron/preload/preload.ts builds it and `satisfies` this type).
 */
export interface MarginaliaBridge {
  invoke: Invoke;
  /** Menu commands (File ▸ Export…, Edit ▸ Undo); returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A file opened from the system (double-click, "Open with", a second launch) is in the library: show it. */
  onOpenDocument(listener: (documentId: string) => void): () => void;
}
