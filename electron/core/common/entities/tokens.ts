/**
 * Turns a compromise parse into tokens with absolute document offsets.
 * compromise keeps each term's surrounding punctuation and spaces in
 * `pre`/`post`, so walking pre + text + post reproduces the input and gives
 * exact UTF-16 offsets without a second pass over the text.
 */
import type { NlpTerm } from './nlp.ts';

export interface Token {
  text: string;
  /** Absolute offsets into the document, `[start, end)`. */
  start: number;
  end: number;
  /** Punctuation and spaces before/after, as compromise saw them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** First token on its line (paragraph start, headline, byline). */
  lineStart: boolean;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * @param sentences - `doc.document` of a compromise parse of `chunkText`
 * @param chunkText - the exact text that was parsed
 * @param base - offset of `chunkText` in the document
 */
export function toTokens(sentences: NlpTerm[][], chunkText: string, base: number): Token[][] {
  const out: Token[][] = [];
  let pos = 0;
  let lastEnd = 0;
  for (const terms of sentences) {
    const sentence: Token[] = [];
    for (const term of terms) {
      pos += term.pre.length;
      // compromise may normalise odd whitespace; resynchronise on the term text.
      if (!chunkText.startsWith(term.text, pos)) {
        const found = chunkText.indexOf(term.text, Math.max(0, pos - term.pre.length));
        if (found < 0 || term.text === '') continue;
        pos = found;
      }
      const lineStart = lastEnd === 0 || chunkText.slice(lastEnd, pos).includes('\n');
      pushSplit(sentence, term, pos, base, lineStart);
      pos += term.text.length;
      lastEnd = pos;
      pos += term.post.length;
    }
    if (sentence.length > 0) out.push(sentence);
  }
  return out;
}

/**
 * "Doe/Agency" is two names; a slash always separates tokens. compromise
 * splits most hyphenated words ("UN-backed") but not all ("U.S.-backed"), so
 * a hyphen between letters separates tokens too, as compromise would.
 */
function pushSplit(sentence: Token[], term: NlpTerm, pos: number, base: number, lineStart: boolean): void {
  const tags = term.tags ?? NO_TAGS;
  const separator =
    term.text.includes('/') && !/^\d|:\/\//.test(term.text) ? '/' : /[\p{L}.]-\p{L}/u.test(term.text) ? '-' : undefined;
  if (separator === undefined) {
    sentence.push({
      text: term.text,
      start: base + pos,
      end: base + pos + term.text.length,
      pre: term.pre,
      post: term.post,
      tags,
      lineStart,
    });
    return;
  }
  const parts = term.text.split(separator);
  let offset = pos;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part !== '') {
      sentence.push({
        text: part,
        start: base + offset,
        end: base + offset + part.length,
        pre: i === 0 || separator === '-' ? (i === 0 ? term.pre : '') : '/',
        post: last ? term.post : separator,
        tags: separator === '-' ? tags : NO_TAGS,
        lineStart: lineStart && i === 0,
      });
    }
    offset += part.length + 1;
  });
}
