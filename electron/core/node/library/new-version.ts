/**
 * A changed file replaces the text of the document it is a new version of,
 * and every annotation is re-anchored into the new text.
 *
 * Decisions:
 * - The document keeps its id, so its annotations, entity corrections and
 *   "last opened" stay attached; the old text's hash is appended to
 *   `previousVersions` (the text itself stays in the text store).
 * - Annotations placed exactly or fuzzily get fresh selectors built from the
 *   new text (quote, context and position), so the next open is an O(1)
 *   position hit. A fuzzy match thereby adopts the edited wording.
 * - Orphans keep their old selectors untouched — nothing of them is lost, the
 *   panel lists them with their quote and note, and re-importing the old text
 *   would anchor them again. Their status is recomputed on every open, so no
 *   stored flag is needed.
 * - `modified` of an annotation is not bumped: it records the reader's edits.
 */
import type { Annotation, DocumentSummary, ReanchorReport } from '../../../shared/api-contract.ts';
import { anchorAll } from '../../common/anchoring/anchor.ts';
import { createTarget } from '../../common/anchoring/text-quote.ts';
import { detectStructure } from '../../common/article/plain-text-structure.ts';
import type { ImportedDocument } from '../import/types.ts';
import type { DocumentRecord } from '../../../shared/api-contract.ts';
import type { Library } from './library.ts';

/** Titles given to documents that have none: they say nothing about identity. */
const GENERIC_TITLES = new Set(['untitled', 'pasted text']);

/**
 * Share of the old text's sentences that must survive verbatim for an import
 * to count as a new version. A corrected article keeps most of its sentences;
 * a different article that merely shares a file name ("index.html") or a
 * title keeps next to none. Below the bar the import becomes a new document,
 * so a wrong guess never strands annotations.
 */
export const MIN_SHARED_SENTENCES = 0.2;

/**
 * Documents an import may be a new version of: the same file name first, then
 * the same title (case and spacing ignored), most recently changed first.
 */
export function versionCandidates(
  documents: readonly DocumentRecord[],
  fileName: string | null,
  title: string,
): DocumentRecord[] {
  const base = fileName ? baseName(fileName) : null;
  const wanted = normalizeTitle(title);
  const byRecency = [...documents].sort((a, b) => b.modified.localeCompare(a.modified));
  const byName = base
    ? byRecency.filter((d) => d.origin.fileName !== null && baseName(d.origin.fileName) === base)
    : [];
  const byTitle =
    wanted && !GENERIC_TITLES.has(wanted) ? byRecency.filter((d) => normalizeTitle(d.title) === wanted) : [];
  return [...new Set([...byName, ...byTitle])];
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20);
}

/** Share in [0, 1] of `before`'s sentences found verbatim in `after`. */
export function sharedSentences(before: string, after: string): number {
  const old = sentences(before);
  if (old.length === 0) return before.trim() === after.trim() ? 1 : 0;
  const current = new Set(sentences(after));
  return old.filter((s) => current.has(s)).length / old.length;
}

/** The document `text` is a new version of, or null when it is a new document. */
export async function findPreviousVersion(
  library: Library,
  fileName: string | null,
  title: string,
  text: string,
): Promise<DocumentRecord | null> {
  for (const candidate of versionCandidates(library.documents, fileName, title)) {
    if (sharedSentences(await library.textOf(candidate.id), text) >= MIN_SHARED_SENTENCES) return candidate;
  }
  return null;
}

/** Re-anchors annotations into `text`; pure, so the bench and tests can call it directly. */
export function reanchorAnnotations(
  text: string,
  annotations: readonly Annotation[],
): { report: Omit<ReanchorReport, 'previousContentHash'>; updated: Annotation[] } {
  const anchors = anchorAll(
    text,
    annotations.map((a) => a.target),
  );
  const report: Omit<ReanchorReport, 'previousContentHash'> = { exact: 0, fuzzy: 0, orphan: 0, items: [] };
  const updated = annotations.map((annotation, i) => {
    const anchor = anchors[i]!;
    report[anchor.status] += 1;
    report.items.push({
      annotationId: annotation.id,
      quote: annotation.target.quote.exact,
      newQuote: anchor.status === 'orphan' ? null : text.slice(anchor.start, anchor.end),
      note: annotation.note,
      status: anchor.status,
      confidence: anchor.confidence,
    });
    if (anchor.status === 'orphan') return annotation;
    return { ...annotation, target: createTarget(text, anchor.start, anchor.end) };
  });
  return { report, updated };
}

/**
 * Replace the text of `previous` with the imported document and move its
 * annotations onto it, in one write.
 */
export async function replaceWithNewVersion(
  library: Library,
  previous: DocumentRecord,
  imported: ImportedDocument,
  now: Date,
): Promise<{ document: DocumentSummary; reanchor: ReanchorReport }> {
  const text = imported.text;
  const contentHash = await library.storeText(text, imported.layout);
  const annotations = library.annotationsOf(previous.id);
  const { report, updated } = reanchorAnnotations(text, annotations);
  const byId = new Map(updated.map((a) => [a.id, a]));
  const structure = detectStructure(text);
  const replacedAt = now.toISOString();
  const previousContentHash = previous.contentHash;

  // The record's new text and its re-anchored annotations go to disk together (journal.ts), or neither does.
  await library.change({
    index: (index) => ({
      ...index,
      documents: index.documents.map((record) =>
        record.id !== previous.id
          ? record
          : {
              ...record,
              previousVersions: [...(record.previousVersions ?? []), { contentHash: previousContentHash, replacedAt }],
              title: imported.title.trim() || structure.title,
              byline: imported.byline ?? structure.byline,
              source: imported.source ?? structure.source,
              dateline: structure.dateline,
              publishedAt: imported.publishedAt ?? record.publishedAt,
              ...(imported.canonicalUrl ? { canonicalUrl: imported.canonicalUrl } : {}),
              contentHash,
              textLength: text.length,
              modified: replacedAt,
            },
      ),
    }),
    documents: {
      [previous.id]: (data) => ({ ...data, annotations: data.annotations.map((a) => byId.get(a.id) ?? a) }),
    },
  });
  return { document: library.summaryOf(previous.id), reanchor: { previousContentHash, ...report } };
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).toLowerCase();
}

function normalizeTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
