/**
 * Matching parsed annotations to a document: which are new, which update an
 * annotation already there (same id), which are unchanged, and where each one
 * lands in the current text. Pure — the preview and the commit both run it,
 * so the commit re-validates against the library as it is at that moment.
 *
 * Decisions:
 * - Ids: `urn:uuid:<uuid>` (Marginalia's export) or a bare UUID is kept, so a
 *   round trip is lossless. Any other id (a URL, a Hypothesis id) becomes a
 *   UUID derived from the document and that id, so importing the same file
 *   twice updates instead of duplicating. Items without an id get one derived
 *   from their content, for the same reason.
 * - Selectors: kept as written when the position still holds the quote;
 *   rebuilt from the current text when the quote was found elsewhere or
 *   fuzzily; kept as written for orphans, which are imported and listed.
 * - Target: an item whose `target.source` names another Marginalia document
 *   (`urn:uuid:…`) is skipped, and the whole file refused when that document
 *   is not in the library — unless the export records that document's
 *   text as identical to this one's (same content hash, e.g. exported on
 *   another machine). Any other source (a web page URL) is taken to mean the
 *   document the reader chose.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { Annotation, AnnotationImportSummary } from '../../../shared/api-contract.ts';
import { anchorAll } from '../../common/anchoring/anchor.ts';
import { createTarget } from '../../common/anchoring/text-quote.ts';
import type { TextTarget } from '../../../shared/anchor-types.ts';
import { ApiFailure } from '../api/api-failure.ts';
import type { AnnotationFile, ParsedAnnotation } from './read-annotation-file.ts';

export interface ImportContext {
  documentId: string;
  contentHash: string;
  text: string;
  /** Any annotation in the library by id (ids stay unique across documents); a lookup, never a scan. */
  annotationById: (id: string) => Annotation | undefined;
  /** Titles of the documents in the library, by id. */
  documentTitles: ReadonlyMap<string, string>;
  fileName: string;
  now: Date;
}

export interface ImportPlan {
  summary: AnnotationImportSummary;
  /** Annotations to add or replace, complete and valid. */
  writes: Annotation[];
}

const MAX_LISTED_ERRORS = 20;
const UUID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;
const isoWithOffset = z.iso.datetime({ offset: true });

export function planImport(file: AnnotationFile, context: ImportContext): ImportPlan {
  const errors = [...file.errors];
  const candidates: Array<{ item: ParsedAnnotation; id: string; target: TextTarget }> = [];

  for (const item of file.items) {
    const refusal = checkSource(item.source, file, context);
    if (refusal) {
      errors.push({ index: item.index, message: `item ${item.index + 1} ${refusal}` });
      continue;
    }
    const id = annotationId(item, context.documentId);
    const owner = context.annotationById(id);
    if (owner && owner.documentId !== context.documentId) {
      errors.push({
        index: item.index,
        message: `item ${item.index + 1} has the id of an annotation in “${context.documentTitles.get(owner.documentId) ?? 'another document'}”`,
      });
      continue;
    }
    const target = storedTarget(item, context.text);
    if (!target) {
      errors.push({
        index: item.index,
        message: `item ${item.index + 1} has a position outside this text and no quote`,
      });
      continue;
    }
    candidates.push({ item, id, target });
  }
  if (candidates.length === 0) {
    throw new ApiFailure(
      'invalid-input',
      `No annotation in “${context.fileName}” can be imported into this document: ${errors[0]?.message ?? 'none found'}. Nothing was imported.`,
    );
  }

  const anchors = anchorAll(
    context.text,
    candidates.map((c) => c.target),
  );
  const summary: AnnotationImportSummary = {
    format: file.format,
    total: file.items.length + file.errors.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    orphaned: 0,
    errors: [],
    skipped: errors.length,
  };
  const writes: Annotation[] = [];
  const seen = new Set<string>();
  const time = context.now.toISOString();

  candidates.forEach(({ item, id, target }, i) => {
    if (seen.has(id)) {
      errors.push({ index: item.index, message: `item ${item.index + 1} repeats the id of an earlier item` });
      summary.skipped += 1;
      return;
    }
    seen.add(id);
    const anchor = anchors[i]!;
    const keepAsWritten =
      anchor.status === 'orphan' ||
      (anchor.status === 'exact' && anchor.start === target.position.start && anchor.end === target.position.end);
    const existing = context.annotationById(id);
    const annotation: Annotation = {
      id,
      documentId: context.documentId,
      color: item.color ?? existing?.color ?? 'yellow',
      note: item.note,
      target: keepAsWritten ? target : createTarget(context.text, anchor.start!, anchor.end!),
      created: isoTime(item.created) ?? existing?.created ?? time,
      modified: isoTime(item.modified) ?? existing?.modified ?? time,
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
      ...(item.grade ? { grade: item.grade } : {}),
    };
    if (existing && sameAnnotation(existing, annotation)) {
      summary.unchanged += 1;
      return;
    }
    summary[existing ? 'updated' : 'added'] += 1;
    if (anchor.status === 'orphan') summary.orphaned += 1;
    writes.push(annotation);
  });
  summary.errors = errors.slice(0, MAX_LISTED_ERRORS);
  return { summary, writes };
}

/** Why an item's source rules it out for this document, or null when it may be imported. */
function checkSource(source: string | null, file: AnnotationFile, context: ImportContext): string | null {
  const match = source ? /^urn:uuid:(.+)$/i.exec(source) : null;
  if (!match) return null;
  const documentId = match[1]!.toLowerCase();
  if (documentId === context.documentId) return null;
  if (file.documentHashes.get(source!) === context.contentHash) return null;
  const title = context.documentTitles.get(documentId);
  if (title) return `belongs to another document in the library, “${title}”`;
  throw new ApiFailure(
    'invalid-input',
    `“${context.fileName}” holds annotations of a document that is not in the library (${source}). Open or import that document first. Nothing was imported.`,
  );
}

function annotationId(item: ParsedAnnotation, documentId: string): string {
  const uuid = item.id ? UUID.exec(item.id) : null;
  if (uuid) return uuid[1]!.toLowerCase();
  const key = item.id ?? JSON.stringify([item.quote, item.position, item.note]);
  return derivedUuid(`${documentId}\n${key}`);
}

/** A UUID (version 8, "custom") from a SHA-256 of `key`: the same key always gives the same id. */
export function derivedUuid(key: string): string {
  const hex = createHash('sha256').update(key, 'utf8').digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The target to store and anchor: as written, completed from the text where a selector is missing. */
function storedTarget(item: ParsedAnnotation, text: string): TextTarget | null {
  const { quote, position } = item;
  if (quote) {
    return {
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...(position ?? { start: 0, end: quote.exact.length }) },
    };
  }
  if (position && position.end <= text.length && text.slice(position.start, position.end).trim()) {
    return createTarget(text, position.start, position.end);
  }
  return null;
}

/** The time as the store keeps it, or null (then the import's own time is used) when there is none it can keep. */
function isoTime(value: string | null): string | null {
  if (value === null) return null;
  if (isoWithOffset.safeParse(value).success) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  // Years past 9999 print as "+010000-…", which no ISO 8601 reader (the store's schema included) accepts.
  const iso = new Date(time).toISOString();
  return isoWithOffset.safeParse(iso).success ? iso : null;
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
