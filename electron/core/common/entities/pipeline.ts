/**
 * The entity pipeline: chunk the document, parse each chunk once with
 * compromise, find name runs and dates in its sentences, then merge and type
 * across the whole document. Only candidates (small records) outlive a
 * chunk, so memory follows the number of names, not the size of the text.
 */
import type { Entity, ExtractOptions } from './types.ts';
import { parse } from './nlp.ts';
import { splitIntoChunks } from './chunks.ts';
import { toTokens } from './tokens.ts';
import { findNameSpans } from './spans.ts';
import { candidatesFromSpan, type Candidate } from './names.ts';
import { findArticleDate, findDates, type DateMention } from './dates.ts';
import { mergeCandidates } from './merge.ts';
import { mergeDates } from './dates-merge.ts';

export function extractEntities(text: string, options: ExtractOptions = {}): Entity[] {
  const articleDate = findArticleDate(text);
  const candidates: Candidate[] = [];
  const dates: DateMention[] = [];
  const chunks = splitIntoChunks(text);
  for (const chunk of chunks) {
    const doc = parse(chunk.text);
    for (const sentence of toTokens(doc.document, chunk.text, chunk.start)) {
      for (const span of findNameSpans(sentence)) candidates.push(...candidatesFromSpan(span, text));
      dates.push(...findDates(sentence, text, articleDate));
    }
    options.onProgress?.((chunk.start + chunk.text.length) / Math.max(1, text.length));
  }
  const entities = [...mergeCandidates(candidates), ...mergeDates(dates)];
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  uniquifyIds(entities);
  if (chunks.length === 0) options.onProgress?.(1);
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
