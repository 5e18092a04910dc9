/**
 * The entity pipeline: chunk the document, parse each chunk once with
 * compromise, find name runs and dates in its sentences, then merge and type
 * across the whole document. Only candidates (small records) outlive a
 * chunk, so memory follows the number of names, not the size of the text.
 *
 * The two halves are separate so a long document can be shared out: each
 * worker finds the candidates of its part of the chunks (`findInPart`), one
 * merges them all (`mergeFound`). `extractEntities` is both in one thread.
 */
import type { Entity, ExtractOptions } from './types.ts';
import { parse } from './nlp.ts';
import { splitIntoChunks } from './chunks.ts';
import { toTokens } from './tokens.ts';
import { findNameSpans } from './spans.ts';
import { candidatesFromSpan, type Candidate } from './names.ts';
import { findDates, referenceDate, type DateMention } from './dates.ts';
import { mergeCandidates } from './merge.ts';
import { mergeDates } from './dates-merge.ts';

/** What one part of a document yields before merging: plain data, so it crosses to another worker as is. */
export interface Found {
  candidates: Candidate[];
  dates: DateMention[];
}

/** Part `part` of `parts` (0-based): a contiguous share of the document's chunks. */
export interface Part {
  part: number;
  parts: number;
}

export function extractEntities(text: string, options: ExtractOptions = {}): Entity[] {
  return mergeFound([findInPart(text, { part: 0, parts: 1 }, options)]);
}

/**
 * Finds the name candidates and dates of one share of the document's
 * chunks. Every part splits the whole text the same way, so the parts
 * together cover each chunk exactly once.
 */
export function findInPart(text: string, { part, parts }: Part, options: ExtractOptions = {}): Found {
  const articleDate = referenceDate(text, options.publishedAt)?.date;
  const chunks = splitIntoChunks(text);
  const from = Math.floor((part * chunks.length) / parts);
  const to = Math.floor(((part + 1) * chunks.length) / parts);
  const found: Found = { candidates: [], dates: [] };
  for (let i = from; i < to; i++) {
    const chunk = chunks[i]!;
    const doc = parse(chunk.text);
    for (const sentence of toTokens(doc.document, chunk.text, chunk.start)) {
      for (const span of findNameSpans(sentence)) found.candidates.push(...candidatesFromSpan(span, text));
      found.dates.push(...findDates(sentence, text, articleDate));
    }
    options.onProgress?.((i + 1 - from) / Math.max(1, to - from));
  }
  if (from === to) options.onProgress?.(1);
  return found;
}

/** The entity list from the candidates of every part, in any order. */
export function mergeFound(parts: readonly Found[]): Entity[] {
  const entities = [
    ...mergeCandidates(parts.flatMap((p) => p.candidates)),
    ...mergeDates(parts.flatMap((p) => p.dates)),
  ];
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  uniquifyIds(entities);
  return entities;
}

/** Two entities may share a name across types or after a failed merge; ids must not collide. */
function uniquifyIds(entities: Entity[]): void {
  const seen = new Map<string, number>();
  for (const e of entities) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}#${n + 1}`;
  }
}
