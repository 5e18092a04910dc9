import type { Grade } from '../../../electron/shared/api-contract.ts';

/** "B2": source reliability A–F, then information credibility 1–6 (the NATO/Admiralty scale). */
export function gradeLabel(grade: Grade): string {
  return `${grade.reliability}${grade.credibility}`;
}

/** What each half of a grade means, for tooltips and the help sheet. */
export const RELIABILITY: Record<Grade['reliability'], string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};
export const CREDIBILITY: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** "b2", " B 2 " → {B, 2}; anything else → null. */
export function parseGrade(typed: string): Grade | null {
  const m = /^\s*([a-f])\s*([1-6])\s*$/i.exec(typed);
  return m ? { reliability: m[1]!.toUpperCase() as Grade['reliability'], credibility: Number(m[2]) } : null;
}

/** "Source usually reliable; information probably true". */
export function gradeMeaning(grade: Grade): string {
  return `Source ${RELIABILITY[grade.reliability]}; information ${CREDIBILITY[grade.credibility]}`;
}
