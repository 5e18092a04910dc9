import { describe, expect, it } from 'vitest';
import { exportFileName, titleSlug } from './export-file-name.ts';

describe('exportFileName', () => {
  it('names a document export after its title, and a library export "library"', () => {
    expect(exportFileName('Council votes on the budget')).toBe('council-votes-on-the-budget.annotations.json');
    expect(exportFileName(null)).toBe('library.annotations.json');
    expect(exportFileName('“…” — ?')).toBe('document.annotations.json');
  });

  it('cuts a long title at a word boundary, never inside a word', () => {
    const title = 'Regional ministers meet in the capital to discuss water-sharing agreements after months of drought';
    const slug = titleSlug(title);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('regional-ministers-meet-in-the-capital-to-discuss-water');
    expect(
      title
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .startsWith(`${slug}-`),
    ).toBe(true); // whole words, then a cut
  });

  it('keeps a title that fits the limit exactly', () => {
    const title = `${'a'.repeat(29)} ${'b'.repeat(30)}`; // 60 characters with the hyphen
    expect(titleSlug(title)).toBe(`${'a'.repeat(29)}-${'b'.repeat(30)}`);
  });

  it('keeps accented and non-Latin letters whole, and drops characters file systems reserve', () => {
    expect(titleSlug('Résumé: l’été à Zürich')).toBe('résumé-l-été-à-zürich');
    expect(titleSlug('Résumé'.normalize('NFD'))).toBe('résumé'); // decomposed input, same name
    expect(titleSlug('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(titleSlug('Москва и Пекин')).toBe('москва-и-пекин');
  });

  it('cuts one over-long word between words of its language, or between characters', () => {
    const japanese =
      '東京都知事選挙の結果について専門家が分析した長い記事の見出しはこのように続いていくことがあります東京都知事選挙の結果';
    const cut = titleSlug(japanese, 20);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(japanese.startsWith(cut)).toBe(true);

    const astral = '𐌰'.repeat(40); // Gothic letters, each a surrogate pair: never split one
    expect(titleSlug(astral, 15)).toBe('𐌰'.repeat(7));
  });
});
