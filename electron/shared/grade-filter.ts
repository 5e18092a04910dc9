/**
 * Which annotations a grade filter lets through, the same in the panel of one
 * document and in the search over the library. A filter is 'graded',
 * 'ungraded', a source letter ("B": any B grade) or a whole grade ("B2").
 */

/** 'graded', 'ungraded', a reliability letter A–F, or a letter and a credibility 1–6. */
export const GRADE_FILTER_PATTERN = /^(?:graded|ungraded|[A-F][1-6]?)$/;

export interface GradeLike {
  reliability: string;
  credibility: number;
}

/** True when `grade` (undefined: ungraded) passes `filter`; an empty filter passes everything. */
export function passesGradeFilter(grade: GradeLike | undefined, filter: string | undefined): boolean {
  if (!filter) return true;
  if (filter === 'graded') return grade !== undefined;
  if (filter === 'ungraded') return grade === undefined;
  if (!grade) return false;
  const label = `${grade.reliability}${grade.credibility}`;
  return filter.length === 1 ? grade.reliability === filter : label === filter;
}
