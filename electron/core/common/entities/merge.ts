/**
 * Decides which candidates name the same thing, across the whole document:
 * equal keys, countries with their codes and short forms, acronyms with the
 * name they abbreviate, surnames with full names, "Senate" with "Irish
 * Senate". Then each group's type is voted from all of its mentions.
 */
import { genderOfGivenName } from './given-names.ts';
import type { Entity, Mention, NameType, Votes } from './types.ts';
import type { Candidate } from './names.ts';
import { LONE_SPEECH, addVotes, countryVotes, noVotes, sumCues } from './cues.ts';
import { UnionFind } from './union-find.ts';
import { nameKey } from './normalize.ts';
import { lookupCountry } from './countries.ts';
import { INSTITUTION_NOUNS, ORG_HEADS, PARTY_MEMBERS, PLACE_HEADS, isCommonWord } from './lexicon.ts';
import { isPersonShaped } from './name-shape.ts';
import { lexicon } from './nlp.ts';
import { lookupPlace } from './place-names.ts';

interface Group {
  key: string;
  members: Candidate[];
  votes: Votes;
  /** The votes with "Baslanov says" counted as a person's speech: what a surname needs to find its full name. */
  votesAsSurname: Votes;
  /** Words of the longest name in the group. */
  words: string[];
  /** Names a country by its name or code (a capital is a city, and may be a surname). */
  country: boolean;
}

const TYPES: NameType[] = ['person', 'organization', 'place'];
/** Evidence a one-word name needs to be kept: a title, a head word, a gazetteer hit or repeated context. */
const MIN_SINGLE_WORD_EVIDENCE = 1;

/** Keys of a candidate's initial group. */
function groupKeyOf(c: Candidate): string {
  if (c.country && (c.country.kind === 'name' || c.country.kind === 'code')) return 'country:' + c.country.cca3;
  return c.key;
}

/**
 * Shaped like a person's name, or would be but for a surname that is also a
 * word ("Talla Baker", "Anders Mason"): an unknown first word, no head word.
 */
function isPersonLike(c: Candidate): boolean {
  if (isPersonShaped(c.words, c.text)) return true;
  const [first, ...rest] = c.words;
  return (
    /\p{Ll}/u.test(c.text) &&
    !isCommonWord(first!) &&
    lookupPlace(first!) === undefined &&
    c.words.every((w) => !ORG_HEADS.has(w) && !PLACE_HEADS.has(w)) &&
    rest.length <= 2
  );
}

function buildGroups(cands: Candidate[], uf: UnionFind): Map<string, Group> {
  const groups = new Map<string, Group>();
  // Intrinsic cues count once per surface form; context cues are summed by kind (sumCues).
  const seenSurface = new Set<string>();
  for (const c of cands) {
    const root = uf.find(groupKeyOf(c));
    let g = groups.get(root);
    if (!g) {
      g = { key: root, members: [], votes: noVotes(), votesAsSurname: noVotes(), words: c.words, country: false };
      groups.set(root, g);
    }
    g.members.push(c);
    if (c.words.length > g.words.length) g.words = c.words;
    g.country ||= c.country?.kind === 'name' || c.country?.kind === 'code';
    const surfaceId = root + '\u0000' + c.key;
    if (!seenSurface.has(surfaceId)) {
      seenSurface.add(surfaceId);
      addVotes(g.votes, c.intrinsic);
    }
  }
  for (const g of groups.values()) {
    // "Baslanov says" speaks for a person only when the entity also has a full name shaped like one.
    const fullPerson = g.members.some((c) => c.words.length > 1 && !c.acronym && isPersonLike(c));
    const cues = g.members.flatMap((c) => c.context);
    g.votesAsSurname = { ...g.votes };
    addVotes(g.votesAsSurname, sumCues(cues));
    addVotes(g.votes, sumCues(cues.filter((cue) => fullPerson || cue.kind !== LONE_SPEECH)));
  }
  return groups;
}

function topType(v: Votes): NameType | undefined {
  let best: NameType | undefined;
  let score = 0;
  for (const t of TYPES) {
    if (v[t] > score) {
      best = t;
      score = v[t];
    }
  }
  return best;
}

