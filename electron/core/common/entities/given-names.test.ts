import { describe, expect, it } from 'vitest';
import { genderOfGivenName, isGivenName } from './given-names.ts';

describe('given names', () => {
  it('knows common given names, in any case', () => {
    expect(isGivenName('Maria')).toBe(true);
    expect(isGivenName('harbour')).toBe(false);
  });

  it('reads a gender from the name lists, and from compromise where the lists disagree or are silent', () => {
    expect(genderOfGivenName('Maria')).toBe('female');
    expect(genderOfGivenName('john')).toBe('male');
    // On both stdlib lists; compromise's lexicon calls it a male name.
    expect(genderOfGivenName('Donald')).toBe('male');
    expect(genderOfGivenName('Brenvik')).toBeUndefined();
  });
});
