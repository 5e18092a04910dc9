/** Lowercase, accents and other marks removed: "Māori" and "maori" are one word. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