/** Entity grouping and typing for all name candidates of one document. */
export function mergeCandidates(input: Candidate[]): Entity[] {
  const wordAbbreviations = new Set(input.filter((c) => c.abbreviatesWords).map((c) => c.key));
  const all = confirmCountries(input.filter((c) => !wordAbbreviations.has(c.key)));
  const cands = all.filter((c) => !c.demonym);
  const uf = new UnionFind();
  for (const c of cands) uf.add(groupKeyOf(c));

  linkDefinedAcronyms(cands, uf);
  let groups = buildGroups(cands, uf);
  linkAcronymsByInitials(groups, uf);
  groups = buildGroups(cands, uf);
  linkShortForms(groups, uf);
  groups = buildGroups(cands, uf);

  const demonyms = all.filter((c) => c.demonym);
  const entities: Entity[] = [];
  const types = decideTypes(groups);
  for (const g of groups.values()) {
    const type = types.get(g.key);
    if (!type) continue;
    const members = [...g.members];
    // Demonyms join their country's entity ("Norwegians" with "Norway"); alone they name no place.
    if (type === 'place' && g.key.startsWith('country:')) {
      const cca3 = g.key.slice('country:'.length);
      for (const d of demonyms) if (d.country?.cca3 === cca3) members.push(d);
    }
    entities.push(toEntity(type, members));
  }
  return entities;
}

/**
 * An ambiguous code ("US") names its country when the document names that
 * country elsewhere; an acronym the document defines ("Coastal Research
 * Institute (CRI)") is never a country code, nor is one that spells the
 * initials of a longer name in the document ("S.A." beside "San Antonio")
 * when the document never names the code's country. A code that is also a
 * pronoun ("IT") and is not confirmed is the word shouted, and names nothing.
 */
function confirmCountries(cands: Candidate[]): Candidate[] {
  const defined = new Set(cands.flatMap((c) => (c.defines !== undefined ? [c.defines] : [])));
  const named = new Set(cands.flatMap((c) => (c.country && !c.country.ambiguous ? [c.country.cca3] : [])));
  const namedInFull = new Set(cands.flatMap((c) => (c.country?.kind === 'name' ? [c.country.cca3] : [])));
  const initials = new Set(cands.filter((c) => c.words.length > 1).map((c) => c.initials));
  return cands
    .map((c): Candidate | Candidate[] => {
      const spellsInitials =
        c.country?.kind === 'code' && !namedInFull.has(c.country.cca3) && initials.has(c.text.replace(/\./g, ''));
      if ((c.acronym && defined.has(c.key) && (c.country || c.maybeCountry)) || spellsInitials) {
        return { ...c, country: undefined, maybeCountry: undefined, intrinsic: { ...c.intrinsic, place: 0 } };
      }
      if (c.maybeCountry && named.has(c.maybeCountry.cca3)) {
        return { ...c, country: c.maybeCountry, maybeCountry: undefined, intrinsic: countryVotes() };
      }
      return c.maybeCountry && isPronoun(c.text) ? [] : c;
    })
    .flat();
}

function isPronoun(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).includes('Pronoun');
}

/** "the Coastal Research Institute (CRI)": the parenthesised acronym names the same thing. */
function linkDefinedAcronyms(cands: Candidate[], uf: UnionFind): void {
  const acronymKeys = new Set(cands.filter((c) => c.acronym).map((c) => c.key));
  for (const c of cands) {
    if (c.defines !== undefined && acronymKeys.has(c.defines) && !c.country) uf.union(groupKeyOf(c), c.defines);
  }
}

/** "NFU" and "Northern Farmers Union": an undefined acronym whose letters are a unique name's initials. */
function linkAcronymsByInitials(groups: Map<string, Group>, uf: UnionFind): void {
  const byInitials = new Map<string, Group[]>();
  for (const g of groups.values()) {
    for (const c of g.members) {
      if (c.acronym || c.words.length < 2 || c.initials.length < 2) continue;
      const list = byInitials.get(c.initials) ?? [];
      if (!list.includes(g)) list.push(g);
      byInitials.set(c.initials, list);
    }
  }
  for (const g of groups.values()) {
    if (g.country || !g.members.every((c) => c.acronym)) continue;
    const letters = g.members[0]!.text.replace(/\./g, '').replace(/s$/, '');
    const targets = (byInitials.get(letters) ?? []).filter((t) => t !== g && !t.country);
    if (targets.length === 1) uf.union(targets[0]!.key, g.key);
  }
}

