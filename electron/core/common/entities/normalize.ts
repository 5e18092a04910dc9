/**
 * Keys for comparing surface forms: case, dots, quotes, possessives and
 * spacing do not make two names different ("U.S." = "US", "Merkel’s" = "Merkel").
 */

const QUOTES = /["“”‘’'`«»]/g;

/** Soft hyphens and zero-width characters: invisible, so never a difference between two names. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function nameKey(surface: string): string {
  return surface
    .replace(INVISIBLE, '')
    .replace(/['’]s$/i, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(QUOTES, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "NATO", "U.S.", "TTP": two to six capitals, dots allowed. */
export function isAcronym(surface: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(surface) || /^\p{Lu}{2,5}s$/u.test(surface);
}
