/**
 * Splits a document into chunks of whole paragraphs so compromise parses a
 * bounded amount of text at a time (memory stays flat on 1 MB inputs and
 * progress can be reported). Chunk boundaries fall on blank lines when
 * possible, then line breaks, then sentence ends, then spaces, so a name is
 * never cut in two.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  text: string;
}

/** About 8 KB: large enough to amortise compromise's per-call cost. */
export const DEFAULT_CHUNK_SIZE = 8192;

export function splitIntoChunks(text: string, target = DEFAULT_CHUNK_SIZE): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + target);
    if (end < text.length) end = findBreak(text, start, end, Math.min(text.length, start + target * 2));
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/** First good break at or after `from`, no later than `limit`. */
function findBreak(text: string, chunkStart: number, from: number, limit: number): number {
  for (const pattern of [/\n\s*\n/g, /\n/g, /[.!?]["”’]?\s/g, /\s/g]) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m && m.index + m[0].length <= limit) return m.index + m[0].length;
  }
  // No break in reach (one giant token): cut at the limit, but never inside a surrogate pair.
  let cut = Math.max(limit, chunkStart + 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut++;
  return cut;
}
