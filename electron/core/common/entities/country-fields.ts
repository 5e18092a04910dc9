/**
 * The part of each `world-countries` entry that countries.ts reads. The
 * renderer's build keeps only this (see vite.config.ts), so the entity worker
 * does not carry the dataset's translations, currencies and borders (about
 * 500 KB); a test checks that the index built from it equals the one built
 * from the whole dataset.
 */
import type { Country } from 'world-countries';

export type CountryFields = Pick<Country, 'cca2' | 'cca3' | 'altSpellings' | 'capital' | 'unMember' | 'area'> & {
  name: Pick<Country['name'], 'common' | 'official'>;
  demonyms: Partial<Pick<Country['demonyms'], 'eng'>>;
};

export function countryFields(c: Country): CountryFields {
  return {
    name: { common: c.name.common, official: c.name.official },
    cca2: c.cca2,
    cca3: c.cca3,
    altSpellings: c.altSpellings,
    capital: c.capital,
    demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : {},
    unMember: c.unMember,
    area: c.area,
  };
}
