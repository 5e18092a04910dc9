import { describe, expect, it } from 'vitest';
import { isAnnotationFile, sizeProblem } from './file-data.ts';

describe('sizeProblem', () => {
  it('refuses documents over 20 MB and annotation files over 200 MB, by name', () => {
    expect(sizeProblem({ name: 'a.txt', size: 20 * 1024 * 1024 }, 'document')).toBeNull();
    expect(sizeProblem({ name: 'big.txt', size: 50 * 1024 * 1024 }, 'document')).toBe(
      '“big.txt” is 50 MB; Marginalia imports documents up to 20 MB. Nothing was imported.',
    );
    expect(sizeProblem({ name: 'n.json', size: 50 * 1024 * 1024 }, 'annotations')).toBeNull();
    expect(sizeProblem({ name: 'n.json', size: 201 * 1024 * 1024 }, 'annotations')).toMatch(/up to 200 MB/);
  });
});

describe('isAnnotationFile', () => {
  it('takes JSON files as annotations', () => {
    expect(isAnnotationFile('notes.JSON')).toBe(true);
    expect(isAnnotationFile('page.html')).toBe(false);
  });
});
