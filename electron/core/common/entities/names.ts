/**
 * Turns one run of capitalised words into name candidates: strips the title,
 * splits coordinated lists ("Norway, Chile and Peru", "NFU and X"), splits a
 * country off a following name ("envoy for Peru Ana Quispe"), drops runs
 * that are not names (group plurals, quoted titles of works) and records the
 * evidence for each candidate's type.
 */
import type { Votes } from './types.ts';
import type { NameSpan, Word } from './spans.ts';
import { innerTitleStart, stripPostNominals, stripTitle } from './titles.ts';
import { lookupCountry, type CountryForm } from './countries.ts';
import { isInhabitantsOf, lookupPlace } from './place-names.ts';
import { contextCues, intrinsicVotes, isGivenNameBeforeSurname, type Cue } from './cues.ts';
import {
  INSTITUTION_NOUNS,
  COORDINATORS,
  EVENT_HEADS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  PARTY_MEMBERS,
  PLACE_LEADERS,
  PLACE_HEADS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  isCommonWord,
} from './lexicon.ts';
import { isAcronym, nameKey } from './normalize.ts';
import { isPersonShaped } from './name-shape.ts';
import { isGivenName } from './given-names.ts';

/** A name mention before merging, with the evidence gathered so far. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Lowercase words of the name, compounds kept whole ("al-rashidi"). */
  words: string[];
  intrinsic: Votes;
  /** Evidence from around this mention. */
  context: Cue[];
  /** Set when the whole mention is a country name, code, demonym or capital. */
  country: CountryForm | undefined;
  /** An ambiguous code ("US") not yet confirmed as its country; see `CountryForm.ambiguous`. */
  maybeCountry: CountryForm | undefined;
  /** A demonym ("Norwegians"): it points at a country but does not name it. */
  demonym: boolean;
  /** "Mr Okafor", "Ms Okafor": the gender a title right before the name gives it. */
  honorific: 'female' | 'male' | undefined;
  acronym: boolean;
  /**
   * An acronym defined for ordinary words: "personally identifiable information
   * (PII)". It names nothing, here or anywhere else in the document.
   */
  abbreviatesWords: boolean;
  /** The acronym defined in parentheses right after this name: "Long Name (LN)". */
  defines: string | undefined;
  /** Capital initials of the name's parts, for acronym matching. */
  initials: string;
  /** The lowercase word right after the name, if no punctuation intervenes ("the Prado museum"). */
  nextWord: string | undefined;
  /** Written capitalised in running text (see `Word.midSentence`). */
  midSentence: boolean;
  /** Candidates from one coordinated list share this id. */
  list: number | undefined;
}

interface Piece {
  words: Word[];
  before: Word | undefined;
  after: Word | undefined;
  titled: boolean;
}

export function candidatesFromSpan(span: NameSpan, text: string): Candidate[] {
  if (span.headline) span = headlineNamePart(span, text);
  if (span.titleOfWork) return [];
  if (span.quoted && span.words.length > 1 && span.words.some(isConnector)) return [];
  const outlet = bylineOutletStart(span);
  if (outlet > 0) {
    // "By: Jane Doe Wirepress Health News": the author, then the outlet.
    const person = { ...span, words: span.words.slice(0, outlet), after: span.words[outlet] };
    const org = { ...span, words: span.words.slice(outlet), before: span.words[outlet - 1], lineStart: false };
    return [...candidatesFromSpan(person, text), ...candidatesFromSpan(org, text)];
  }
  const { title, rest } = stripTitle(stripPostNominals(span.words));
  const inner = title.length === 0 ? innerTitleStart(span.words) : -1;
  if (inner > 0) {
    // Two runs in one: the organisation before the title, the titled name after it.
    const org = { ...span, words: span.words.slice(0, inner), after: span.words[inner] };
    const person = { ...span, words: span.words.slice(inner), before: span.words[inner - 1] };
    return [...candidatesFromSpan(org, text), ...candidatesFromSpan(person, text)];
  }
  // "Ruritanian President Jane Doe": the nationality leading a title is a mention of its country,
  // as a nationality standing alone is ("Ruritanian officials").
  const nationality = title.length > 0 ? demonymCandidate(title[0]!, span, text) : undefined;
  if (rest.length === 0) return nationality ? [nationality] : [];
  const pieces = splitPieces(
    rest,
    title.length > 0 ? title.at(-1) : span.before,
    span.after,
    title.length > 0 || honorificBefore(span),
  );
  // Items of one "A and B" list share an id (the run's offset) and, later, a type vote.
  const list =
    pieces.length > 1 && rest.some((w) => isConnector(w) && COORDINATORS.has(w.lower))
      ? span.words[0]!.start
      : undefined;
  // "Jane Doe and Acme vice-chairman Tomas Reyes": the last item is the next person's organisation, not a peer.
  const titleAfter = span.after !== undefined && isTitleWord(span.after.lower);
  const out: Candidate[] = nationality ? [nationality] : [];
  pieces.forEach((piece, i) => {
    const c = toCandidate(piece, span, text);
    if (c) out.push({ ...c, list: titleAfter && i === pieces.length - 1 ? undefined : list });
  });
  return out;
}

