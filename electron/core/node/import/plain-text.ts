/**
 * Metadata of a plain-text article. The text itself is stored as it is: what
 * the user imported is what they read and annotate.
 *
 * The rules are about how news text is laid out in general, not about any one
 * source: the headline is the first line; "By: …", "By …" and "Source: …"
 * are short lines of their own among the first or last few paragraphs.
 */
import type { ImportedDocument } from './types.ts';

/** Metadata lines are looked for among this many paragraphs at each end. */
const META_WINDOW = 4;
/** Longest line still taken for a metadata line. */
const MAX_META_LENGTH = 120;

const LABELLED = /^(by|byline|author|authors|written by|source|sources)\s*[:：]\s*(\S.*)$/i;
/** "By Jane Doe", "by J. R. Smith and Ann Lee": names start with capitals. */
const BARE_BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})$/u;

/** Longest title kept; a longer first line is a paragraph, not a headline. */
export const MAX_TITLE_LENGTH = 200;

/** The first non-empty line, trimmed and shortened to {@link MAX_TITLE_LENGTH}. */
export function firstLineTitle(text: string, fallback: string): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (line === '') return fallback;
  return line.length > MAX_TITLE_LENGTH ? `${line.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : line;
}

/** Strip a leading "By" / "By:" from a byline. */
export function cleanByline(byline: string | null | undefined): string | null {
  const clean = (byline ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\b\s*:?\s*/i, '');
  return clean === '' ? null : clean;
}

/** Byline and source from short metadata lines near either end of the text. */
export function findMetadataLines(text: string): { byline: string | null; source: string | null } {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let byline: string | null = null;
  let source: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    // Skip the headline, and anything but short single lines near the edges.
    const nearEdge = index <= META_WINDOW || index >= paragraphs.length - META_WINDOW;
    if (index === 0 || !nearEdge || paragraph.includes('\n') || paragraph.length > MAX_META_LENGTH) return;
    const labelled = LABELLED.exec(paragraph);
    if (labelled) {
      const value = labelled[2]!.trim();
      if (/^sources?$/i.test(labelled[1]!)) source ??= value;
      else byline ??= cleanByline(value);
      return;
    }
    const bare = BARE_BYLINE.exec(paragraph);
    if (bare) byline ??= bare[1]!;
  });
  return { byline, source };
}

/**
 * Read a plain-text article: title from the first non-empty line, byline and
 * source from "By: …", "By …" and "Source: …" lines near the top or bottom.
 *
 * @param text - Decoded text with `\n` line endings.
 * @param fallbackTitle - Used when the text has no non-empty line (e.g. the file name).
 */
export function readPlainText(text: string, fallbackTitle: string): ImportedDocument {
  return {
    title: firstLineTitle(text, fallbackTitle),
    ...findMetadataLines(text),
    publishedAt: null,
    canonicalUrl: null,
    text,
    layout: null,
  };
}
