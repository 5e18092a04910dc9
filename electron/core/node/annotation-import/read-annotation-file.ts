/**
 * Reading an annotation file: Marginalia's own export, W3C Web Annotation
 * collections, pages and arrays from other tools (Recogito and the like), and
 * Hypothesis API results — into one flat list of {@link ParsedAnnotation}.
 *
 * The file is refused as a whole (an ApiFailure that says why) when it is too
 * big (checked before parsing), not UTF-8 JSON, or not a recognised shape.
 * Single annotations that cannot be used — no text selector, a note over the
 * limit — are listed as errors and skipped, so one odd item does not block
 * the rest.
 *
 * The shapes are permissive where the Web Annotation model is: `target` may
 * be a string, an object or an array; `selector` one object or an array;
 * `body` a string, an object or an array of either.
 */
import * as z from 'zod';
import { HIGHLIGHT_COLORS, MAX_ANNOTATION_FILE_BYTES, type HighlightColor } from '../../../shared/constants.ts';
import { ApiFailure } from '../api/api-failure.ts';
import { formatBytes } from '../library/file-data.ts';
import { tagSchema, type Grade } from '../../../shared/api-contract.ts';
import { QUOTATION_KEY } from '../export/web-annotation.ts';

export type AnnotationFileFormat = 'marginalia' | 'web-annotation' | 'hypothesis';

/** One annotation as read from a file, before it is matched to the document. */
export interface ParsedAnnotation {
  /** Position of the item in the file (0-based), for error messages. */
  index: number;
  /** The item's own id as written (`urn:uuid:…`, a URL, a Hypothesis id), or null. */
  id: string | null;
  /** `target.source` as written, or null. */
  source: string | null;
  color: HighlightColor | null;
  note: string;
  /** Tags: Hypothesis `tags`, W3C bodies with purpose `tagging`. */
  tags: string[];
  /** A grade: a body with purpose `assessing` whose value is like "B2". */
  grade: Grade | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  created: string | null;
  modified: string | null;
}

export interface AnnotationFile {
  format: AnnotationFileFormat;
  items: ParsedAnnotation[];
  /** Items that could not be used, with why. */
  errors: Array<{ index: number; message: string }>;
  /** Content hashes of the documents a Marginalia export names, by document IRI. */
  documentHashes: Map<string, string>;
}

// ── Schemas ─────────────────────────────────────────────────────────────────

const selector = z.looseObject({ type: z.string() });
const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const targetObject = z.looseObject({
  source: z.string().optional(),
  /** Marginalia's own exports: the document's `urn:uuid:` when `source` is the page's URL. */
  'marginalia:document': z.string().optional(),
  selector: z.union([selector, z.array(selector)]).optional(),
});
const target = z.union([z.string(), targetObject, z.array(z.union([z.string(), targetObject]))]);
const bodyItem = z.union([
  z.string(),
  z.looseObject({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional() }),
]);

/** Both W3C (`target`, `body`) and Hypothesis API (`target`, `text`, `tags`) annotations. */
export const importedAnnotationSchema = z.looseObject({
  id: z.string().optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  target,
  body: z.union([bodyItem, z.array(bodyItem)]).optional(),
  bodyValue: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  updated: z.string().optional(),
  'marginalia:color': z.string().optional(),
});

const marginaliaDocuments = z.array(z.looseObject({ id: z.string(), 'marginalia:contentHash': z.string() }));
const page = z.looseObject({ type: z.literal('AnnotationPage').optional(), items: z.array(z.unknown()) });
const container = z.union([
  z.array(z.unknown()),
  z.looseObject({
    type: z.literal('AnnotationCollection'),
    first: page,
    'marginalia:documents': marginaliaDocuments.optional(),
  }),
  z.looseObject({ type: z.literal('AnnotationCollection'), items: z.array(z.unknown()) }),
  page,
  z.looseObject({ rows: z.array(z.unknown()) }),
  z.looseObject({ type: z.union([z.literal('Annotation'), z.array(z.string())]), target: z.unknown() }),
]);