/** "chief", "vice-chairman" (or its first part, where the parser splits it): a title begins. */
function isTitleWord(lower: string): boolean {
  return lower.split('-').every((part) => TITLE_WORDS.has(part) || TITLE_MODIFIERS.has(part));
}

/** Titles that are ordinary words too, so a sentence's first word leaves them out of the run. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);

/** "Lord Okafor said" opening a sentence: the run starts after the title, which still makes it a person's. */
function honorificBefore(span: NameSpan): boolean {
  const before = span.before;
  return (
    before !== undefined &&
    HONORIFICS.has(before.lower.replace(/\.$/, '')) &&
    /^\p{Lu}/u.test(before.tokens[0]!.text) &&
    /^\.?\s+$/.test(before.tokens.at(-1)!.post)
  );
}

/** Only the top of a document has its headline; a title-case line further down is rarely about new names. */
const HEADLINE_REACH = 2000;

/**
 * In a title-case headline every word is capitalised, so a run takes in the
 * words around a name: "Okafor Wins Seat", "Ex Jane Doe Returning". The name
 * is the longest part of the run that the article writes with capitals in
 * running text; a run the article never writes that way is kept whole.
 */
function headlineNamePart(span: NameSpan, text: string): NameSpan {
  const words = span.words;
  if (words.length < 2 || words[0]!.start > HEADLINE_REACH) return span;
  const lineEnd = text.indexOf('\n', words.at(-1)!.end);
  if (lineEnd < 0) return span;
  const body = text.slice(lineEnd);
  for (let size = words.length; size >= 1; size--) {
    for (let from = 0; from + size <= words.length; from++) {
      const part = words.slice(from, from + size);
      if (!writtenInRunningText(body, text.slice(part[0]!.start, part.at(-1)!.end))) continue;
      if (size === words.length) return span;
      // "West Kestrel Police": a word left out must be an ordinary one, or the run is a name of its own.
      const left = [...words.slice(0, from), ...words.slice(from + size)];
      if (!left.every((w) => isCommonWord(w.lower) || /\p{L}['’](?:t|re|ve|ll|d|m)$/u.test(w.lower))) continue;
      // The verbs that made the run look like a title of work are outside the name now.
      const around = { before: words[from - 1] ?? span.before, after: words[from + size] ?? span.after };
      return { ...span, ...around, words: part, titleOfWork: false };
    }
  }
  return span;
}

/** `name` appears capitalised after a lowercase word or a comma, not only where every word starts with one. */
function writtenInRunningText(body: string, name: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:\\p{Ll}|[,;])[\\s(]+${escaped}(?![\\p{L}\\d])`, 'u').test(body);
}

function demonymCandidate(word: Word, span: NameSpan, text: string): Candidate | undefined {
  if (!isDemonym(word)) return undefined;
  const c = toCandidate({ words: [word], before: span.before, after: undefined, titled: false }, span, text);
  return c?.demonym ? c : undefined;
}

/**
 * A byline that runs the author's name into the outlet's: "By Jane Doe
 * Wirepress Health News". Returns where the outlet starts, or -1: after a
 * two- or three-word name that starts with a given name, when the rest ends
 * in an organisation's head word.
 */
function bylineOutletStart(span: NameSpan): number {
  const words = span.words;
  if (span.before?.lower !== 'by' || !span.before.tokens[0]!.lineStart || !isHead(words.at(-1))) return -1;
  for (const k of [2, 3]) {
    const name = words.slice(0, k);
    if (words.length - k < 1 || !isGivenName(name[0]!.lower)) continue;
    const text = name.map(surface).join(' ');
    if (
      isPersonShaped(
        name.map((w) => w.lower),
        text,
      )
    )
      return k;
  }
  return -1;
}

function isConnector(w: Word): boolean {
  return w.tokens.length === 1 && NAME_CONNECTORS.has(w.lower) && w.tokens[0]!.text === w.lower;
}

const surface = (w: Word): string => w.tokens.map((t) => t.text).join('-');
const isHead = (w: Word | undefined): boolean =>
  w !== undefined && (ORG_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower));

/** Split at connectors unless the run is one institution's name. */
function splitPieces(words: Word[], before: Word | undefined, after: Word | undefined, titled: boolean): Piece[] {
  // "the X Museum and the Y Museum": "and the" always joins two names, each of which may keep its "of".
  const andThe = words.findIndex((w, i) => w.lower === 'and' && words[i + 1]?.lower === 'the' && i > 0);
  if (andThe > 0 && andThe + 2 < words.length) {
    return [
      ...splitPieces(words.slice(0, andThe), before, words[andThe], titled),
      ...splitPieces(words.slice(andThe + 2), words[andThe + 1], after, false),
    ];
  }
  const connectors = words.map((w, i) => (isConnector(w) ? i : -1)).filter((i) => i >= 0);
  if (connectors.length === 0 || keepsWhole(words, connectors[0]!))
    return splitCountryPrefix({ words, before, after, titled });
  const pieces: Piece[] = [];
  let from = 0;
  let prev = before;
  for (const c of [...connectors, words.length]) {
    if (c > from) {
      const part = words.slice(from, c);
      // A later list item may carry its own title: "President X and Chancellor Y".
      const stripped = pieces.length > 0 ? stripTitle(part) : { title: [], rest: part };
      if (stripped.rest.length > 0) {
        pieces.push(
          ...splitCountryPrefix({
            words: stripped.rest,
            before: prev,
            after: words[c] ?? after,
            titled: (titled && pieces.length === 0) || stripped.title.length > 0,
          }),
        );
      }
    }
    prev = words[c];
    from = c + 1;
  }
  return pieces;
}

/**
 * "Council for Science and Technology", "Institute for Peace and Justice",
 * "Bosnia and Herzegovina": one name despite the connector.
 */
function keepsWhole(words: Word[], firstConnector: number): boolean {
  const text = words.map(surface).join(' ');
  if (lookupCountry(text)) return true;
  const c = words[firstConnector]!.lower;
  // "Ada Holm of the Refugee Council": a person's name, then where they work.
  const lead = words.slice(0, firstConnector);
  if (
    /^(?:of|at|from)$/.test(c) &&
    lead.length >= 2 &&
    lead.length <= 3 &&
    isGivenName(lead[0]!.lower) &&
    !lead.some(isHead)
  )
    return false;
  if (isHead(words.at(-1))) return true;
  if ((c === 'of' || c === 'for' || c === 'on') && words.slice(0, firstConnector).some(isHead)) return true;
  // "Ferries for Oslo": an ordinary word capitalised mid-sentence, serving a place, is a body's name.
  const served = words
    .slice(firstConnector + 1)
    .map(surface)
    .join(' ');
  if (
    c === 'for' &&
    firstConnector === 1 &&
    words[0]!.midSentence &&
    isCommonWord(words[0]!.lower) &&
    (lookupCountry(served) || lookupPlace(served))
  )
    return true;
  // "House of Delegates", "Court of Appeal".
  if (c === 'of' && firstConnector === 1 && INSTITUTION_NOUNS.has(words[0]!.lower)) return true;
  return false;
}

/** "Peru Ana Quispe": a country name followed by a two-word name is two names. */
function splitCountryPrefix(piece: Piece): Piece[] {
  const { words } = piece;
  if (words.length < 3 || isHead(words.at(-1))) return [piece];
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const form = lookupCountry(words.slice(0, n).map(surface).join(' '));
    // "Oslo Harbour Brigade": a capital before an ordinary word starts an institution's name, not a list.
    const institution = form?.kind === 'capital' && isCommonWord(words[n]!.lower) && !isGivenName(words[n]!.lower);
    if (form && form.kind !== 'demonym' && form.kind !== 'code' && !institution) {
      return [
        { words: words.slice(0, n), before: piece.before, after: words[n], titled: false },
        { words: words.slice(n), before: words[n - 1], after: piece.after, titled: piece.titled },
      ];
    }
  }
  return [piece];
}

/** "Royalists", "Loyalists", "Maronites": followers of a creed or cause, not a named entity. */
const GROUP_PLURAL = /(ists|ites)$/;

/** How much text around a name the phrase cues look at. */
const CONTEXT_CHARS = 60;

function toCandidate(piece: Piece, span: NameSpan, text: string): Candidate | undefined {
  let words = piece.words;
  // Trailing particles or connectors never end a name (a capitalised "Das" or "De" is a surname).
  while (words.length > 0 && (isConnector(words.at(-1)!) || isLowercaseParticle(words.at(-1)!)))
    words = words.slice(0, -1);
  // "an Ohio Democrat": a party member from a place names the place ("Free Democrats" is a party).
  const from = words.slice(0, -1);
  if (
    words.length > 1 &&
    PARTY_MEMBERS.has(words.at(-1)!.lower) &&
    isPlaceName(from) &&
    !from.every((w) => isCommonWord(w.lower))
  )
    words = from;
  if (words.length === 0) return undefined;
  const first = words[0]!;
  const last = words.at(-1)!;
  const start = first.start;
  const end = last.end;
  const surfaceText = text.slice(start, end);
  if (!/\p{Lu}/u.test(surfaceText)) return undefined;
  const form = lookupCountry(surfaceText);
  const confirmed = !form?.ambiguous || first.tokens.some((t) => t.tags.has('Place') || t.tags.has('Country'));
  const country = !confirmed ? undefined : form?.ambiguous ? { ...form, ambiguous: false } : form;
  // "Sino-Japanese", "Franco-German": compounds of demonyms are adjectives.
  if (
    !country &&
    words.length === 1 &&
    first.tokens.length > 1 &&
    first.tokens.every((t) => lookupCountry(t.text) || /^\p{Lu}/u.test(t.text)) &&
    first.tokens.some((t) => lookupCountry(t.text)?.kind === 'demonym')
  ) {
    return undefined;
  }
  // "Asian", "East Asian": nationality adjectives compromise knows but the country data does not.
  if (!form && isDemonym(last)) return undefined;
  if (words.length > 1 && EVENT_HEADS.has(last.lower)) return undefined;
  // "Eastern bloc", "Northern ports": a compass word alone is an adjective.
  if (words.length === 1 && PLACE_LEADERS.has(first.lower)) return undefined;
  // "Ruritanian Guard", "U.S. Central Command": nobody's name starts with a nationality or a country.
  const demonymLed = words.length > 1 && !isGivenNameBeforeSurname(words) && (isDemonym(first) || isCountryName(first));
  if (!country && isGroupPlural(last) && !isHead(last) && (words.length === 1 || demonymLed)) return undefined;
  if (!country && isInhabitantsOf(surfaceText)) return undefined;
  const acronym = isAcronym(surfaceText);
  const afterWord = piece.after;
  const defines =
    afterWord && span.after === afterWord && afterWord.tokens[0]!.pre.includes('(') && isAcronym(surface(afterWord))
      ? nameKey(surface(afterWord))
      : undefined;
  const allCaps = surfaceText === surfaceText.toUpperCase() && surfaceText.length > 1;
  // "READ MORE", "BREAKING NEWS": a page's label in capitals, made of ordinary words, names nothing.
  if (allCaps && words.length > 1 && words.every((w) => isCommonWord(w.lower))) return undefined;
  const wordsLower = words.map((w) => w.lower.replace(/\./g, ''));
  return {
    start,
    end,
    text: surfaceText,
    key: nameKey(surfaceText),
    words: wordsLower,
    intrinsic: intrinsicVotes(words, country, country ? undefined : lookupPlace(surfaceText), acronym, demonymLed),
    context: contextCues(words, {
      surface: surfaceText,
      beforeCased: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      // A lone unknown word after "said" may as well be a company's name; a known name is a person's.
      personShaped:
        !acronym &&
        isPersonShaped(wordsLower, surfaceText) &&
        (words.length > 1 || first.tokens.some((t) => t.tags.has('FirstName') || t.tags.has('LastName'))),
      before: piece.before,
      beforeText: text.slice(Math.max(0, start - CONTEXT_CHARS), start).toLowerCase(),
      after: piece.after,
      afterText: text.slice(end, end + CONTEXT_CHARS).toLowerCase(),
      titled: piece.titled,
      lineStart: first.tokens[0]!.lineStart,
      dashAfter: last === span.words.at(-1) && span.dashAfter,
      allCaps,
    }),
    country,
    maybeCountry: confirmed ? undefined : form,
    demonym: country?.kind === 'demonym',
    honorific: honorificGender(text.slice(Math.max(0, start - 8), start)),
    acronym,
    abbreviatesWords: acronym && abbreviatesLowercaseWords(surfaceText, text.slice(Math.max(0, start - 120), start)),
    defines,
    initials: words
      .flatMap((w) => w.tokens.map((t) => t.text))
      .filter((t) => /^\p{Lu}/u.test(t))
      .map((t) => t[0])
      .join(''),
    nextWord: /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1],
    midSentence: words.length === 1 && first.midSentence === true,
    list: undefined,
  };
}

/** Do the lowercase words right before "(ABC" start with the acronym's letters? */
function abbreviatesLowercaseWords(acronym: string, before: string): boolean {
  const m = /([\p{Ll}\s"'“”‘’-]+)\(\s*$/u.exec(before);
  if (!m) return false;
  const letters = acronym.replace(/\.|s$/g, '').toLowerCase();
  const words = m[1]!
    .replace(/["'“”‘’]/g, ' ')
    .trim()
    .split(/[\s-]+/)
    .slice(-letters.length);
  return words.length === letters.length && words.every((w, i) => w.startsWith(letters[i]!));
}

function isLowercaseParticle(word: Word): boolean {
  return NAME_PARTICLES.has(word.lower) && word.tokens[0]!.text === word.lower;
}

function isPlaceName(words: Word[]): boolean {
  const text = words.map(surface).join(' ');
  return lookupPlace(text) !== undefined || lookupCountry(text) !== undefined;
}

function isCountryName(word: Word): boolean {
  const form = lookupCountry(surface(word));
  return form !== undefined && (form.kind === 'name' || form.kind === 'code');
}

function isDemonym(word: Word): boolean {
  if (word.tokens.length !== 1) return false;
  return word.tokens[0]!.tags.has('Demonym') || lookupCountry(surface(word))?.kind === 'demonym';
}

function isGroupPlural(word: Word): boolean {
  if (word.tokens.length !== 1) return false;
  const t = word.tokens[0]!;
  if (/^\p{Lu}+$/u.test(t.text)) return false;
  return (
    GROUP_PLURAL.test(word.lower) || (t.tags.has('Plural') && !t.tags.has('ProperNoun') && isCommonWord(word.lower))
  );
}

function honorificGender(before: string): 'female' | 'male' | undefined {
  if (/\b(?:Mr|Sir|Lord)\.?\s+$/.test(before)) return 'male';
  if (/\b(?:Mrs|Ms|Miss|Lady|Dame)\.?\s+$/.test(before)) return 'female';
  return undefined;
}
