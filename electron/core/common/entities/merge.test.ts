import { describe, expect, it } from 'vitest';
import { isShortFormOf } from './merge.ts';

describe('isShortFormOf', () => {
  it('accepts surnames, first names and names without a middle part', () => {
    expect(isShortFormOf(['obama'], ['barack', 'obama'])).toBe(true);
    expect(isShortFormOf(['bashir'], ['omar', 'hassan', 'al-bashir'])).toBe(true);
    expect(isShortFormOf(['bin', 'laden'], ['osama', 'bin', 'laden'])).toBe(true);
    expect(isShortFormOf(['donald', 'trump'], ['donald', 'j', 'trump'])).toBe(true);
    expect(isShortFormOf(['te', 'kaurinui'], ['te', 'kaurinui', 'robert', 'parata'])).toBe(true);
  });

  it('rejects middle names alone, reordered words and equal lengths', () => {
    expect(isShortFormOf(['hassan'], ['omar', 'hassan', 'al-bashir'])).toBe(false);
    expect(isShortFormOf(['trump', 'donald'], ['donald', 'j', 'trump'])).toBe(false);
    expect(isShortFormOf(['barack', 'obama'], ['barack', 'obama'])).toBe(false);
  });
});
