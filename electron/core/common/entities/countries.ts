/**
 * Country names, short forms, codes, demonyms and capitals from the
 * maintained `world-countries` dataset, indexed by a normalised key so that
 * "GB", "UK", "United Kingdom", "Great Britain" and "Britons" all resolve to
 * one country. Capitals resolve to themselves: they are places, not aliases.
 */
import countries from 'world-countries';
import type { CountryFields } from './country-fields.ts';
import { lexicon } from './nlp.ts';

export type CountryFormKind = 'name' | 'code' | 'demonym' | 'capital';

export interface CountryForm {
  /** ISO 3166-1 alpha-3 code of the country (for capitals: of its country). */
  cca3: string;
  /** The country's common English name. */
  country: string;
  kind: CountryFormKind;
  /**
   * A code that is also an English word ("US" = "us", "IT" = "it"): it names
   * the country only where compromise tags it as a place or the document
   * otherwise refers to that country.
   */
  ambiguous?: boolean;
}

/** Lowercase, no dots, curly quotes folded: "U.S." and "us" share a key. */
export function countryKey(surface: string): string {
  return surface.toLowerCase().replace(/\./g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Two-letter codes that spell an English word or abbreviation ("IN", "IS",
 * "TO", "MR") are usually that word, so they are not taken as countries.
 * Codes compromise knows as places ("UK") are kept; pronouns ("US", "IT")
 * are kept as ambiguous, since capitals rule out the pronoun but not an acronym.
 */
function isWordCode(code: string): boolean {
  const tags = lexiconTags(code);
  return tags.length > 0 && !tags.some((t) => /Pronoun|Country|Place|Region/.test(t));
}

function isPronounCode(code: string): boolean {
  return lexiconTags(code).includes('Pronoun');
}

function lexiconTags(code: string): string[] {
  const tag = lexicon[code.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/**
 * Indexes every country's names, codes, demonyms and capitals. Territories
 * share demonyms and codes with their sovereign states ("American" is also
 * the Northern Mariana Islands'): UN members go first, then larger countries,
 * so a shared form names the country a reader means.
 */
export function buildCountryIndex(data: readonly CountryFields[]): Map<string, CountryForm> {
  const ranked = [...data].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  const index = new Map<string, CountryForm>();
  // Earlier kinds win: a country's own name beats another's capital or code.
  const add = (surface: string, form: CountryForm): void => {
    const key = countryKey(surface);
    if (key.length < 2 || index.has(key)) return;
    index.set(key, form);
  };
  for (const c of ranked) {
    const base = { cca3: c.cca3, country: c.name.common };
    add(c.name.common, { ...base, kind: 'name' });
    add(c.name.official, { ...base, kind: 'name' });
  }
  for (const c of ranked) {
    const base = { cca3: c.cca3, country: c.name.common };
    for (const alt of c.altSpellings) {
      // Short alternative spellings are codes ("UK", "USA"); skip non-Latin transliterations.
      if (!/^[\p{L} .'-]+$/u.test(alt)) continue;
      const isCode = /^[A-Z]{2,3}$/.test(alt);
      if (isCode && alt.length === 2 && isWordCode(alt)) continue;
      add(alt, { ...base, kind: isCode ? 'code' : 'name', ambiguous: isCode && isPronounCode(alt) });
    }
    if (!isWordCode(c.cca2)) add(c.cca2, { ...base, kind: 'code', ambiguous: isPronounCode(c.cca2) });
    // Three-letter codes collide with acronyms ("CRI", "ARE"): they need confirming too.
    add(c.cca3, { ...base, kind: 'code', ambiguous: true });
  }
  for (const c of ranked) {
    const base = { cca3: c.cca3, country: c.name.common };
    const eng = c.demonyms['eng'];
    if (eng) {
      add(eng.m, { ...base, kind: 'demonym' });
      add(eng.f, { ...base, kind: 'demonym' });
    }
  }
  for (const c of ranked) {
    for (const cap of c.capital) add(cap, { cca3: c.cca3, country: c.name.common, kind: 'capital' });
  }
  return index;
}

const index = buildCountryIndex(countries);

/**
 * Resolves a surface form to a country form. Codes count only when written
 * in capitals; plural demonyms ("Norwegians") resolve like the singular.
 */
export function lookupCountry(surface: string): CountryForm | undefined {
  const key = countryKey(surface);
  const form = index.get(key);
  if (form) {
    if (form.kind === 'code' && surface.replace(/\./g, '') !== surface.replace(/\./g, '').toUpperCase())
      return undefined;
    // "U.S.": the dots rule out both the pronoun and an acronym.
    if (form.ambiguous && surface.includes('.')) return { ...form, ambiguous: false };
    return form;
  }
  // "Norwegians" like "Norwegian"; "Afghani" like "Afghan" (a common variant of a demonym).
  if (key.endsWith('s') || key.endsWith('i')) {
    const stem = index.get(key.slice(0, -1));
    if (stem?.kind === 'demonym') return stem;
  }
  // "Dutchman", "Frenchwomen": a person of that country, like "Norwegian".
  const person = /^(\p{L}{3,}?)(?:man|woman|men|women)$/u.exec(surface)?.[1];
  if (person) {
    const stem = index.get(countryKey(person));
    if (stem?.kind === 'demonym') return stem;
  }
  return undefined;
}
