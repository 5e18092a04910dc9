/**
 * The API contract: every channel between the renderer and the host, with its
 * request schema, and the TypeScript request/response types derived from it.
 *
 * Three things are built from this one file: the Electron IPC handlers
 * (electron/main/ipc.ts), the preload bridge (electron/preload/preload.ts) and
 * the browser host's HTTP routes (electron/host/server.ts). Adding a channel
 * means adding it here plus its handler in electron/core/api/handlers.ts; a
 * missing handler fails `tsc`.
 *
 * This file imports nothing from Electron, Node or the DOM.
 */
import * as z from 'zod';
import type { Anchor, TextTarget } from '../core/anchoring/types.ts';

// ── Shared shapes ───────────────────────────────────────────────────────────

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

const id = z.uuid();
const color = z.enum(HIGHLIGHT_COLORS);
/** Notes are Markdown; the cap keeps one paste from bloating the database. */
const note = z.string().max(100_000);
const offset = z.number().int().nonnegative();

export interface Annotation {
  id: string;
  documentId: string;
  color: HighlightColor;
  /** Markdown; empty for a plain highlight. */
  note: string;
  target: TextTarget;
  /** ISO 8601. */
  created: string;
  modified: string;
}

export const annotationSchema = z.strictObject({
  id,
  documentId: id,
  color,
  note,
  target: z.strictObject({
    quote: z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(1_000_000),
      prefix: z.string().max(64),
      suffix: z.string().max(64),
    }),
    position: z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
  }),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
});

export type DocumentOriginKind = 'sample' | 'file' | 'clipboard';

/** A library entry: what the library list and the reading header show. */
export interface DocumentSummary {
  id: string;
  title: string;
  byline: string | null;
  /** Publication or site name ("Source:" line, or the page's site name). */
  source: string | null;
  /** The dateline or publication date as written, when the article gives one. */
  dateline: string | null;
  /** ISO date of publication when known. */
  publishedAt: string | null;
  origin: { kind: DocumentOriginKind; fileName: string | null };
  /** SHA-256 of the text; the text itself lives in `<data-dir>/texts/<hash>.txt`. */
  contentHash: string;
  textLength: number;
  created: string;
  modified: string;
  annotationCount: number;
}

/** One visual block of the article, as `[start, end)` offsets into the text. */
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
  blocks: TextBlock[];
  annotations: AnchoredAnnotation[];
}

export type HostKind = 'electron' | 'browser';

export interface AppNotice {
  kind: 'database-recovered';
  message: string;
  /** Where the unreadable database file was moved to. */
  keptAt: string;
}

// ── Channels ────────────────────────────────────────────────────────────────

const empty = z.strictObject({});

/**
 * Request schemas by channel. The keys are the channel names.
 * Requests are always a single object so new fields can be added later.
 */
export const requestSchemas = {
  'app:info': empty,
  'library:list': empty,
  'document:open': z.strictObject({ documentId: id }),
  'annotation:create': z
    .strictObject({ documentId: id, start: offset, end: offset, color, note: note.optional() })
    .refine((r) => r.end > r.start, { message: 'end must be greater than start' }),
  'annotation:update': z
    .strictObject({ id, color: color.optional(), note: note.optional() })
    .refine((r) => r.color !== undefined || r.note !== undefined, { message: 'nothing to update' }),
  'annotation:delete': z.strictObject({ id }),
  'annotation:restore': z.strictObject({ annotation: annotationSchema }),
  'export:annotations': z.strictObject({ documentId: id.optional() }),
  'export:save': z.strictObject({ documentId: id.optional() }),
} as const;

export interface ResponseTypes {
  'app:info': {
    host: HostKind;
    version: string;
    /** The document to open at start: the last one read, or the sample on first run. */
    startDocumentId: string | null;
    notices: AppNotice[];
  };
  'library:list': { documents: DocumentSummary[] };
  'document:open': OpenedDocument;
  'annotation:create': Annotation;
  'annotation:update': Annotation;
  'annotation:delete': Annotation;
  'annotation:restore': Annotation;
  /** The export as a string, ready to save, and a suggested file name. */
  'export:annotations': { fileName: string; json: string; count: number };
  /** Desktop only: asks where to save through the system dialog, then writes the export there. */
  'export:save': { saved: boolean; filePath: string | null; count: number };
}

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type Response<C extends Channel> = ResponseTypes[C];

/** Every channel name, for the preload's allow-list and the host's router. */
export const CHANNELS = Object.keys(requestSchemas) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

// ── Results ─────────────────────────────────────────────────────────────────

export type ApiErrorCode =
  | 'unknown-channel'
  | 'invalid-payload'
  | 'forbidden'
  | 'not-found'
  | 'unsupported'
  | 'invalid-input'
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

/** Main-to-renderer messages (menu commands). Only the Electron host sends them. */
export const MENU_COMMANDS = ['export-annotations', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';
