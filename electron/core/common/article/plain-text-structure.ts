/**
 * Finds the parts of a plain-text news article: headline, metadata lines
 * ("By: …", "Source: …"), a dateline, and body paragraphs.
 *
 * The rules are about how news text is laid out in general, not about any one
 * article: the headline is the first line; metadata lines are short
 * "Label: value" lines near the top or the bottom; a dateline is a capitalised
 * place name opening one of the first paragraphs, followed by a dash.
 *
 * Blocks are offsets into the unchanged text, so what the reader sees is
 * exactly the text annotations anchor against.
 */
import type { TextBlock } from '../../../shared/api-contract.ts';

export interface ArticleStructure {
  blocks: TextBlock[];
  title: string;
  byline: string | null;
  source: string | null;
  dateline: string | null;
}

/** Longest line still taken for a headline or a metadata line. */
const MAX_HEADLINE_LENGTH = 300;
const MAX_META_LENGTH = 120;
/** Metadata lines are looked for among this many blocks at each end. */
const META_WINDOW = 4;

const META_LINE =
  /^(by|byline|author|authors|written by|source|sources|published|updated|posted|date)\s*[:：]\s*(\S.*)$/i;
const BARE_BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})$/u;
/** "CAIRO —", "NEW YORK, March 3 (Reuters) -", "WASHINGTON:" */
const INLINE_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}\.?)((?:,\s*[\p{L}0-9.]+(?:\s+[\p{L}0-9.]+){0,3})?(?:\s*\([^)\n]{1,40}\))?)\s*(?:[-–—]{1,2}|:)\s+/u;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[\\sT,].{0,30})?$`,
  'i',
);

/** Splits text into blocks of non-blank lines, as [start, end) offsets. */
function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const blank = /\n[ \t\r]*\n/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) ranges.push([s, e]);
  };
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return ranges;
}

export function detectStructure(text: string): ArticleStructure {
  const ranges = paragraphRanges(text);
  const blocks: TextBlock[] = [];
  let title = '';
  let byline: string | null = null;
  let source: string | null = null;
  let dateline: string | null = null;
  /** Body paragraphs so far: only the first two may open with a dateline. */
  let bodyCount = 0;

  ranges.forEach(([start, end], index) => {
    const content = text.slice(start, end);
    const singleLine = !content.includes('\n');

    if (index === 0 && singleLine && content.length <= MAX_HEADLINE_LENGTH) {
      title = content;
      blocks.push({ kind: 'headline', start, end });
      return;
    }

    const nearEdge = index <= META_WINDOW || index >= ranges.length - META_WINDOW;
    if (nearEdge && singleLine && content.length <= MAX_META_LENGTH) {
      const meta = META_LINE.exec(content);
      const bare = BARE_BYLINE.exec(content);
      if (meta || bare) {
        const label = (meta?.[1] ?? 'by').toLowerCase();
        const value = (meta?.[2] ?? bare?.[1] ?? '').trim();
        if (/^(by|byline|author|authors|written by)$/.test(label)) byline ??= value;
        else if (/^sources?$/.test(label)) source ??= value;
        else dateline ??= value;
        blocks.push({ kind: 'meta', start, end });
        return;
      }
      if (index <= META_WINDOW && DATE_LINE.test(content)) {
        dateline ??= content;
        blocks.push({ kind: 'dateline', start, end });
        return;
      }
    }

    const block: TextBlock = { kind: 'paragraph', start, end };
    if (dateline === null && bodyCount < 2) {
      const lead = INLINE_DATELINE.exec(content);
      // A dateline is followed by at least a short sentence.
      if (lead && content.length - lead[0].length >= 20) {
        const place = lead[1]!.trim();
        block.dateline = { start, end: start + (lead[1]! + lead[2]!).trimEnd().length };
        dateline = (place + lead[2]!).trim();
      }
    }
    blocks.push(block);
    bodyCount++;
  });

  if (!title) {
    const firstLine = text.trim().split('\n', 1)[0] ?? '';
    title = firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine || 'Untitled';
  }
  return { blocks, title, byline, source, dateline };
}
