/** Shortens a quote for a list, cutting at a word boundary. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

// Made on first use: creating an Intl formatter loads locale data, which
// costs tens of milliseconds at start-up, before the article shows.
let timeFormat: Intl.DateTimeFormat | undefined;

export function formatTime(iso: string): string {
  timeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return timeFormat.format(new Date(iso));
}
