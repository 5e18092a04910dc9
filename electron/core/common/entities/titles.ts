/**
 * Strips the title phrase in front of a name: "President", "Mr.", "Chilean
 * Deputy Minister of Foreign Affairs", "Spokesperson".
 * A stripped title is strong evidence that what follows is a person.
 */
import type { Word } from './spans.ts';
import { ORG_HEADS, PLACE_HEADS, PORTFOLIO_ENDS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon.ts';
import { lookupCountry } from './countries.ts';

export interface TitleSplit {
  /** Words of the title phrase (empty when there is none). */
  title: Word[];
  /** The name after it; empty when the run was only a title ("Prime Minister"). */
  rest: Word[];
}

/** "President-elect" is a title whether compromise kept it as one term or two. */
const firstLower = (w: Word): string => w.lower.split('-')[0]!;

export function stripTitle(words: Word[]): TitleSplit {
  let i = 0;
  let titleEnd = -1;
  while (i < words.length) {
    const w = words[i]!;
    if (TITLE_WORDS.has(firstLower(w))) {
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
    if (!TITLE_WORDS.has(firstLower(words[k]!))) continue;
    let start = k;
    while (start > 1 && TITLE_MODIFIERS.has(words[start - 1]!.lower)) start--;
    if (stripTitle(words.slice(start)).title.length > 0) return start;
  }
  return -1;
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
