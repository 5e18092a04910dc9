/**
 * Keys for comparing surface forms: case, dots, quotes, possessives and
 * spacing do not make two names different ("U.S." = "US", "Merkel’s" = "Merkel").
 */

const QUOTES = /["“”‘’'`«»]/g;

export function nameKey(surface: string): string {
  return surface
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
