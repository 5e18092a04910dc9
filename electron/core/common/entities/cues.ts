/**
 * Evidence for a name's type. Intrinsic cues (the name's own words, the
 * country dataset, compromise's lexicon) are properties of a surface form;
 * contextual cues (a title before it, "said" after it, "the city of") come
 * from each mention. Entities sum both over their mentions, then vote.
 */
import type { Votes } from './types.ts';
import type { Word } from './spans.ts';
import type { CountryForm } from './countries.ts';
import { lookupPlace, type PlaceForm } from './place-names.ts';
import { lookupCountry } from './countries.ts';
import { isGivenName } from './given-names.ts';
import {
  ORG_CUES_AFTER,
  ORG_CUES_BEFORE,
  ORG_HEADS,
  PLACE_CUES_AFTER,
  PLACE_CUES_OF,
  PLACE_HEADS,
  SURNAME_HEADS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  ORG_APPOSITIVES,
  PLACE_APPOSITIVES,
  PERSON_APPOSITIVES,
  PLACE_LEADERS,
  PLACE_PREFIXES,
  INSTITUTION_NOUNS,
  isCommonWord,
} from './lexicon.ts';
import { lexicon } from './nlp.ts';

export const noVotes = (): Votes => ({ person: 0, organization: 0, place: 0 });

export function addVotes(into: Votes, from: Votes, weight = 1): void {
  into.person += from.person * weight;
  into.organization += from.organization * weight;
  into.place += from.place * weight;
}

/** Weights: a title or a name's own head word outweighs any single context word. */
const W = {
  title: 3,
  head: 3,
  leadingHead: 2,
  appositive: 2,
  country: 5,
  capital: 4,
  formerCountry: 5,
  region: 3,
  /** Cities: 1, 2 or 3 by population (see `cityWeight`). */
  givenName: 2,
  acronym: 1.5,
  demonymLed: 2,
  context: 2,
  cityOf: 3,
  dateline: 3,
  byline: 3,
  speech: 1,
  preposition: 0.5,
  nlpTag: 0.5,
  nlpLexicon: 1,
} as const;

/** What a confirmed country name is worth on its own. */
export function countryVotes(): Votes {
  return { person: 0, organization: 0, place: W.country };
}

/** A big city's name is better evidence than a town's, which is often also a surname. */
function cityWeight(population: number): number {
  return population >= 1_000_000 ? 3 : population >= 100_000 ? 2 : 1;
}

/** "Chad Ostrom", "Jordan Vale": a country's name is a given name too, before a surname. */
export function isGivenNameBeforeSurname(words: readonly Word[]): boolean {
  return words.length === 2 && isGivenName(words[0]!.lower) && words[1]!.tokens.some((t) => t.tags.has('LastName'));
}

/** Cues from the name itself: same for every mention with this surface form. */
export function intrinsicVotes(
  words: Word[],
  country: CountryForm | undefined,
  place: PlaceForm | undefined,
  acronym: boolean,
  demonymLed: boolean,
): Votes {
  const v = noVotes();
  if (country?.kind === 'name' || country?.kind === 'code') v.place += W.country;
  if (country?.kind === 'capital') v.place += W.capital;
  if (!country && place) {
    if (place.kind === 'former-country') v.place += W.formerCountry;
    else if (place.kind === 'region') v.place += W.region;
    else v.place += cityWeight(place.population ?? 0);
  }
  if (words.length > 1) {
    // The head is the last word, or the word before "of"/"for"/"on" ("Institute for Peace and …").
    const heads = words
      .filter((w, i) => i === words.length - 1 || /^(of|for|on)$/.test(words[i + 1]!.lower))
      .map((w) => w.lower);
    // "House of Delegates", "High Court": institutions head organisations too.
    // "Ferries for Oslo", "Action for Veterans": a name that serves someone is a body's.
    const serves = words.slice(1, -1).some((w) => w.lower === 'for');
    if (serves || heads.some((h) => ORG_HEADS.has(h) || INSTITUTION_NOUNS.has(h))) v.organization += W.head;
    else if (ORG_HEADS.has(words[0]!.lower)) v.organization += W.leadingHead; // "Banque Nordique", "Agency Veritas"
    // "Jane Marsh", "Anna Field": a given name before a head that is a surname too names a person.
    const surnameHead = words.length === 2 && isGivenName(words[0]!.lower) && SURNAME_HEADS.has(words[1]!.lower);
    if (surnameHead) v.person += W.head;
    else if (heads.some((h) => PLACE_HEADS.has(h))) v.place += W.head;
    else if (PLACE_PREFIXES.has(words[0]!.lower) || PLACE_LEADERS.has(words[0]!.lower)) v.place += W.leadingHead; // "Mount Erebus", "South Ruritania"
    const first = words[0]!;
    // "J.C. Varnell", "E. B. Kellam": initials before a capitalised word are a person's.
    const initials = words.slice(0, -1).every((w) => INITIALS.test(w.tokens.map((t) => t.text).join('')));
    if (initials && !ORG_HEADS.has(words.at(-1)!.lower)) v.person += W.givenName;
    // "Will", "Rose", "Bill" are words before they are names.
    // "Montana State", "Jordan River": a region's or a big city's name is no given name here.
    const place = lookupPlace(first.lower);
    const firstIsPlace =
      !isGivenNameBeforeSurname(words) &&
      (lookupCountry(first.lower) !== undefined ||
        (place !== undefined && (place.kind !== 'city' || (place.population ?? 0) >= 500_000)));
    if (first.tokens.length === 1 && isGivenName(first.lower) && !firstIsPlace) {
      v.person += isCommonWord(first.lower) ? W.givenName / 2 : W.givenName;
    }
  }
  if (acronym && !country) v.organization += W.acronym;
  if (demonymLed) v.organization += W.demonymLed;
  return v;
}

