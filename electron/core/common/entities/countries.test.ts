import { describe, expect, it } from 'vitest';
import countries from 'world-countries';
import { buildCountryIndex, lookupCountry } from './countries.ts';
import { countryFields } from './country-fields.ts';

describe('countryFields', () => {
  it('keeps everything the index needs: the same index from the trimmed dataset as from the whole', () => {
    const trimmed = countries.map(countryFields);
    expect(JSON.stringify(trimmed).length).toBeLessThan(JSON.stringify(countries).length / 3);
    expect(buildCountryIndex(trimmed)).toEqual(buildCountryIndex(countries));
  });
});

describe('lookupCountry', () => {
  it('resolves names, official names, dotted codes and demonyms to one country', () => {
    for (const s of ['United States', 'United States of America', 'U.S.', 'USA', 'Americans', 'American']) {
      expect(lookupCountry(s)?.cca3, s).toBe('USA');
    }
    expect(lookupCountry('UK')?.cca3).toBe('GBR');
    expect(lookupCountry('Tunisians')).toMatchObject({ cca3: 'TUN', kind: 'demonym' });
  });

  it('knows capitals as places of their own', () => {
    expect(lookupCountry('Nairobi')).toMatchObject({ cca3: 'KEN', kind: 'capital' });
  });

  it('does not read English words or lowercase text as codes', () => {
    expect(lookupCountry('IN')).toBeUndefined();
    expect(lookupCountry('IS')).toBeUndefined();
    expect(lookupCountry('us')).toBeUndefined();
  });

  it('marks codes that are also words or acronyms as needing confirmation', () => {
    expect(lookupCountry('US')?.ambiguous).toBe(true);
    expect(lookupCountry('U.S.')?.ambiguous).toBe(false);
    expect(lookupCountry('CRI')?.ambiguous).toBe(true);
  });
});
