import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchLibrary, snippetAround } from './search.ts';
import { testLibrary, type TestLibrary } from './test-library.ts';

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

describe('searchLibrary', () => {
  it('finds documents by title or text, every term required, case-insensitively', async () => {
    const bridge = await t.library.addDocument({
      text: `Bridge vote\n\n${'Filler words about the town. '.repeat(10)}The Council approved the ÉCOLE budget on Tuesday.\n`,
      origin: { kind: 'file', fileName: 'bridge.txt' },
    });
    const [sample] = t.library.listDocuments();

    expect(await searchLibrary(t.library, 'bridge')).toEqual([
      { documentId: bridge.id, matchedIn: 'title', snippet: expect.stringMatching(/^Bridge vote/) },
    ]);
    const [hit] = await searchLibrary(t.library, 'école budget');
    expect(hit).toMatchObject({ documentId: bridge.id, matchedIn: 'text' });
    expect(hit!.snippet).toContain('ÉCOLE budget');
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(await searchLibrary(t.library, 'paragraph')).toEqual([expect.objectContaining({ documentId: sample!.id })]);
    expect(await searchLibrary(t.library, 'budget paragraph')).toEqual([]);
    expect(await searchLibrary(t.library, '   ')).toEqual([]);
    expect(await searchLibrary(t.library, 'a.b(c')).toEqual([]);
  });
});

describe('snippetAround', () => {
  it('cuts at word boundaries and marks the cuts', () => {
    const text = `${'word '.repeat(40)}MATCH${' tail'.repeat(40)}`;
    const at = text.indexOf('MATCH');
    const snippet = snippetAround(text, at, at + 5);
    expect(snippet).toMatch(/^…word .* MATCH tail .*tail…$/);
    expect(snippet.length).toBeLessThan(140);
  });
});
