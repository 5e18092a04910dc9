/**
 * Words and sentences of a stretch of text, as `[start, end)` offsets, for
 * moving a caret and selecting by keyboard.
 *
 * Boundaries come from `Intl.Segmenter` (the Unicode rules every browser
 * uses for double-click and caret moves). Its sentence rule breaks after
 * any full stop followed by a space, so two repairs follow, both about
 * English prose in general: no break after a title or an initial ("Mr.",
 * "J.", "U.S.") before a capitalised word, and none before a word in lower
 * case ("“Go!” she said").
 */

export interface TextSpan {
  start: number;
  end: number;
}

let words: Intl.Segmenter | undefined;
let sentences: Intl.Segmenter | undefined;

/** Titles and short forms that end with a full stop inside a sentence. */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Ft|Gen|Col|Lt|Maj|Sgt|Capt|Cmdr|Adm|Sen|Rep|Gov|Pres|Rev|Hon|Jr|Sr|No|Nos|vs|etc|approx|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|e\.g|i\.e)\.$/u;
/** An initial or an initialism: "J.", "U.S.", "U.N.". */
const INITIAL = /(?:^|[\s(“"‘'.])\p{Lu}\.$/u;
/** What a sentence that goes on starts with: a lower-case word, maybe after quotation marks or a dash. */
const CONTINUES = /^[\s"“”'‘’)\]—–-]*\p{Ll}/u;

/** The word-like segments of `text[from, to)` (words and numbers, not spaces or punctuation). */
export function wordSpans(text: string, from = 0, to = text.length): TextSpan[] {
  words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const spans: TextSpan[] = [];
  for (const segment of words.segment(text.slice(from, to))) {
    if (segment.isWordLike)
      spans.push({ start: from + segment.index, end: from + segment.index + segment.segment.length });
  }
  return spans;
}

/** The sentences of `text[from, to)`, each without the spaces after it. */
export function sentenceSpans(text: string, from = 0, to = text.length): TextSpan[] {
  sentences ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const spans: TextSpan[] = [];
  for (const segment of sentences.segment(text.slice(from, to))) {
    const start = from + segment.index;
    const end = start + segment.segment.trimEnd().length;
    if (end === start) continue; // spaces only
    const previous = spans.at(-1);
    if (previous && goesOn(text.slice(previous.start, previous.end), text.slice(start, end))) previous.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/** Whether the segmenter's break between `before` and `after` falls inside one sentence. */
function goesOn(before: string, after: string): boolean {
  if (CONTINUES.test(after)) return true;
  return (ABBREVIATION.test(before) || INITIAL.test(before)) && /^\p{Lu}/u.test(after);
}
