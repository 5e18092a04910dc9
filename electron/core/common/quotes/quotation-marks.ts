/**
 * Finds spans of text inside quotation marks, paragraph by paragraph:
 * curly and straight double quotes, guillemets, and single quotes where they
 * cannot be apostrophes. A quotation that runs over several paragraphs (each
 * opens with a mark, only the last closes) gives one span per paragraph.
 * Quotes nested inside a quotation belong to it.
 */

export interface QuotedSpan {
  /** Inside the marks: `text.slice(start, end)` is what was quoted. */
  start: number;
  end: number;
  /** Single marks ('…', ‘…’): headlines and nested quotes use them. */
  single: boolean;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let paragraphStart = 0;
  /** A quotation left open at the end of the previous paragraph: kept only if this one continues it. */
  let pending: QuotedSpan | undefined;
  while (paragraphStart <= text.length) {
    let end = text.indexOf('\n', paragraphStart);
    if (end < 0) end = text.length;
    const lead = firstNonSpace(text, paragraphStart, end);
    if (lead === end) {
      paragraphStart = end + 1; // a blank line between paragraphs
      continue;
    }
    if (pending && (DOUBLE_OPEN.has(text[lead]!) || text[lead] === '"')) spans.push(pending);
    pending = scanParagraph(text, paragraphStart, end, spans);
    paragraphStart = end + 1;
  }
  return spans;
}

/** @returns a double quotation still open at the paragraph's end (it may continue in the next). */
function scanParagraph(text: string, from: number, to: number, out: QuotedSpan[]): QuotedSpan | undefined {
  let open = -1;
  let singleOpen = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (open < 0) {
      if (DOUBLE_OPEN.has(c) || (c === '"' && opensAt(text, i, from))) {
        open = i + 1;
        singleOpen = -1; // a double quotation overrides an unclosed single one
      } else if ((c === '‘' || c === "'") && singleOpen < 0 && opensAt(text, i, from)) {
        singleOpen = i + 1;
      } else if ((c === '’' || c === "'") && singleOpen >= 0 && closesAt(text, i, to)) {
        if (i > singleOpen) pushTrimmed(text, out, singleOpen, i, true);
        singleOpen = -1;
      }
    } else if (c === '"' && text[open - 1] === '"' && reopensAt(text, i, open)) {
      // `…in March. "We will…`: paragraphs run together, the first left open as a continued quotation is.
      pushTrimmed(text, out, open, i, false);
      open = i + 1;
    } else if (DOUBLE_CLOSE.has(c) || c === '"') {
      if (i > open) pushTrimmed(text, out, open, i, false);
      open = -1;
    } else if ((c === '’' || c === "'") && text[i + 1] === c && closesAt(text, i + 1, to)) {
      // `“…voters,’’ Moy said`: two single marks set as a closing double one, as some wire copy has it.
      if (i > open) pushTrimmed(text, out, open, i, false);
      open = -1;
      i++;
    }
  }
  if (open >= 0) {
    const end = lastNonSpace(text, open, to);
    if (end > open) return { start: open, end, single: false };
  }
  return undefined;
}

/** `“ I love it.”`: a stray space inside the marks is not part of what was said. */
function pushTrimmed(text: string, out: QuotedSpan[], start: number, end: number, single: boolean): void {
  const from = firstNonSpace(text, start, end);
  const to = lastNonSpace(text, from, end);
  if (to > from) out.push({ start: from, end: to, single });
}

/** A straight or single mark opens at the start of a paragraph or after a space or bracket, before a letter. */
function opensAt(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–-]/.test(before) && (LETTER.test(after) || after === '.' || after === '[');
}

/**
 * A straight mark inside a straight quotation that cannot close it: a closing
 * mark follows the last word, never a sentence's end and a space.
 */
function reopensAt(text: string, i: number, open: number): boolean {
  return /[.!?]\s+$/.test(text.slice(open, i)) && LETTER.test(text[i + 1] ?? ' ');
}

/** A single closing mark is no apostrophe when no letter follows it ("don’t" has one). */
function closesAt(text: string, i: number, to: number): boolean {
  const after = i + 1 < to ? text[i + 1]! : ' ';
  return !LETTER.test(after);
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function lastNonSpace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  return i;
}