/**
 * Short forms join the full name used elsewhere: "Merkel" and "Mrs Merkel"
 * join "Angela Merkel", "Rashidi" joins "Omar Hassan al-Rashidi", "Bin Zayed"
 * joins "Ahmed bin Zayed", a first name or a name without its middle part
 * joins the full person name; "Senate" joins "Irish Senate", "CNN" joins
 * "CNN International", "Yale" joins "Yale University"; "Red Crosses" joins
 * "Red Cross". A surname shared by two people goes to the one the
 * article introduced first (news names its main subject first); an
 * organisation short form that fits two names stays apart.
 */
function linkShortForms(groups: Map<string, Group>, uf: UnionFind): void {
  const prelim = new Map<string, NameType | undefined>();
  const firstSeen = new Map<string, number>();
  for (const g of groups.values()) {
    prelim.set(g.key, topType(g.words.length === 1 ? g.votesAsSurname : g.votes));
    firstSeen.set(
      g.key,
      g.members.reduce((min, c) => Math.min(min, c.start), Infinity),
    );
  }
  const people = new Map<string, Set<string>>();
  const tails = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>();
  for (const g of groups.values()) {
    const w = g.words;
    const type = prelim.get(g.key);
    if (w.length < 2 || g.country) continue;
    if (type === 'person' || type === undefined) {
      for (const k of new Set([w[0]!, w.at(-1)!, bare(w.at(-1)!)])) addTo(people, k, g.key);
    }
    for (let n = 1; n < w.length; n++) {
      if (type === 'organization' || type === undefined) addTo(tails, w.slice(w.length - n).join(' '), g.key);
      if (type === 'organization' || type === 'place') addTo(heads, w.slice(0, n).join(' '), g.key);
    }
  }
  for (const g of groups.values()) {
    const capital = g.members.every((c) => c.country?.kind === 'capital');
    if (g.country || (!capital && g.members.some((c) => c.country))) continue;
    const w = g.words;
    const key = w.join(' ');
    const type = prelim.get(g.key);
    const fits = (k: string): boolean => k !== g.key && compatible(type, prelim.get(k));

    // A surname is often also a town's name ("Lincoln", "Kingston"): the gazetteer does not keep it apart.
    const townName = w.length === 1 && type === 'place' && (capital || lookupPlace(w[0]!)?.kind === 'city');
    // A region's name may be a surname too ("Kent"), though more rarely a first name.
    const regionSurname = w.length === 1 && type === 'place' && lookupPlace(w[0]!)?.kind === 'region';
    // One weak cue ("in Mnangagwa's cabinet") does not keep a surname from its full name.
    const weakly = w.length === 1 && type !== undefined && g.votes[type] < MIN_SINGLE_WORD_EVIDENCE;
    // "Talvik said …", "Talvik declined": a surname that speaks joins its full name over a cue or two.
    const speaks = w.length === 1 && g.votesAsSurname.person > g.votes.person && !g.members.some((c) => c.acronym);
    if (type === 'person' || type === undefined || townName || weakly || regionSurname || speaks) {
      const surnameOf = (k: string): boolean => bare(groups.get(k)!.words.at(-1)!) === bare(w[0]!);
      const names = [...new Set([...(people.get(w[0]!) ?? []), ...(people.get(bare(w.at(-1)!)) ?? [])])]
        .filter(
          (k) =>
            k !== g.key &&
            (townName || weakly || ((regionSurname || speaks) && surnameOf(k)) || fits(k)) &&
            isShortFormOf(w, groups.get(k)!.words),
        )
        // "Mr. Okafor" is not "Ada Okafor" when the article calls her "Ms. Okafor".
        .filter((k) => !honorificClash(g, groups.get(k)!))
        .sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
      // "Mr Veltrix" is the surname of "Anders Veltrix", not the first word of "Veltrix Steel".
      const titled = g.members.some((c) => c.context.some((cue) => cue.kind === 'title'));
      if (titled) names.sort((a, b) => Number(!surnameOf(a)) - Number(!surnameOf(b)));
      if (names.length > 0) {
        uf.union(names[0]!, g.key);
        continue;
      }
    }
    // "Veltrix Capital … Veltrix said": a word that only speaks, and is nobody's name, is the company's short form.
    const onlySpeaks = speaks && TYPES.every((t) => g.votes[t] === 0);
    const fitsOrg = (k: string): boolean => fits(k) || (onlySpeaks && k !== g.key && prelim.get(k) === 'organization');
    // "Toledo" is not short for "Glassworks of Toledo": a place ending a longer name is that place.
    const byTail = [...(tails.get(key) ?? [])].filter((k) => fitsOrg(k) && !endsInPlace(groups.get(k)!.words, w));
    if (byTail.length === 1 && type !== 'place') {
      uf.union(byTail[0]!, g.key);
      continue;
    }
    // A place's first word is often another place ("Whangārei" / "Whangārei Harbour"), unless
    // the text itself writes the head after it ("the Prado museum").
    const byHead = [...(heads.get(key) ?? [])].filter(
      (k) =>
        fitsOrg(k) &&
        (prelim.get(k) !== 'place' ||
          type === undefined ||
          g.members.some((c) => c.nextWord === groups.get(k)!.words.at(-1))),
    );
    if (byHead.length === 1) {
      uf.union(byHead[0]!, g.key);
      continue;
    }
    const singular = key.replace(/s$/, '');
    if (singular !== key && groups.has(singular)) {
      uf.union(singular, g.key);
      continue;
    }
    const full = clippedFrom(w, groups);
    if (full) uf.union(full, g.key);
  }
}

