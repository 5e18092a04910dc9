/**
 * The file name an export is offered under: `<title>.annotations.json` (or
 * `.md`, `.csv`) for one document, `library.annotations.json` for the whole
 * library. Used by the
 * desktop app's save dialog, the browser's download and the CLI's `--out
 * <folder>`.
 *
 * Titles are news headlines, often longer than a file name should be, so the
 * name is cut at a word boundary, never inside a word.
 */

/** Longest title part, in UTF-16 units: with the suffix, well inside every file system's 255-byte limit. */
const MAX_TITLE_LENGTH = 60;
const EXTENSIONS = { jsonld: 'json', markdown: 'md', csv: 'csv' } as const;

export function exportFileName(documentTitle: string | null, format: keyof typeof EXTENSIONS = 'jsonld'): string {
  const suffix = `.annotations.${EXTENSIONS[format]}`;
  if (documentTitle === null) return `library${suffix}`;
  return `${titleSlug(documentTitle) || 'document'}${suffix}`;
}

/**
 * Lower-case words joined by hyphens, accents kept: "Élection à Paris: le
 * résultat" → "élection-à-paris-le-résultat". Anything that is not a letter,
 * mark or digit separates words, so no path separator or reserved character
 * remains.
 */
export function titleSlug(title: string, maxLength = MAX_TITLE_LENGTH): string {
  const words = title
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || cutWord(word, maxLength);
    slug = next;
  }
  return slug;
}

/**
 * A single word longer than the limit (a title in a script written without
 * spaces, say): cut at the last word boundary the language's rules allow,
 * else between characters, never inside a surrogate pair or a combined character.
 */
function cutWord(word: string, maxLength: number): string {
  let words = 0;
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(word)) {
    if (index > maxLength) break;
    words = index;
  }
  if (words > 0) return word.slice(0, words);
  let end = 0;
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)) {
    if (index > maxLength) break;
    end = index;
  }
  return word.slice(0, end);
}
