/**
 * Finds runs of capitalised words in a sentence: the raw material for
 * person, organisation and place names. A run stops at punctuation, quotes,
 * possessives and line ends, so "Norway, Chile" is two runs and
 * "Ministry’s Spokesperson" breaks after "Ministry". compromise's tags only
 * decide what counts as a capitalised word at the start of a sentence and
 * in title-case headlines, where capitals say nothing about names.
 */
import type { Token } from './tokens.ts';
import { NAME_CONNECTORS, NAME_PARTICLES, TITLE_WORDS, isCommonWord, singular } from './lexicon.ts';
import { isMonthAt, isWeekdayAt } from './dates.ts';

/** Tokens joined by bare hyphens: "Jean-Paul", "UN-backed". */
export interface Word {
  tokens: Token[];
  start: number;
  end: number;
  /** Lowercase text of the word, hyphens kept, possessive dropped. */
  lower: string;
  /** Ends in 's or ’s. */
  possessive: boolean;
}

/** A run of capitalised words, possibly with connectors ("of", "bin"). */
export interface NameSpan {
  words: Word[];
  /** The word before the run in its sentence, if any (context cues). */
  before: Word | undefined;
  /** The word after the run in its sentence, if any. */
  after: Word | undefined;
  /** The run begins a line (bylines, datelines). */
  lineStart: boolean;
  /** The run is followed by a spaced dash: "LIMA —" datelines. */
  dashAfter: boolean;
  /** Wrapped in quotation marks: a title of a work, or a nickname. */
  quoted: boolean;
}

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]s$/i;
const DATE_TAGS = ['Holiday', 'Year'];
const OPENERS = /["“‘'([]/;

export function buildWords(sentence: Token[]): Word[] {
  const words: Word[] = [];
  let current: Token[] = [];
  for (const token of sentence) {
    current.push(token);
    if (token.post === '-' && token !== sentence[sentence.length - 1]) continue;
    words.push(makeWord(current));
    current = [];
  }
  if (current.length > 0) words.push(makeWord(current));
  return words;
}

function makeWord(tokens: Token[]): Word {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const possessive = POSSESSIVE.test(last.text);
  const text = tokens.map((t) => t.text).join('-');
  return {
    tokens,
    start: first.start,
    end: possessive ? last.end - 2 : last.end,
    lower: (possessive ? text.slice(0, -2) : text).toLowerCase(),
    possessive,
  };
}

/** What the punctuation after a word means for a run of names. */
function breaksAfter(word: Word): boolean {
  const last = word.tokens[word.tokens.length - 1]!;
  if (word.possessive) return true;
  if (last.post.includes('\n')) return true;
  const punct = last.post.replace(/\s+/g, '');
  if (punct === '') return false;
  // "Mr. Smith", "John F. Kennedy": a full stop after an abbreviation or initial joins.
  if (punct === '.' && (/^\p{Lu}$/u.test(last.text) || last.tags.has('Abbreviation') || last.tags.has('Honorific')))
    return false;
  return true;
}

function breaksBefore(word: Word): boolean {
  return OPENERS.test(word.tokens[0]!.pre);
}

/** Is this word written as a name (before context rules)? */
function looksCapitalised(word: Word): boolean {
  const first = word.tokens[0]!;
  if (UPPER.test(first.text)) return true;
  // "Côte d’Ivoire", "l’Aquila": an elided article before a capital.
  if (/^[dl]['’]\p{Lu}/u.test(first.text)) return true;
  // "al-Rashidi", "bin-Zayed": a lowercase particle hyphenated to a capital.
  const second = word.tokens[1];
  return second !== undefined && NAME_PARTICLES.has(first.text.toLowerCase()) && UPPER.test(second.text);
}

/** Tags compromise takes from its lexicon of names: reliable on a single word. */
const NAME_TAGS = ['FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Demonym'];
/** Tags compromise may spread over a whole phrase ("Members of the X Union"). */
const PHRASE_TAGS = ['Person', 'Organization', 'Acronym'];

/** A capitalised word that may be ordinary English ("Credit", "Analysts"). */
function isPlainWordInCapitals(word: Word, sentenceStart: boolean, next: Word | undefined): boolean {
  if (word.tokens.length > 1) return false;
  const token = word.tokens[0]!;
  if (/^\p{Lu}{2,}$/u.test(token.text) && token.text.length <= 5) return false; // acronyms
  if (NAME_TAGS.some((t) => token.tags.has(t))) return false;
  // "Officials said", "Members of the …": a sentence-initial plural noun does not start
  // a name, whatever tag compromise spread over the phrase after it.
  const plural = token.tags.has('Plural') || word.lower !== singular(word.lower);
  if (sentenceStart && plural && (isCommonWord(word.lower) || next?.lower === 'of')) return true;
  if (!isCommonWord(word.lower)) return false;
  return !(PHRASE_TAGS.some((t) => token.tags.has(t)) && !token.tags.has('Honorific'));
}

/**
 * Cut "UN-backed" to "UN", "al-Nusra-linked" to "al-Nusra": a lowercase tail
 * turns a name into a modifier, and the name ends there. Titles such as
 * "President-elect" stay whole for the title stripper.
 * @returns the word to use and whether the run must end after it
 */
function trimModifierTail(word: Word): { word: Word; cut: boolean } {
  if (word.tokens.length < 2 || TITLE_WORDS.has(word.lower.split('-')[0]!)) return { word, cut: false };
  let keep = word.tokens.length;
  while (keep > 1) {
    const t = word.tokens[keep - 1]!;
    if (UPPER.test(t.text) || !LETTER.test(t.text)) break;
    keep--;
  }
  if (keep === word.tokens.length) return { word, cut: false };
  // Only a trailing lowercase run is a modifier; "Saint-Pierre-et-Miquelon" keeps its inner "et".
  const kept = makeWord(word.tokens.slice(0, keep));
  return { word: { ...kept, possessive: false }, cut: true };
}

/** Title-case headline: most long words capitalised and no closing full stop. */
function isTitleCase(words: Word[]): boolean {
  const last = words[words.length - 1]?.tokens.at(-1);
  if (!last || /[.!?]["”’]?\s*$/.test(last.post)) return false;
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.lower.length < 4 || !LETTER.test(w.lower)) continue;
    long++;
    if (looksCapitalised(w)) caps++;
  }
  return long >= 3 && caps / long >= 0.7;
}

export function findNameSpans(sentence: Token[]): NameSpan[] {
  const raw = buildWords(sentence);
  const tokenIndex = new Map(sentence.map((t, i) => [t, i]));
  const isCalendar = (w: Word): boolean => {
    const i = tokenIndex.get(w.tokens[0]!)!;
    return isMonthAt(sentence, i) || isWeekdayAt(sentence, i);
  };
  const headline = isTitleCase(raw);
  const words: Word[] = [];
  const cap: boolean[] = [];
  const cutAfter: boolean[] = [];
  raw.forEach((w, i) => {
    const { word, cut } = trimModifierTail(w);
    const first = word.tokens[0]!;
    const initialPosition =
      i === 0 || first.lineStart || breaksBefore(word) || /[:—–]\s*$/.test(raw[i - 1]!.tokens.at(-1)!.post);
    let isCap =
      looksCapitalised(word) && !DATE_TAGS.some((t) => first.tags.has(t)) && !isCalendar(word) && first.text !== 'I';
    if (isCap && (initialPosition || headline) && isPlainWordInCapitals(word, initialPosition, raw[i + 1]))
      isCap = false;
    words.push(word);
    cap.push(isCap);
    cutAfter.push(cut || breaksAfter(w));
  });

  const spans: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const startsWithParticle = !cap[i] && isParticle(words[i]!) && cap[i + 1] === true && !cutAfter[i];
    if (!cap[i] && !startsWithParticle) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and over connectors that sit between two of them.
    while (j + 1 < words.length && !cutAfter[j] && !breaksBefore(words[j + 1]!)) {
      if (cap[j + 1]) {
        j++;
        continue;
      }
      const k = connectorRunEnd(words, cap, cutAfter, j + 1);
      if (k < 0) break;
      j = k + 1;
    }
    const first = words[i]!.tokens[0]!;
    const last = words[j]!.tokens.at(-1)!;
    spans.push({
      words: words.slice(i, j + 1),
      before: words[i - 1],
      after: words[j + 1],
      lineStart: first.lineStart,
      dashAfter: /^\s+[-—–]\s/.test(last.post),
      quoted: OPENERS.test(first.pre) && /["”’']/.test(last.post) && !words[j]!.possessive,
    });
    i = j + 1;
  }
  return spans;
}

function isParticle(word: Word): boolean {
  return word.tokens.length === 1 && NAME_PARTICLES.has(word.lower);
}

/**
 * From `k`, one or two connector words ("of", "of the", "bin") followed by a
 * capitalised word with no punctuation between: returns the index of the
 * last connector, or -1.
 */
function connectorRunEnd(words: Word[], cap: boolean[], cutAfter: boolean[], k: number): number {
  let end = k;
  for (let n = 0; n < 2 && end < words.length; n++, end++) {
    const w = words[end]!;
    if (w.tokens.length !== 1 || !(NAME_CONNECTORS.has(w.lower) || NAME_PARTICLES.has(w.lower))) return -1;
    if (w.tokens[0]!.text !== w.lower) return -1;
    if (cutAfter[end] || breaksBefore(w)) return -1;
    if (cap[end + 1] && !breaksBefore(words[end + 1]!)) return end;
  }
  return -1;
}
