import { describe, expect, it } from 'vitest';
import { gradeLabel, gradeMeaning, parseGrade } from './grade.ts';

describe('grades', () => {
  it('reads what the reader types, in either case, and refuses what is off the scale', () => {
    expect(parseGrade('b2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(parseGrade(' F 6 ')).toEqual({ reliability: 'F', credibility: 6 });
    expect(parseGrade('G1')).toBeNull();
    expect(parseGrade('A7')).toBeNull();
    expect(parseGrade('2B')).toBeNull();
  });

  it('writes a grade as a label and in words', () => {
    const grade = { reliability: 'B' as const, credibility: 2 };
    expect(gradeLabel(grade)).toBe('B2');
    expect(gradeMeaning(grade)).toBe('Source usually reliable; information probably true');
  });
});