/** Whether a surname's titles ("Mr", "Ms") mostly give the gender the full name's given name does not. */
function honorificClash(surname: Group, full: Group): boolean {
  const male = surname.members.filter((c) => c.honorific === 'male').length;
  const female = surname.members.filter((c) => c.honorific === 'female').length;
  if (male === female) return false;
  const given = genderOfGivenName(full.words[0]!);
  return given !== undefined && given !== (male > female ? 'male' : 'female');
}

/**
 * "Nat Libs" for "National Liberals", "Con Ed" for "Consolidated Edison":
 * every word clipped from the same word of a longer name of as many words.
 */
function clippedFrom(w: readonly string[], groups: Map<string, Group>): string | undefined {
  if (w.length < 2 || w.some((x) => x.length < 3)) return undefined;
  const stem = (x: string): string => x.replace(/s$/, '');
  for (const o of groups.values()) {
    const full = o.words;
    if (full.length !== w.length || full[0]![0] !== w[0]![0] || full.join(' ') === w.join(' ')) continue;
    if (w.every((x, i) => full[i]!.startsWith(stem(x)) && stem(x).length < full[i]!.length)) return o.key;
  }
  return undefined;
}

/** Does `full` end with `tail` after "of"/"in"/"at", or is `tail` a known place? */
function endsInPlace(full: readonly string[], tail: readonly string[]): boolean {
  const before = full[full.length - tail.length - 1];
  const text = tail.join(' ');
  return /^(of|in|at)$/.test(before ?? '') || lookupPlace(text) !== undefined || lookupCountry(text) !== undefined;
}

function addTo(index: Map<string, Set<string>>, k: string, g: string): void {
  const s = index.get(k);
  if (s) s.add(g);
  else index.set(k, new Set([g]));
}

/** "al-Rashidi" is also "Rashidi". */
function bare(word: string): string {
  return word.replace(/^(al|el|ad|as|ash|bin|ibn|abu)-/, '');
}

/**
 * Is `short` a shorter way to write the person name `full`? Its words must
 * appear in order in `full`, keeping the surname or the first name:
 * "Merkel", "Bin Zayed", "Rashidi", "Te Rangi", "Angela Merkel".
 */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const keepsLast = bare(short.at(-1)!) === bare(full.at(-1)!);
  const keepsFirst = short[0] === full[0];
  if (!keepsLast && !keepsFirst) return false;
  let j = 0;
  for (const word of full) if (j < short.length && bare(word) === bare(short[j]!)) j++;
  return j === short.length;
}

/** A short form may join a full name unless their evidence clearly disagrees. */
function compatible(short: NameType | undefined, full: NameType | undefined): boolean {
  return short === undefined || full === undefined || short === full;
}

