/**
 * Finds runs of capitalised words in a sentence: the raw material for
 * person, organisation and place names. A run stops at punctuation, quotes,
 * possessives and line ends, so "Norway, Chile" is two runs and
 * "Ministry’s Spokesperson" breaks after "Ministry". compromise's tags only
 * decide what counts as a capitalised word at the start of a sentence and
 * in title-case headlines, where capitals say nothing about names.
 */
import type { Token } from './tokens.ts';
import {
  NAME_CONNECTORS,
  NAME_PARTICLES,
  INSTITUTION_NOUNS,
  ORG_HEADS,
  PLACE_HEADS,
  TITLE_WORDS,
  isCommonWord,
  singular,
} from './lexicon.ts';
import { isMonthAt, isWeekdayAt } from './dates.ts';
import { lexicon } from './nlp.ts';
import { lookupCountry } from './countries.ts';
import { lookupPlace } from './place-names.ts';
import { isGivenName } from './given-names.ts';

/** Tokens joined by bare hyphens: "Jean-Paul", "UN-backed". */
export interface Word {
  tokens: Token[];
  start: number;
  end: number;
  /** Lowercase text of the word, hyphens kept, possessive dropped. */
  lower: string;
  /** Ends in 's or ’s. */
  possessive: boolean;
  /**
   * Capitalised where English writes ordinary words in lowercase: not first
   * in its sentence or line, not after an opening quote or a colon, not in a
   * title-case headline. Such a capital is evidence of a name on its own.
   */
  midSentence?: boolean;
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
  /**
   * Capitalised pronouns or verbs inside the run ("We Were Strangers on a
   * Silver Coast", "Rates May Soon Rise"): the title of a work or a
   * headline, which names nothing.
   */
  titleOfWork: boolean;
  /** Wrapped in quotation marks: a title of a work, or a nickname. */
  quoted: boolean;
  /** In a title-case headline, where a run may take in the words around a name ("Okafor Wins"). */
  headline: boolean;
}

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]s$/i;
const DATE_TAGS = ['Holiday', 'Year'];
const OPENERS = /["“‘'([]/;
const PRONOUN_I = /^I(?:['’](?:m|ve|d|ll))?$/;

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
  // A line end, or a tab between table cells ("Item\tCost"), ends a name.
  if (/[\n\t]/.test(last.post)) return true;
  const punct = last.post.replace(/\s+/g, '');
  if (punct === '') return false;
  // "Mr. Smith", "Jane Q. Okafor": a full stop after an abbreviation or initial joins.
  if (punct === '.' && (/^\p{Lu}$/u.test(last.text) || last.tags.has('Abbreviation') || last.tags.has('Honorific')))
    return false;
  return true;
}

/**
 * "Children's Research Institute", "People's Liberation Army": the possessive
 * of an ordinary plural noun inside a capitalised run is part of one name (a
 * name's possessive, "Ruritania's High Council", is two).
 */
function joinsPossessive(words: Word[], cap: boolean[], i: number, j: number): boolean {
  const word = words[j]!;
  const last = word.tokens.at(-1)!;
  if (!word.possessive || cap[j + 1] !== true || last.post !== ' ') return false;
  if (
    IRREGULAR_PLURALS.has(word.lower) ||
    (word.lower !== singular(word.lower) && isCommonWord(singular(word.lower)))
  ) {
    return true;
  }
  // "Sam's Club", "Fisherman's Terminal": one word's possessive and one head noun make a shop's or a
  // place's name, unless the possessor is a place or an institution ("Ruritania's Parliament",
  // "Hollin University's Center").
  const next = words[j + 1]!;
  return i === j && isHeadNoun(next) && !isHeadNoun(word) && cap[j + 2] !== true && !isPlaceWord([word]);
}

function isPlaceWord(words: Word[]): boolean {
  const text = words
    .map((w) => w.tokens.map((t) => t.text).join('-'))
    .join(' ')
    .replace(/['’]s$/, '');
  return lookupCountry(text) !== undefined || lookupPlace(text) !== undefined;
}

const IRREGULAR_PLURALS = new Set(['children', 'women', 'men', 'people']);

function breaksBefore(word: Word): boolean {
  return OPENERS.test(word.tokens[0]!.pre);
}

/** "John Doe / Agency": any punctuation between two words ends a run. */
function punctuatedBefore(word: Word): boolean {
  return /\S/.test(word.tokens[0]!.pre);
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

/** Words that open a subordinate clause. */
const SUBORDINATORS = /^(?:When|If|While|Although|Though|Because|Since|Once|Unless|Until|Whether|Whereas|Whenever)$/;

/** A capitalised word that may be ordinary English ("Credit", "Analysts"). */
function isPlainWordInCapitals(
  word: Word,
  sentenceStart: boolean,
  next: Word | undefined,
  afterNext: Word | undefined,
): boolean {
  if (word.tokens.length > 1) return false;
  const token = word.tokens[0]!;
  if (/^\p{Lu}{2,}$/u.test(token.text) && token.text.length <= 5) return false; // acronyms
  if (SUBORDINATORS.test(token.text)) return true; // "When Okafor arrived": a clause's first word

  // "The agency's …": a determiner before a lowercase word names nothing, whatever phrase tag it carries.
  if (isClosedClass(token) && next !== undefined && !looksCapitalised(next)) return true;
  if (NAME_TAGS.some((t) => token.tags.has(t))) return false;
  // "Officials said", "Members of the …": a sentence-initial plural noun does not start
  // a name, whatever tag compromise spread over the phrase after it.
  const plural = token.tags.has('Plural') || word.lower !== singular(word.lower);
  if (sentenceStart && plural && (isCommonWord(word.lower) || next?.lower === 'of')) return true;
  // "Bank of Ruritania", "Department of Health": an organisation's head word opens its "of" name.
  const ofName = next?.lower === 'of' && afterNext !== undefined && looksCapitalised(afterNext);
  if (ofName && !plural && (ORG_HEADS.has(word.lower) || INSTITUTION_NOUNS.has(word.lower))) return false;
  // "Secretary of State Jane Doe said": a title opens the run of the name (or the portfolio) after it.
  if (TITLE_WORDS.has(word.lower) && next !== undefined && (looksCapitalised(next) || next.lower === 'of'))
    return false;
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
  // "Park Min-jun", "Kim Seo-yeon": a lowercase syllable that is no English word is part of the name.
  if (!word.tokens.slice(keep).every((t) => isCommonWord(t.text.toLowerCase()))) return { word, cut: false };
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
  const initial: boolean[] = [];
  raw.forEach((w, i) => {
    const { word, cut } = trimModifierTail(w);
    const first = word.tokens[0]!;
    const initialPosition =
      i === 0 || first.lineStart || breaksBefore(word) || startsClause(raw[i - 1]!.tokens.at(-1)!);
    let isCap =
      looksCapitalised(word) &&
      !isShoutedWord(word) &&
      !DATE_TAGS.some((t) => first.tags.has(t)) &&
      !isCalendar(word) &&
      !PRONOUN_I.test(first.text) &&
      !isClockSuffix(word, raw[i - 1]) &&
      !isCredential(word, raw[i - 1]) &&
      !(w.possessive && /^(Day|Eve)$/.test(raw[i + 1]?.tokens[0]!.text ?? '')); // "Valentine's Day" is a date
    if (
      isCap &&
      (initialPosition || headline) &&
      isPlainWordInCapitals(word, initialPosition, raw[i + 1], raw[i + 2])
    ) {
      // "Wirepress Images" in a title-case credit line: a head noun still ends the name before it;
      // "Jane Doe/The Daily Ledger": a capitalised "The" inside a line begins one.
      isCap =
        (i > 0 && cap[i - 1] === true && !cutAfter[i - 1]! && isHeadNoun(word)) ||
        (!initialPosition && first.text === 'The' && raw[i + 1] !== undefined && looksCapitalised(raw[i + 1]!)) ||
        startsLongName(raw, i);
    }
    words.push(isCap && !initialPosition && !headline && !isClosedClass(first) ? { ...word, midSentence: true } : word);
    cap.push(isCap);
    initial.push(initialPosition);
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
    while (
      j + 1 < words.length &&
      (!cutAfter[j] || joinsPossessive(words, cap, i, j)) &&
      !punctuatedBefore(words[j + 1]!)
    ) {
      if (cap[j + 1]) {
        j++;
        continue;
      }
      const k = connectorRunEnd(words, cap, cutAfter, j + 1);
      if (k < 0) break;
      j = k + 1;
    }
    j = listInsideName(words, cap, i, j);
    const first = words[i]!.tokens[0]!;
    const last = words[j]!.tokens.at(-1)!;
    const runWords = words.slice(i, j + 1);
    spans.push({
      words: runWords,
      titleOfWork: runWords.some(
        (w, k) =>
          ((k > 0 || !initial[i]) && isVerbal(w) && !isSurnameAfterGivenName(runWords, k)) || (k > 0 && isGerund(w)),
      ),
      before: words[i - 1],
      after: words[j + 1],
      lineStart: first.lineStart,
      dashAfter: /^\s+[-—–]\s/.test(last.post),
      quoted: OPENERS.test(first.pre) && /["”’']/.test(last.post) && !words[j]!.possessive,
      headline,
    });
    i = j + 1;
  }
  spreadTitleOfWork(spans, words);
  return spans;
}

/** Lowercase words that join the parts of one title: "We Were Strangers on a Silver Coast". */
const TITLE_JOINERS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'as', 'with']);

/**
 * A title of a work is one run to a reader but several to the span finder,
 * which stops at lowercase words: runs joined to one by at most two such
 * words belong to the same title.
 */
function spreadTitleOfWork(spans: NameSpan[], words: Word[]): void {
  const index = new Map(words.map((w, i) => [w, i]));
  const joined = (a: NameSpan, b: NameSpan): boolean => {
    const from = index.get(a.words.at(-1)!)! + 1;
    const to = index.get(b.words[0]!)!;
    const between = words.slice(from, to);
    return (
      between.length <= 2 &&
      between.every((w) => TITLE_JOINERS.has(w.tokens[0]!.text)) &&
      !punctuatedBefore(b.words[0]!)
    );
  };
  for (let k = 1; k < spans.length; k++) {
    if (spans[k - 1]!.titleOfWork && joined(spans[k - 1]!, spans[k]!)) spans[k]!.titleOfWork = true;
  }
  for (let k = spans.length - 2; k >= 0; k--) {
    if (spans[k + 1]!.titleOfWork && joined(spans[k]!, spans[k + 1]!)) spans[k]!.titleOfWork = true;
  }
}

/**
 * Does the word after `previous` begin a sentence or a clause that English
 * capitalises? After a colon or a spaced dash ("LIMA — Officials"), and after
 * a full stop unless it closes an initial or an abbreviation ("Mr. Smith").
 * compromise's sentence splitter misses some of these ("less than 100. If").
 */
function startsClause(previous: Token): boolean {
  if (/(?:[:—–]|\s-)\s*$/.test(previous.post)) return true;
  if (!/[.!?]["”’)\]]*\s+$/.test(previous.post)) return false;
  return !(/^\p{Lu}$/u.test(previous.text) || previous.tags.has('Abbreviation') || previous.tags.has('Honorific'));
}

/** Pronouns, determiners and the like are capitalised for style, never as names. */
const CLOSED_CLASS = /Pronoun|Determiner|Preposition|Conjunction|Copula|Modal|QuestionWord|Condition/;

function isClosedClass(token: Token): boolean {
  const tag = lexicon[token.text.toLowerCase()];
  return tag !== undefined && (Array.isArray(tag) ? tag : [tag]).some((t) => CLOSED_CLASS.test(t));
}

/** Pronouns, forms of "be" and modal verbs: no name is made of them. */
const VERBAL = /^(?:Pronoun|Copula|Modal)$/;

function isVerbal(word: Word): boolean {
  // Written "It", "Were": "US" and "IT" are codes.
  if (word.tokens.length !== 1 || !/^\p{Lu}\p{Ll}/u.test(word.tokens[0]!.text)) return false;
  const tag = lexicon[word.lower];
  return tag !== undefined && (Array.isArray(tag) ? tag : [tag]).some((t) => VERBAL.test(t));
}

/** "Talla May", "Anders Will": a word that is also a modal, right after a given name, is a surname. */
function isSurnameAfterGivenName(words: Word[], k: number): boolean {
  return k > 0 && isGivenName(words[k - 1]!.lower) && (k === words.length - 1 || !isVerbal(words[k + 1]!));
}

/** "Mayor Planning Harbour Visit": a verb's -ing form inside a capitalised run is a headline's. */
function isGerund(word: Word): boolean {
  const token = word.tokens[0]!;
  return word.tokens.length === 1 && token.tags.has('Gerund') && isCommonWord(word.lower);
}

/**
 * "IT", "TV", "AS": a short ordinary word in capitals is shouted or an
 * abbreviation of ordinary words, not a name, unless it is a country's code
 * ("US", "UK"), which the country rules judge.
 */
function isShoutedWord(word: Word): boolean {
  const text = word.tokens[0]!.text;
  if (word.tokens.length !== 1 || !/^\p{Lu}{2,3}$/u.test(text) || lookupCountry(text) !== undefined) return false;
  return isCommonWord(word.lower) || isClosedClass(word.tokens[0]!);
}

/** Time-zone and half-day abbreviations after a clock time: "1:39 PM ET". */
const CLOCK_SUFFIXES = new Set([
  'am',
  'pm',
  'a.m',
  'p.m',
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'mt',
  'mst',
  'mdt',
  'pt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
]);

function isClockSuffix(word: Word, previous: Word | undefined): boolean {
  if (!CLOCK_SUFFIXES.has(word.lower.replace(/\.$/, '')) || previous === undefined) return false;
  return /^\d{1,2}(?:[:.]\d{2})?$/.test(previous.lower) || CLOCK_SUFFIXES.has(previous.lower.replace(/\.$/, ''));
}

/** Degrees after a name: "Jane Doe, MD, PhD". */
const CREDENTIALS = new Set([
  'MA',
  'MS',
  'MSc',
  'MBA',
  'MD',
  'PhD',
  'DPhil',
  'MPH',
  'RN',
  'JD',
  'LLM',
  'DDS',
  'DMD',
  'DVM',
  'BSc',
  'BA',
  'FRCP',
  'FACS',
]);

function isCredential(word: Word, previous: Word | undefined): boolean {
  const text = word.tokens[0]!.text.replace(/\.$/, '');
  if (word.tokens.length !== 1 || !CREDENTIALS.has(text) || previous === undefined) return false;
  const after = previous.tokens.at(-1)!.post;
  return (
    after.includes(',') || (CREDENTIALS.has(previous.tokens[0]!.text.replace(/\.$/, '')) && /^\.?\s+$/.test(after))
  );
}

/**
 * "Falcon Air Lines said": an ordinary singular noun opening a sentence starts a
 * name when the two words after it are capitalised nouns ending in a head noun.
 */
function startsLongName(raw: Word[], i: number): boolean {
  const run = raw.slice(i, i + 3);
  if (run.length < 2 || raw[i]!.possessive || raw[i + 1]!.possessive) return false;
  const single = (w: Word): boolean => w.tokens.length === 1 && !w.tokens[0]!.tags.has('Pronoun');
  const noun = (w: Word): boolean => single(w) && w.tokens[0]!.tags.has('Noun');
  if (raw[i]!.tokens[0]!.tags.has('Plural') || !looksCapitalised(raw[i + 1]!)) return false;
  // "Green Party leader Jane Doe": a plain word, then an organisation's head word and a lowercase word.
  const next = raw[i + 2];
  if (next === undefined || !looksCapitalised(next))
    return (
      next !== undefined &&
      single(raw[i]!) &&
      (noun(raw[i]!) || raw[i]!.tokens[0]!.tags.has('Adjective')) &&
      raw[i + 1]!.tokens.length === 1 &&
      ORG_HEADS.has(raw[i + 1]!.lower)
    );
  return run.every(noun) && isHeadNoun(raw[i + 2]!);
}

function isHeadNoun(word: Word): boolean {
  return word.tokens.length === 1 && (ORG_HEADS.has(word.lower) || PLACE_HEADS.has(word.lower));
}

function isParticle(word: Word): boolean {
  return word.tokens.length === 1 && NAME_PARTICLES.has(word.lower);
}

/**
 * "Academy of Allergy, Asthma and Immunology": after an organisation's head
 * and "of"/"for", a list of capitalised fields ending in "and" belongs to
 * the name. Returns the index of the list's last word, or `j` unchanged.
 */
function listInsideName(words: Word[], cap: boolean[], i: number, j: number): number {
  const opensList = words
    .slice(i, j)
    .some((w, k) => ORG_HEADS.has(w.lower) && /^(of|for)$/.test(words[i + k + 1]!.lower));
  if (!opensList || words[j]!.tokens.at(-1)!.post !== ', ') return j;
  let m = j + 1;
  for (let items = 0; items < 5 && m < words.length; items++) {
    if (!cap[m] || punctuatedBefore(words[m]!)) return j;
    while (cap[m + 1] && words[m]!.tokens.at(-1)!.post === ' ') m++; // an item of several words
    const post = words[m]!.tokens.at(-1)!.post;
    if (post === ', ') {
      m++;
      continue;
    }
    const and = words[m + 1];
    if (post !== ' ' || !and || !COORDINATOR.test(and.tokens[0]!.text) || !cap[m + 2]) return j;
    m += 2;
    while (cap[m + 1] && words[m]!.tokens.at(-1)!.post === ' ') m++;
    return m;
  }
  return j;
}

const COORDINATOR = /^(?:and|&)$/;

/**
 * From `k`, one or two connector words ("of", "of the", "bin") followed by a
 * capitalised word with no punctuation between: returns the index of the
 * last connector, or -1.
 */
function connectorRunEnd(words: Word[], cap: boolean[], cutAfter: boolean[], k: number): number {
  let end = k;
  for (let n = 0; n < 2 && end < words.length; n++, end++) {
    const w = words[end]!;
    // "Committee for a Fairer Budget": an article may follow "for" or "of".
    const article = n === 1 && /^(a|an)$/.test(w.lower) && /^(for|of)$/.test(words[end - 1]!.lower);
    if (w.tokens.length !== 1 || !(NAME_CONNECTORS.has(w.lower) || NAME_PARTICLES.has(w.lower) || article)) return -1;
    if (w.tokens[0]!.text !== w.lower) return -1;
    if (cutAfter[end] || breaksBefore(w)) return -1;
    // "Jane Doe for The Daily Ledger": a capitalised "The" begins another name.
    if (cap[end + 1] && !breaksBefore(words[end + 1]!) && words[end + 1]!.tokens[0]!.text !== 'The') return end;
  }
  return -1;
}
