import { describe, expect, it } from 'vitest';
import { isAnnotationFile, sizeProblem } from './file-data.ts';

describe('sizeProblem', () => {
  it('refuses documents over 20 MB and annotation files over 200 MB, by name', () => {
    expect(sizeProblem({ name: 'a.txt', size: 20 * 1024 * 1024 }, 'document', 'electron')).toBeNull();
    expect(sizeProblem({ name: 'big.txt', size: 50 * 1024 * 1024 }, 'document', 'electron')).toBe(
      '“big.txt” is 50 MB; Marginalia imports documents up to 20 MB. Nothing was imported.',
    );
    expect(sizeProblem({ name: 'n.json', size: 50 * 1024 * 1024 }, 'annotations', 'electron')).toBeNull();
    expect(sizeProblem({ name: 'n.json', size: 201 * 1024 * 1024 }, 'annotations', 'electron')).toMatch(/up to 200 MB/);
  });

  it('in the browser, refuses what would not fit in one request, and says the desktop app takes it', () => {
    expect(sizeProblem({ name: 'a.txt', size: 20 * 1024 * 1024 }, 'document', 'browser')).toBeNull();
    expect(sizeProblem({ name: 'n.json', size: 40 * 1024 * 1024 }, 'annotations', 'browser')).toBeNull();
    expect(sizeProblem({ name: 'n.json', size: 50 * 1024 * 1024 }, 'annotations', 'browser')).toBe(
      '“n.json” is 50 MB; in the browser, Marginalia imports annotation files up to 47 MB (the desktop app takes up to 200 MB). Nothing was imported.',
    );
  });
});

describe('isAnnotationFile', () => {
  it('takes JSON files as annotations', () => {
    expect(isAnnotationFile('notes.JSON')).toBe(true);
    expect(isAnnotationFile('page.html')).toBe(false);
  });
});