/**
 * Votes decide. A one-word name with too little evidence is kept only when
 * it is capitalised in running text, where a capital is evidence of a name
 * by itself; it is then an organisation unless something says otherwise
 * (places and people have gazetteers and cues; companies and parties rarely
 * do). A longer name with no evidence at all is typed by its shape (see
 * `fallbackType`). Items of one "A and B" list lend each other their type.
 */
function decideTypes(groups: Map<string, Group>): Map<string, NameType> {
  const types = new Map<string, NameType>();
  const listTypes = new Map<number, NameType[]>();
  for (const g of groups.values()) {
    let t = topType(g.votes);
    const weak = g.words.length === 1 && (!t || g.votes[t] < MIN_SINGLE_WORD_EVIDENCE);
    if (weak) {
      const kept = g.members.some((c) => c.midSentence) && namesInRunningText(g.words[0]!);
      t = kept ? weakType(g, t) : undefined;
    }
    if (!t) continue;
    types.set(g.key, t);
    for (const c of g.members) if (c.list !== undefined) listTypes.set(c.list, [...(listTypes.get(c.list) ?? []), t]);
  }
  for (const g of groups.values()) {
    if (types.has(g.key)) continue;
    const fromLists = g.members.flatMap((c) => (c.list !== undefined ? (listTypes.get(c.list) ?? []) : []));
    const t = fromLists[0] ?? (g.words.length >= 2 ? fallbackType(g) : undefined);
    if (t) types.set(g.key, t);
  }
  return types;
}

/**
 * A capital in running text makes a name of any word but an ordinary one
 * ("our Services"), except the institutions news writes that way:
 * "Parliament voted", "the Navy said".
 */
function namesInRunningText(word: string): boolean {
  return !isCommonWord(word) || INSTITUTION_NOUNS.has(word);
}

/**
 * A one-word name kept on its capital alone: an organisation, unless a weak
 * cue of another type comes with most of its mentions ("in Kestrava",
 * "from Kestrava"), not just one in twenty.
 */
function weakType(g: Group, top: NameType | undefined): NameType {
  if (top === undefined || top === 'organization') return 'organization';
  const cued = g.members.filter((c) => c.context.some((cue) => cue.type === top)).length;
  return cued * 2 >= g.members.length ? top : 'organization';
}

/**
 * A name of several words with no evidence at all: a person when it is
 * shaped like a person's name; nothing when it is made of ordinary words
 * only; otherwise an organisation (news names organisations far more often
 * than places, which gazetteers and head words already catch).
 */
function fallbackType(g: Group): NameType | undefined {
  const c = g.members.find((m) => m.words.length === g.words.length) ?? g.members[0]!;
  if (!c.acronym && isPersonShaped(c.words, c.text)) return 'person';
  // "the Free Democrats": a party named for its members.
  if (/s$/.test(c.words.at(-1)!) && PARTY_MEMBERS.has(c.words.at(-1)!)) return 'organization';
  // "Placement Packet", "Distant Star": ordinary words with nothing else to go on are a heading, not a name.
  if (c.words.every((w) => isCommonWord(w))) return undefined;
  return 'organization';
}

function toEntity(type: NameType, members: Candidate[]): Entity {
  const mentions: Mention[] = members
    .map((c) => ({ start: c.start, end: c.end, text: c.text }))
    .sort((a, b) => a.start - b.start);
  const named = members.filter((c) => !c.demonym);
  const name = pickName(named.length > 0 ? named : members);
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name);
  return { id: `${type}:${nameKey(name)}`, type, name, aliases, mentions };
}

/**
 * The fullest form: most words; among equals the most used, then the longest.
 * Acronyms and ALL-CAPS datelines only name an entity that has nothing else.
 */
function pickName(members: Candidate[]): string {
  const uses = new Map<string, number>();
  for (const c of members) uses.set(c.text, (uses.get(c.text) ?? 0) + 1);
  const shouting = (c: Candidate): boolean => c.text.length > 5 && c.text === c.text.toUpperCase();
  const score = (c: Candidate): number =>
    (c.acronym || shouting(c) ? 0 : 1e6) + c.words.length * 1e4 + uses.get(c.text)! * 100 + c.text.length;
  let best = members[0]!;
  for (const c of members) if (score(c) > score(best)) best = c;
  return best.text;
}
