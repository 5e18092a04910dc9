/**
 * What changed between an annotation's old quote and the passage it now
 * marks, word by word, for the new-version report (jsdiff's word diff).
 */
import { diffWordsWithSpace } from 'diff';

export interface QuotePart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export function quoteDiff(before: string, after: string): QuotePart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
