/**
 * Strips the title phrase in front of a name: "President", "Mr.", "Chilean
 * Deputy Minister of Foreign Affairs", "Spokesperson".
 * A stripped title is strong evidence that what follows is a person.
 */
import type { Word } from './spans.ts';
import {
  ORG_HEADS,
  PARTY_PREFIXES,
  PLACE_HEADS,
  PORTFOLIO_ENDS,
  POST_NOMINALS,
  TITLE_MODIFIERS,
  TITLE_TAILS,
  TITLE_WORDS,
} from './lexicon.ts';
import { lookupCountry } from './countries.ts';
import { isGivenName } from './given-names.ts';

export interface TitleSplit {
  /** Words of the title phrase (empty when there is none). */
  title: Word[];
  /** The name after it; empty when the run was only a title ("Prime Minister"). */
  rest: Word[];
}

/**
 * "President", "President-elect" (a title whether compromise kept it as one term or two), and
 * "Vice-President" or "Co-Founder": a modified title in one word.
 */
function isTitle(w: Word): boolean {
  const parts = w.lower.split('-');
  return (
    TITLE_WORDS.has(parts[0]!) ||
    (parts.length > 1 &&
      TITLE_WORDS.has(parts.at(-1)!) &&
      parts.slice(0, -1).every((p) => p === 'co' || TITLE_MODIFIERS.has(p)))
  );
}

/** "Jane Doe MP": the name without the letters after it (kept when nothing else is left). */
export function stripPostNominals(words: Word[]): Word[] {
  let end = words.length;
  while (end > 2 && POST_NOMINALS.has(words[end - 1]!.tokens.map((t) => t.text).join(''))) end--;
  return end === words.length ? words : words.slice(0, end);
}

export function stripTitle(words: Word[]): TitleSplit {
  const party = partyPrefixEnd(words);
  if (party > 0) return { title: words.slice(0, party), rest: words.slice(party) };
  let i = 0;
  let titleEnd = -1;
  while (i < words.length) {
    const w = words[i]!;
    if (isTitle(w) || (titleEnd === i - 1 && TITLE_TAILS.has(w.lower) && i + 1 < words.length)) {
      titleEnd = i++;
      continue;
    }
    if (
      TITLE_MODIFIERS.has(w.lower) ||
      (i === 0 && w.tokens.length === 1 && lookupCountry(textOf(w))?.kind === 'demonym')
    ) {
      i++;
      continue;
    }
    // "Minister of Foreign Affairs": the portfolio belongs to the title.
    if ((w.lower === 'of' || w.lower === 'for') && titleEnd === i - 1) {
      const end = portfolioEnd(words, i + 1);
      if (end < 0) break;
      titleEnd = end;
      i = end + 1;
      continue;
    }
    break;
  }
  if (titleEnd < 0) return { title: [], rest: words };
  const rest = words.slice(titleEnd + 1);
  // "General Dynamics", "Justice Department": the title word heads an organisation.
  const head = rest.at(-1)?.lower;
  if (head !== undefined && (ORG_HEADS.has(head) || PLACE_HEADS.has(head))) return { title: [], rest: words };
  return { title: words.slice(0, titleEnd + 1), rest };
}

/**
 * "European Commission President Jane Doe", "Bank of Ruritania Governor
 * John Roe": an organisation, then a title, then a name. Returns the index
 * where the title phrase starts inside the run, or -1.
 */
export function innerTitleStart(words: Word[]): number {
  for (let k = 1; k < words.length - 1; k++) {
    if (!isTitle(words[k]!)) continue;
    let start = k;
    while (start > 1 && TITLE_MODIFIERS.has(words[start - 1]!.lower)) start--;
    if (stripTitle(words.slice(start)).title.length > 0) return start;
  }
  return -1;
}

/** "Democrat Jane Doe": how many party words lead a name of a given name and more; 0 when none do. */
function partyPrefixEnd(words: Word[]): number {
  let k = 0;
  while (k < words.length && PARTY_PREFIXES.has(words[k]!.lower)) k++;
  return k > 0 && words.length - k >= 2 && isGivenName(words[k]!.lower) ? k : 0;
}

/** Index of the last portfolio word after "of", or -1. */
function portfolioEnd(words: Word[], from: number): number {
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    if (PORTFOLIO_ENDS.has(words[k]!.lower)) return k;
  }
  // No known portfolio word: assume the last two words are the name.
  return words.length - from >= 3 ? words.length - 3 : -1;
}

function textOf(w: Word): string {
  return w.tokens.map((t) => t.text).join('-');
}
