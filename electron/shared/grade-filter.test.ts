import { describe, expect, it } from 'vitest';
import { GRADE_FILTER_PATTERN, passesGradeFilter } from './grade-filter.ts';

const b2 = { reliability: 'B', credibility: 2 };
const c2 = { reliability: 'C', credibility: 2 };

describe('passesGradeFilter', () => {
  it('lets everything through without a filter', () => {
    expect(passesGradeFilter(undefined, undefined)).toBe(true);
    expect(passesGradeFilter(b2, '')).toBe(true);
  });
  it('tells graded from ungraded', () => {
    expect(passesGradeFilter(b2, 'graded')).toBe(true);
    expect(passesGradeFilter(undefined, 'graded')).toBe(false);
    expect(passesGradeFilter(undefined, 'ungraded')).toBe(true);
    expect(passesGradeFilter(b2, 'ungraded')).toBe(false);
  });
  it('matches a source letter on the letter alone, and a whole grade exactly', () => {
    expect(passesGradeFilter(b2, 'B')).toBe(true);
    expect(passesGradeFilter(c2, 'B')).toBe(false);
    expect(passesGradeFilter(b2, 'B2')).toBe(true);
    expect(passesGradeFilter(b2, 'B3')).toBe(false);
    expect(passesGradeFilter(undefined, 'B')).toBe(false);
  });
  it('accepts only the filters it knows', () => {
    for (const ok of ['graded', 'ungraded', 'A', 'F6', 'C3']) expect(GRADE_FILTER_PATTERN.test(ok)).toBe(true);
    for (const bad of ['G', 'A7', 'b2', 'B22', '']) expect(GRADE_FILTER_PATTERN.test(bad)).toBe(false);
  });
});