export interface MentionContext {
  /** The mention as written. */
  surface: string;
  /** The document text just before the name, case kept. */
  beforeCased: string;
  /** Shaped like a person's name (see name-shape.ts): only then does a speech verb speak for a person. */
  personShaped: boolean;
  before: Word | undefined;
  /** Lowercase document text just before the name. */
  beforeText: string;
  after: Word | undefined;
  /** Lowercase document text just after the name. */
  afterText: string;
  titled: boolean;
  lineStart: boolean;
  dashAfter: boolean;
  allCaps: boolean;
}

/** "J.", "J.C.", "T.J.": a person's initials (an acronym has no full stop after each letter). */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** ", a professor at …": the phrase after a comma and an article, up to punctuation. */
const APPOSITIVE = /^['’]?s?\s*,\s+(?:a|an|the)\s+([^,.;:!?()"“”—–]*)/;
/** "the city of": the word before "of". */
const OF_PHRASE = /\b(\w+) of (the )?$/;
/** "fighters loyal to the X", "members of the X": people belong to groups. */
const GROUP_LINK =
  /\b(?:(?:linked|loyal|allied|affiliated|belonging) (?:to|with) (?:the )?|(?:joined|join|joining|members of|leaders of|fighters of) the )$/;
/** "analysts at X", "officials from the X": people work for organisations. */
const STAFF_OF =
  /\b(?:analysts?|economists?|researchers?|officials?|executives?|employees?|staff|spokes(?:wo)?man|spokesperson|lawyers?|engineers?) (?:at|from|of|for) (?:the )?$/;
/** "published in X", "reported by X": publications. */
const PUBLISHED_IN = /\b(?:published|appeared|appears|reported|wrote|writing|featured) (?:in|by) (?:the )?$/;
/** "told X": a person when X is shaped like one, otherwise the outlet that was told. */
const TOLD = /\btold\s+$/;
/** "Rochester, NY": two capitals after a place and a comma are its region's code. */
const REGION_CODE_AFTER_PLACE = /\p{Lu}[\p{L}.'’-]*,\s$/u;
/**
 * A speech verb beside a lone word the name lists do not know ("Baslanov says"):
 * a company may say things too, so it counts only for an entity that also
 * has a full name shaped like a person's (see merge.ts).
 */
export const LONE_SPEECH = 'speech-lone';
/**
 * `Okafor said: "I …"`: a speaker who says "I" (or "my") is a person; a
 * company says "we". This counts even for a lone word no list knows.
 */
const FIRST_PERSON_QUOTE = /^\s*[:,]?\s*["“‘']\s*(?:i|my)(?:['’][a-z]+)?\s/;
/** Professions written in lowercase before a name; not "fellow" or "member" ("fellow Kestrava members"). */
const ROLES_BEFORE_NAMES = new Set(
  [...PERSON_APPOSITIVES].filter(
    (w) =>
      !/^(?:fellow|member|resident|veteran|elder|man|woman|boy|girl|student|worker|owner|friend|colleague)$/.test(w),
  ),
);
/** A sentence opened by a preposition: the name that follows ends a phrase, not a subject. */
const OPENING_PHRASE =
  /(?:^|[.!?]["”’]?\s+|\n)\s*(?:in|at|on|from|after|during|under|within|inside|throughout|despite)\s+$/i;
/** ", who": a relative pronoun only people take. */
const WHO_AFTER = /^['’]?s?,?\s+who\b/;
/** "says X", "said X": inverted attribution. */
const SPEECH_BEFORE = /\b(?:said|says|added|asked)\s+$/;
/** …but only where the name closes the clause: "said Quell." — not "said Quell would follow". */
const CLAUSE_END = /^\s*(?:[,.;:!?)]|\n|$)/;
/** "Parata, 75, said": an age after a name. */
const AGE_AFTER = /^,\s+\d{1,3},/;
/** "his father, X" / "Chile's president, X": a role noun just before the name. */
const ROLE_BEFORE = /\b([a-z-]+),\s+$/;
/** "(Wirepress)" closing a caption line: a credit, so a news organisation. */
const CREDIT = /\(\s*$/;
const CREDIT_END = /^\s*\)?\s*(?:\n|$)/;
/** "Jane Doe/Wirepress" ending a caption line: the agency after the photographer. */
const SLASH_CREDIT = /\p{L}\s?\/\s?$/u;

/**
 * One piece of evidence from one mention. Entities add up cues of different
 * kinds, but a kind seen on many mentions counts little more than once (see
 * `sumCues`): ten "in X" must not outvote one "the city of X".
 */
export interface Cue {
  type: keyof Votes;
  kind: string;
  weight: number;
}

/** Cues from around one mention, plus compromise's tags on its terms. */
export function contextCues(words: Word[], ctx: MentionContext): Cue[] {
  const cues: Cue[] = [];
  const add = (type: keyof Votes, kind: string, weight: number): void => {
    cues.push({ type, kind, weight });
  };
  if (ctx.titled) add('person', 'title', W.title);
  const before = ctx.before?.lower;
  const after = ctx.after?.lower;
  if (after !== undefined && ctx.after!.tokens[0]!.pre === '') {
    if (SPEECH_VERBS.has(after)) {
      add('person', ctx.personShaped ? 'speech' : LONE_SPEECH, W.speech);
      const rest = ctx.afterText.slice(ctx.afterText.indexOf(after) + after.length);
      if (FIRST_PERSON_QUOTE.test(rest)) add('person', 'first-person', W.appositive);
    }
    // "the Acme group" names a group; "Jane Doe's company" is only someone's.
    if (ORG_CUES_AFTER.has(after) && !words.at(-1)!.possessive) add('organization', 'noun-after', W.context);
    if (PLACE_CUES_AFTER.has(after)) add('place', 'noun-after', W.context);
  }
  if (before !== undefined) {
    if (ORG_CUES_BEFORE.has(before)) add('organization', 'word-before', W.context);
    // "striker Tomas Reyes", "director Kim Sol Ha": a role written in lowercase right before a name.
    const roleWord = ctx.before!.tokens.at(-1)!;
    if (ROLES_BEFORE_NAMES.has(before) && roleWord.text === before && /^\s+$/.test(roleWord.post))
      add('person', 'role-before', W.appositive);
    if (PLACE_PREPOSITIONS.has(before)) add('place', 'preposition', W.preposition);
    if (before === 'by' && ctx.before!.tokens[0]!.lineStart) add('person', 'byline', W.byline);
  }
  const ofWhat = OF_PHRASE.exec(ctx.beforeText)?.[1];
  if (ofWhat !== undefined && PLACE_CUES_OF.has(ofWhat)) add('place', 'city-of', W.cityOf);
  if (GROUP_LINK.test(ctx.beforeText) || STAFF_OF.test(ctx.beforeText)) add('organization', 'member-of', W.context);
  if (SPEECH_BEFORE.test(ctx.beforeText) && CLAUSE_END.test(ctx.afterText))
    add('person', ctx.personShaped ? 'speech' : LONE_SPEECH, W.speech);
  // "Baslanov, who …": organisations take "which".
  if (WHO_AFTER.test(ctx.afterText)) add('person', 'who', W.appositive);
  if (PUBLISHED_IN.test(ctx.beforeText) || (TOLD.test(ctx.beforeText) && !ctx.personShaped)) {
    add('organization', 'publication', W.context);
  }
  if (/^\p{Lu}{2}$/u.test(ctx.surface) && REGION_CODE_AFTER_PLACE.test(ctx.beforeCased))
    add('place', 'region-code', W.region);
  if (AGE_AFTER.test(ctx.afterText)) add('person', 'age', W.appositive);
  const role = ROLE_BEFORE.exec(ctx.beforeText)?.[1];
  if (role !== undefined && PERSON_APPOSITIVES.has(role)) add('person', 'role-before', W.appositive);
  if ((CREDIT.test(ctx.beforeText) || SLASH_CREDIT.test(ctx.beforeText)) && CREDIT_END.test(ctx.afterText)) {
    add('organization', 'credit', W.context);
  }
  // "In Glass Tide, a woman …": the comma after an opening phrase starts the clause, not an appositive.
  const appositive = OPENING_PHRASE.test(ctx.beforeText) ? undefined : appositiveNoun(ctx.afterText);
  if (appositive !== undefined) {
    if (ORG_APPOSITIVES.has(appositive)) add('organization', 'appositive', W.appositive);
    if (PLACE_APPOSITIVES.has(appositive)) add('place', 'appositive', W.appositive);
    if (PERSON_APPOSITIVES.has(appositive)) add('person', 'appositive', W.appositive);
  }
  if (ctx.lineStart && ctx.dashAfter && ctx.allCaps) add('place', 'dateline', W.dateline);
  addTagCues(words, cues);
  return cues;
}

/** A further mention with the same kind of cue adds this share of its weight… */
const REPEAT_SHARE = 0.25;
/** …up to this many times. */
const MAX_REPEATS = 3;

/**
 * Sums cues over an entity's mentions: each kind of cue counts fully once,
 * then a little for each repetition, so many weak cues cannot outvote one
 * strong cue while repetition still breaks ties.
 */
export function sumCues(cues: Iterable<Cue>): Votes {
  const byKind = new Map<string, { weight: number; count: number; type: keyof Votes }>();
  for (const cue of cues) {
    const key = cue.type + ':' + cue.kind;
    const seen = byKind.get(key);
    if (!seen) byKind.set(key, { weight: cue.weight, count: 1, type: cue.type });
    else {
      seen.weight = Math.max(seen.weight, cue.weight);
      seen.count++;
    }
  }
  const v = noVotes();
  for (const { weight, count, type } of byKind.values()) {
    v[type] += weight * (1 + REPEAT_SHARE * Math.min(count - 1, MAX_REPEATS));
  }
  return v;
}

/**
 * "Ostrava, a large industrial city in …" → "city", "Y, a province held by …"
 * → "province": the first telling noun of an appositive, before any
 * preposition or relative clause.
 */
function appositiveNoun(afterText: string): string | undefined {
  const m = APPOSITIVE.exec(afterText);
  if (!m) return undefined;
  const phrase = m[1]!.split(/\s+(?:of|at|in|for|with|from|that|who|which|whose|and|to|on|by)\s/)[0]!.trim();
  return phrase
    .split(/\s+/)
    .slice(0, 5)
    .find((w) => ORG_APPOSITIVES.has(w) || PLACE_APPOSITIVES.has(w) || PERSON_APPOSITIVES.has(w));
}

/**
 * compromise's tags: the ones it takes from its lexicon of names (FirstName,
 * City, …) count fully; the ones its rules spread over whole phrases
 * (Person, Place, Organization) count half.
 */
function addTagCues(words: Word[], cues: Cue[]): void {
  const best = noVotes();
  const take = (type: keyof Votes, weight: number): void => {
    best[type] = Math.max(best[type], weight);
  };
  const last = words.length - 1;
  words.forEach((w, i) => {
    for (const t of w.tokens) {
      if (t.tags.has('Honorific')) continue;
      // In a longer name only a first word's given name and a last word's surname speak for a person.
      // compromise's own lexicon ("Nguyen" is a surname) beats the tags its rules spread over a phrase.
      // (A given name in a longer name already counts once, in intrinsicVotes.)
      const firstName =
        i === 0 && (t.tags.has('FirstName') || lexiconSays(t.text, 'FirstName')) && !(last > 0 && isGivenName(w.lower));
      const lastName = i === last && (t.tags.has('LastName') || lexiconSays(t.text, 'LastName'));
      if (firstName || lastName) take('person', W.nlpLexicon);
      // "Project Halcyon": after an ordinary first word a name-like tag is no person's.
      else if (t.tags.has('Person') && (i === 0 || i === last) && !(i > 0 && isCommonWord(words[0]!.lower))) {
        take('person', W.nlpTag);
      }
      // …and only its last word's place tag for a place: "Oslo Dynamics" is not one.
      if (i === last || words.length === 1) {
        if (t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) take('place', W.nlpLexicon);
        else if (t.tags.has('Place')) take('place', W.nlpTag);
      }
      if (t.tags.has('Organization'))
        take('organization', lexiconSays(t.text, 'Organization') ? W.nlpLexicon : W.nlpTag);
    }
  });
  for (const type of ['person', 'organization', 'place'] as const) {
    if (best[type] > 0) cues.push({ type, kind: 'nlp-tag', weight: best[type] });
  }
}

/** Does compromise's own lexicon give this word the tag (not a rule guessing from context)? */
function lexiconSays(word: string, tag: string): boolean {
  const tags = lexicon[word.toLowerCase().replace(/['’]s$/, '')];
  return tags !== undefined && (Array.isArray(tags) ? tags.includes(tag) : tags === tag);
}
