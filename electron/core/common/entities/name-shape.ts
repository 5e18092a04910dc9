/**
 * Does a name look like a person's? Mixed case, no ordinary English word
 * or head word among its words ("Harbor Insight" is not), and not
 * beginning with a place ("Oslo Dynamics"). Weak evidence on its own;
 * it decides whether a speech verb speaks for a person and what an
 * otherwise unknown name is.
 */
import { lookupCountry } from './countries.ts';
import { ORG_HEADS, PLACE_HEADS, isCommonWord } from './lexicon.ts';
import { lookupPlace } from './place-names.ts';

/** @param words - lowercase words of the name; `text` its surface form */
export function isPersonShaped(words: readonly string[], text: string): boolean {
  if (!/\p{Ll}/u.test(text) || words.length === 0 || words.length > 4) return false;
  if (!words.every((w) => !isCommonWord(w) && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w))) return false;
  const first = words[0]!;
  return words.length === 1 || (lookupPlace(first) === undefined && lookupCountry(first) === undefined);
}
