/**
 * Evidence for a name's type. Intrinsic cues (the name's own words, the
 * country dataset, compromise's lexicon) are properties of a surface form;
 * contextual cues (a title before it, "said" after it, "the city of") come
 * from each mention. Entities sum both over their mentions, then vote.
 */
import type { Votes } from './types.ts';
import type { Word } from './spans.ts';
import type { CountryForm } from './countries.ts';
import {
  ORG_CUES_AFTER,
  ORG_CUES_BEFORE,
  ORG_HEADS,
  PLACE_CUES_AFTER,
  PLACE_CUES_OF,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  ORG_APPOSITIVES,
  PLACE_APPOSITIVES,
  PERSON_APPOSITIVES,
} from './lexicon.ts';

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

/** Cues from the name itself: same for every mention with this surface form. */
export function intrinsicVotes(
  words: Word[],
  country: CountryForm | undefined,
  acronym: boolean,
  demonymLed: boolean,
): Votes {
  const v = noVotes();
  if (country?.kind === 'name' || country?.kind === 'code') v.place += W.country;
  if (country?.kind === 'capital') v.place += W.capital;
  if (words.length > 1) {
    // The head is the last word, or the word before "of"/"for"/"on" ("Center for Health and …").
    const heads = words
      .filter((w, i) => i === words.length - 1 || /^(of|for|on)$/.test(words[i + 1]!.lower))
      .map((w) => w.lower);
    if (heads.some((h) => ORG_HEADS.has(h))) v.organization += W.head;
    else if (ORG_HEADS.has(words[0]!.lower)) v.organization += W.leadingHead; // "Banque Nordique", "Agency Veritas"
    if (heads.some((h) => PLACE_HEADS.has(h))) v.place += W.head;
  }
  if (acronym && !country) v.organization += W.acronym;
  if (demonymLed) v.organization += W.demonymLed;
  return v;
}

export interface MentionContext {
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

/** ", a senior fellow at …": the phrase after a comma and an article, up to punctuation. */
const APPOSITIVE = /^['’]?s?\s*,\s+(?:a|an|the)\s+([^,.;:!?()"“”—–]*)/;
/** "the city of": the word before "of". */
const OF_PHRASE = /\b(\w+) of (the )?$/;
/** "militants linked to the X", "members of the X": people belong to groups. */
const GROUP_LINK =
  /\b(?:(?:linked|loyal|allied|affiliated|belonging) (?:to|with) (?:the )?|(?:joined|join|joining|members of|leaders of|fighters of) the )$/;
/** "analysts at X", "officials from the X": people work for organisations. */
const STAFF_OF =
  /\b(?:analysts?|economists?|researchers?|officials?|executives?|employees?|staff|spokes(?:wo)?man|spokesperson|lawyers?|engineers?) (?:at|from|of|for) (?:the )?$/;
/** "says X", "said X": inverted attribution. */
const SPEECH_BEFORE = /\b(?:said|says|added|asked|told)\s+$/;
/** "Parata, 75, said": an age after a name. */
const AGE_AFTER = /^,\s+\d{1,3},/;
/** "his father, X" / "Chile's president, X": a role noun just before the name. */
const ROLE_BEFORE = /\b([a-z-]+),\s+$/;
/** "(Wirepress)" closing a caption line: a credit, so a news organisation. */
const CREDIT = /\(\s*$/;
const CREDIT_END = /^\s*\)\s*(?:\n|$)/;

/** Cues from around one mention, plus compromise's tags on its terms. */
export function contextVotes(words: Word[], ctx: MentionContext): Votes {
  const v = noVotes();
  if (ctx.titled) v.person += W.title;
  const before = ctx.before?.lower;
  const after = ctx.after?.lower;
  if (after !== undefined && ctx.after!.tokens[0]!.pre === '') {
    if (SPEECH_VERBS.has(after)) v.person += W.speech;
    if (ORG_CUES_AFTER.has(after)) v.organization += W.context;
    if (PLACE_CUES_AFTER.has(after)) v.place += W.context;
  }
  if (before !== undefined) {
    if (ORG_CUES_BEFORE.has(before)) v.organization += W.context;
    if (PLACE_PREPOSITIONS.has(before)) v.place += W.preposition;
    if (before === 'by' && ctx.before!.tokens[0]!.lineStart) v.person += W.byline;
  }
  const ofWhat = OF_PHRASE.exec(ctx.beforeText)?.[1];
  if (ofWhat !== undefined && PLACE_CUES_OF.has(ofWhat)) v.place += W.cityOf;
  if (GROUP_LINK.test(ctx.beforeText) || STAFF_OF.test(ctx.beforeText)) v.organization += W.context;
  if (SPEECH_BEFORE.test(ctx.beforeText)) v.person += W.speech;
  if (AGE_AFTER.test(ctx.afterText)) v.person += W.appositive;
  const role = ROLE_BEFORE.exec(ctx.beforeText)?.[1];
  if (role !== undefined && PERSON_APPOSITIVES.has(role)) v.person += W.appositive;
  if (CREDIT.test(ctx.beforeText) && CREDIT_END.test(ctx.afterText)) v.organization += W.context;
  const appositive = appositiveNoun(ctx.afterText);
  if (appositive !== undefined) {
    if (ORG_APPOSITIVES.has(appositive)) v.organization += W.appositive;
    if (PLACE_APPOSITIVES.has(appositive)) v.place += W.appositive;
    if (PERSON_APPOSITIVES.has(appositive)) v.person += W.appositive;
  }
  if (ctx.lineStart && ctx.dashAfter && ctx.allCaps) v.place += W.dateline;
  addTagVotes(words, v);
  return v;
}

/**
 * "Xanadu, a vast desert region of …" → "region", "Y, a province held by …"
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
function addTagVotes(words: Word[], v: Votes): void {
  const best = noVotes();
  const take = (type: keyof Votes, weight: number): void => {
    best[type] = Math.max(best[type], weight);
  };
  for (const w of words) {
    for (const t of w.tokens) {
      if (t.tags.has('Honorific')) continue;
      if (t.tags.has('FirstName') || t.tags.has('LastName')) take('person', W.nlpLexicon);
      else if (t.tags.has('Person')) take('person', W.nlpTag);
      if (t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) take('place', W.nlpLexicon);
      else if (t.tags.has('Place')) take('place', W.nlpTag);
      if (t.tags.has('Organization')) take('organization', W.nlpTag);
    }
  }
  addVotes(v, best);
}
