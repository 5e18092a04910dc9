/**
 * A page's title without the name of the site or the author that pages add
 * to it for search engines and browser tabs ("Story | The Paper",
 * "Story - Jane Doe").
 */

/** " | ", " - ", " – ", " — ", " · ", " :: ", " » ": how titles set off a suffix. */
const SUFFIX = /\s+(?:[|\-–—·»]|::)\s+(?!.*\s(?:[|\-–—·»]|::)\s)(.+)$/;

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * `title` without trailing parts that name the site or the byline. A part
 * that names neither is the title's own ("Brexit - what happens next") and stays.
 */
export function cleanTitle(title: string, known: { site: string | null; byline: string | null }): string {
  const names = [known.site, known.byline]
    .filter((n): n is string => !!n)
    .map(normalized)
    .filter(Boolean);
  let current = title.trim();
  for (;;) {
    const match = SUFFIX.exec(current);
    if (!match) return current;
    const suffix = normalized(match[1]!);
    const namesIt = names.some(
      (name) => name === suffix || name.startsWith(`${suffix} `) || suffix.startsWith(`${name} `),
    );
    const rest = current.slice(0, match.index).trim();
    if (!namesIt || rest === '') return current;
    current = rest;
  }
}
