/**
 * Where a caret goes, in document offsets: by character, word, sentence,
 * paragraph or to either end of the article; and which sentence or
 * paragraph lies at it. Pure, over the text and its blocks (the paragraphs,
 * headings, list items and cells the article is painted from), so the same
 * rules hold for any layout and are tested without a DOM. Lines depend on
 * how the text wraps on screen, so the article moves by lines itself.
 *
 * Forward moves stop at the end of a unit and backward ones at its start,
 * as on macOS and Linux: a selection extended word by word then holds whole
 * words.
 */
import { upperBound } from '../../../electron/shared/binary-search.ts';
import { sentenceSpans, wordSpans, type TextSpan } from '../../../electron/core/common/article/text-units.ts';

export type { TextSpan };
export type TextUnit = 'character' | 'word' | 'sentence' | 'paragraph' | 'article';
export type Direction = 1 | -1;

/** How far around the caret a long block is read for words and sentences. */
const WINDOW = 4_000;

/** The article's text and its blocks with text in them, in order. */
export class TextMap {
  readonly text: string;
  readonly blocks: readonly TextSpan[];
  readonly #starts: number[];

  constructor(text: string, blocks: readonly TextSpan[]) {
    this.text = text;
    this.blocks = blocks.filter((b) => b.end > b.start);
    this.#starts = this.blocks.map((b) => b.start);
  }

  /** The index of the block holding `offset` (its end included), or of the last block before it (-1: none). */
  blockIndex(offset: number): number {
    return upperBound(this.#starts, offset) - 1;
  }

  /** Where the caret goes from `offset`, one `unit` in `direction`. */
  move(offset: number, unit: TextUnit, direction: Direction): number {
    if (this.blocks.length === 0) return offset;
    if (unit === 'article') return direction > 0 ? this.blocks.at(-1)!.end : this.blocks[0]!.start;
    const index = this.blockIndex(offset);
    const block = this.blocks[index];
    const inside = block !== undefined && offset <= block.end;
    // Between blocks (or before the first): the caret steps into the block ahead.
    if (!inside) {
      const ahead = direction > 0 ? this.blocks[index + 1]?.start : block?.end;
      return ahead ?? offset;
    }
    const within = this.#moveWithin(block, offset, unit, direction);
    if (within !== null) return within;
    // At the block's edge: into the next or previous one.
    const neighbour = this.blocks[index + direction];
    if (!neighbour) return offset;
    if (unit === 'character') return direction > 0 ? neighbour.start : neighbour.end;
    return this.#moveWithin(neighbour, direction > 0 ? neighbour.start : neighbour.end, unit, direction) ?? offset;
  }

  /** The sentence or paragraph at `offset`: the one it is in, or the one whose trailing spaces it is in. */
  unitAt(offset: number, unit: 'sentence' | 'paragraph'): TextSpan | null {
    const block = this.blocks[Math.max(0, this.blockIndex(offset))];
    if (!block) return null;
    if (unit === 'paragraph') return { ...block };
    const spans = this.#sentences(block, Math.max(offset, block.start));
    return spans.findLast((s) => s.start <= offset) ?? spans[0] ?? null;
  }

  /**
   * The selection grown by the next sentence or paragraph after it, from
   * the start of the unit it starts in: pressing the key again selects one more.
   */
  extend(selection: TextSpan, unit: 'sentence' | 'paragraph'): TextSpan | null {
    const first = this.unitAt(selection.start, unit);
    if (!first) return null;
    const last = this.unitAt(selection.end, unit);
    // The selection ends at a unit's end: the next unit joins; else the unit it ends in is completed.
    const end = last && last.end > selection.end ? last.end : this.move(selection.end, unit, 1);
    return { start: Math.min(first.start, selection.start), end: Math.max(end, selection.end) };
  }

  /** The move inside `block`, or null when it would leave the block. */
  #moveWithin(block: TextSpan, offset: number, unit: TextUnit, direction: Direction): number | null {
    if (unit === 'paragraph') {
      const edge = direction > 0 ? block.end : block.start;
      return offset === edge ? null : edge;
    }
    if (unit === 'character') {
      if (direction > 0) return offset < block.end ? offset + codePointLength(this.text, offset) : null;
      if (offset <= block.start) return null;
      return offset - (isLowSurrogate(this.text.charCodeAt(offset - 1)) && offset - 2 >= block.start ? 2 : 1);
    }
    const spans = unit === 'word' ? this.#words(block, offset) : this.#sentences(block, offset);
    if (direction > 0) return spans.find((s) => s.end > offset)?.end ?? null;
    return spans.findLast((s) => s.start < offset)?.start ?? null;
  }

  #words(block: TextSpan, offset: number): TextSpan[] {
    const [from, to] = this.#window(block, offset);
    return wordSpans(this.text, from, to);
  }

  #sentences(block: TextSpan, offset: number): TextSpan[] {
    const [from, to] = this.#window(block, offset);
    return sentenceSpans(this.text, from, to);
  }

  /**
   * The part of a block read around `offset`: all of it, unless it is long
   * (a plain text with no paragraph breaks), then about WINDOW characters
   * either side, cut at spaces so no word is split.
   */
  #window(block: TextSpan, offset: number): [number, number] {
    if (block.end - block.start <= 2 * WINDOW) return [block.start, block.end];
    const from = Math.max(block.start, offset - WINDOW);
    const to = Math.min(block.end, offset + WINDOW);
    const space = (at: number, step: number) => {
      while (at > block.start && at < block.end && !/\s/u.test(this.text[at]!)) at += step;
      return at;
    };
    return [from === block.start ? from : space(from, -1), to === block.end ? to : space(to, 1)];
  }
}

/** `span` of `text` without the spaces at either end; null when nothing else is left. */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function codePointLength(text: string, offset: number): number {
  return (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
}