// ── Reading ─────────────────────────────────────────────────────────────────

const NOTE_LIMIT = 100_000;
/** Motivations of annotations that mark what a passage *is* rather than what the reader thought: skipped. */
const NOT_HIGHLIGHTS = new Set(['identifying', 'classifying', 'linking', 'moderating']);
const CONTEXT_LIMIT = 64;

/**
 * Read an annotation file.
 *
 * @param bytes - The file's contents.
 * @param fileName - Its name, for messages.
 * @throws ApiFailure('invalid-input') when the file as a whole cannot be used.
 */
export function readAnnotationFile(bytes: Uint8Array, fileName: string): AnnotationFile {
  const what = `“${fileName}”`;
  if (bytes.length > MAX_ANNOTATION_FILE_BYTES) {
    throw refuse(
      `${what} is ${formatBytes(bytes.length)}; annotation files up to ${formatBytes(MAX_ANNOTATION_FILE_BYTES)} can be imported.`,
    );
  }
  if (bytes.length === 0) throw refuse(`${what} is empty.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse(
      `${what} is not a JSON file. Import annotations exported from Marginalia or another Web Annotation tool.`,
    );
  }
  const shape = container.safeParse(json);
  if (!shape.success) {
    throw refuse(
      `${what} is JSON but not a list of annotations (expected a W3C AnnotationCollection, an AnnotationPage or an array of annotations).`,
    );
  }
  const top = shape.data as unknown;
  const raw = itemsOf(top);
  if (raw.length === 0) throw refuse(`${what} holds no annotations.`);

  const documentHashes = new Map<string, string>();
  const listed = isObject(top) ? marginaliaDocuments.safeParse(top['marginalia:documents']) : null;
  if (listed?.success) for (const d of listed.data) documentHashes.set(d.id, d['marginalia:contentHash']);

  const items: ParsedAnnotation[] = [];
  const errors: Array<{ index: number; message: string }> = [];
  raw.forEach((value, index) => {
    const parsed = importedAnnotationSchema.safeParse(value);
    if (!parsed.success) {
      errors.push({ index, message: `item ${index + 1} is not an annotation with a target` });
      return;
    }
    const item = normalize(parsed.data, index);
    if (typeof item === 'string') errors.push({ index, message: `item ${index + 1} ${item}` });
    else items.push(item);
  });
  if (items.length === 0) {
    throw refuse(
      `None of the ${raw.length} annotation(s) in ${what} points at text (a TextQuoteSelector or TextPositionSelector): ${errors[0]?.message ?? ''}.`,
    );
  }

  const format: AnnotationFileFormat =
    (isObject(top) && 'marginalia:documents' in top) || raw.some((r) => isObject(r) && 'marginalia:color' in r)
      ? 'marginalia'
      : isObject(top) && 'rows' in top
        ? 'hypothesis'
        : raw.some((r) => isObject(r) && ('text' in r || 'uri' in r) && !('body' in r))
          ? 'hypothesis'
          : 'web-annotation';
  return { format, items, errors, documentHashes };
}

/** The annotations of any accepted container shape. */
function itemsOf(top: unknown): unknown[] {
  if (Array.isArray(top)) return top;
  if (!isObject(top)) return [];
  const first = top.first;
  if (isObject(first) && Array.isArray(first.items)) return first.items;
  if (Array.isArray(top.items)) return top.items;
  if (Array.isArray(top.rows)) return top.rows;
  return [top];
}

type Imported = z.output<typeof importedAnnotationSchema>;

/** One item to a ParsedAnnotation, or why it cannot be used. */
function normalize(item: Imported, index: number): ParsedAnnotation | string {
  const motivations =
    item.motivation === undefined ? [] : Array.isArray(item.motivation) ? item.motivation : [item.motivation];
  const other = motivations.find((m) => NOT_HIGHLIGHTS.has(m.replace(/^oa:/, '')));
  if (other) return `is not a highlight or note (motivation “${other}”, e.g. an entity Marginalia found)`;
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  if (bodies.some((b) => isObject(b) && QUOTATION_KEY in b))
    return 'is a quotation Marginalia found, not a highlight or note';
  const targets = (Array.isArray(item.target) ? item.target : [item.target]).filter(isObject) as Array<
    z.output<typeof targetObject>
  >;
  const sourceOf = Array.isArray(item.target)
    ? item.target.find((t) => typeof t === 'string')
    : typeof item.target === 'string'
      ? item.target
      : undefined;
  let quote: ParsedAnnotation['quote'] = null;
  let position: ParsedAnnotation['position'] = null;
  let source: string | null = typeof sourceOf === 'string' ? sourceOf : null;
  for (const t of targets) {
    source ??= t['marginalia:document'] ?? t.source ?? null;
    const selectors = t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector];
    for (const s of selectors) {
      const q = quoteSelector.safeParse(s);
      if (q.success && !quote)
        quote = {
          exact: q.data.exact,
          prefix: (q.data.prefix ?? '').slice(-CONTEXT_LIMIT),
          suffix: (q.data.suffix ?? '').slice(0, CONTEXT_LIMIT),
        };
      const p = positionSelector.safeParse(s);
      if (p.success && !position && p.data.end > p.data.start) position = { start: p.data.start, end: p.data.end };
    }
  }
  if (quote && quote.exact.length === 0) quote = null;
  if (!quote && !position) return 'has no TextQuoteSelector or TextPositionSelector';
  if (quote && quote.exact.length > 1_000_000) return 'quotes more than 1,000,000 characters';

  const { note, tags, grade } = bodiesOf(item);
  if (note.length > NOTE_LIMIT) return `has a note longer than ${NOTE_LIMIT.toLocaleString('en')} characters`;
  const colorName = item['marginalia:color'];
  const color = HIGHLIGHT_COLORS.find((c) => c === colorName) ?? null;
  return {
    index,
    id: item.id ?? null,
    source,
    color,
    note,
    tags,
    grade,
    quote,
    position,
    created: item.created ?? null,
    modified: item.modified ?? item.updated ?? null,
  };
}

/**
 * The note (textual bodies, or Hypothesis `text`, joined), the tags
 * (Hypothesis `tags`, bodies with purpose `tagging`) and the grade (a body
 * with purpose `assessing` valued like "B2").
 */
function bodiesOf(item: Imported): { note: string; tags: string[]; grade: Grade | null } {
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const texts: string[] = [];
  const tags: string[] = [...(item.tags ?? [])];
  let grade: Grade | null = null;
  for (const body of bodies) {
    if (typeof body === 'string') texts.push(body);
    else if (body.value === undefined) continue;
    else if (body.purpose === 'tagging') tags.push(body.value);
    else if (body.purpose === 'assessing') grade = parseGrade(body.value) ?? grade;
    else texts.push(body.value);
  }
  if (item.bodyValue !== undefined) texts.push(item.bodyValue);
  if (item.text !== undefined) texts.push(item.text);
  const valid = tags.map((t) => t.trim()).filter((t) => tagSchema.safeParse(t).success);
  return { note: texts.filter((t) => t.trim() !== '').join('\n\n'), tags: valid.slice(0, 50), grade };
}

/** "B2" → reliability B, credibility 2. */
function parseGrade(value: string): Grade | null {
  const m = /^\s*([A-F])\s*([1-6])\s*$/.exec(value);
  return m ? { reliability: m[1] as Grade['reliability'], credibility: Number(m[2]) } : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(message: string): ApiFailure {
  return new ApiFailure('invalid-input', `${message} Nothing was imported.`);
}
