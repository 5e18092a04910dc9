/**
 * Quotation marks that hold no one's words: a name ("Blue Gate"), a title
 * ("Salt Roads,"), a term held at arm's length ("so-called “deal”", "the
 * “temporary” closure"). They stay part of the sentence around them.
 */
import { paragraphStartOf } from './paragraphs.ts';
import type { QuotedSpan } from './quotation-marks.ts';

/**
 * Quotation marks around a name or a term rather than anyone's words: after
 * "so-called", "dubbed", "known as", "a segment called"; or a short run of
 * capitalised words ("Blue Gate", "Harbour Hour") inside running text —
 * a heading in quotation marks is more often someone's words.
 */
export function isNameOrTerm(text: string, span: QuotedSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start - 1);
  if (NAMING_BEFORE.test(before)) return span.end - span.start < 60;
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  if (isAttributive(text, span, words)) return true;
  // "Salt Roads," may end a title; "Sure," ends a word said.
  const title = /[.,]$/.test(quoted) ? words.length > 1 && isTitle(quoted.slice(0, -1)) : isTitle(quoted);
  return title && inRunningText(text, span.start);
}

/** "so-called", "dubbed a", "known as", "what has been called the", "a segment called" — not "he called". */
const NAMING_BEFORE =
  /(?:\bso-called|\bdubbed|\bnicknamed|\b(?:en)?titled|\bknown as|\bnamed|\b(?!(?:he|she|they|it|we|i|you|who|what|which|that)\s)\p{Ll}+\s+called)(?:\s+(?:a|an|the))?\s*$/iu;

/**
 * "Salt Roads", "The Last Ferry", "20 Harbours to See in 2030: The
 * Northern Coast": every word capitalised but the short ones titles keep small.
 */
function isTitle(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12 || /[!?;]/.test(quoted) || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  if (!words.some((w) => w.length > 3 && /^\p{Lu}/u.test(w))) return false;
  // "That was it," has one capital, a sentence's; a title has more.
  if (words.length > 1 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length < 2) return false;
  return words.every((w) => w.length <= 3 || /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

const TITLE_SMALL_WORDS = new Set(['from', 'with', 'that', 'into', 'upon', 'over', 'than', 'about', 'after', 'under']);

/**
 * "the “temporary” closure", "his modest “seasonal” shop": a word or
 * two between a determiner and the noun they describe are the writer's,
 * held at arm's length — not words anyone is reported saying.
 */
function isAttributive(text: string, span: QuotedSpan, words: readonly string[]): boolean {
  if (words.length > 3 || !/^\p{Ll}[\p{L}\s'’-]*$/u.test(text.slice(span.start, span.end))) return false;
  // The word before the mark, or the one before it ("his modest “seasonal” shop").
  const before = /(\S+)\s+(?:(\S+)\s+)?["“‘']$/u.exec(text.slice(Math.max(0, span.start - 40), span.start));
  const isDeterminer = (w: string | undefined) => !!w && (DETERMINERS.has(w.toLowerCase()) || /['’]s$/.test(w));
  const determiner = before && (isDeterminer(before[1]) || isDeterminer(before[2]));
  const next = /^["”’']\s+(\p{Ll}+)\b(?![-'’])/u.exec(text.slice(span.end, span.end + 30))?.[1];
  return !!determiner && next !== undefined && !FUNCTION_WORDS.has(next) && !/(?:ing|ed|en|ly)$/.test(next);
}

const DETERMINERS = new Set(
  'the a an another this that these those its his her their our my your such any some every each no'.split(' '),
);
/** Words that may follow a quoted phrase without it being a modifier: "“bad deal” during", "“wild” to see". */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for to of in on at by with from into onto over under about as than that which who
  whom whose what when where while if because though although since until unless it its he she they we you i him her
  them us is are was were be been being has have had do does did will would can could may might must shall should
  not no nor then there here this these those also even just still only more most less least very too`.split(/\s+/),
);

/** A line that reads as prose (long, or ending a sentence), not a heading. */
function inRunningText(text: string, at: number): boolean {
  const start = paragraphStartOf(text, at);
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).trim();
  return line.length >= 80 || /[.!?:"”’]$/.test(line);
}
