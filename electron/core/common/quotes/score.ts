/**
 * Scores found quotations against a hand-checked list: a found quotation
 * matches a listed one when they overlap by at least half the longer of the
 * two (each listed one matches once); its speaker is right when the found
 * speaker's name or aliases include the listed speaker's name or one of its
 * aliases in the entity gold (honorifics aside), or both are null. Spans and speakers get
 * precision, recall and F1; a speaker counts only on a matched span.
 */
import type { Entity } from '../entities/types.ts';
import { normalizeSurface, prf, type Counts, type GoldFile } from '../entities/score.ts';
import type { Quote } from './types.ts';

export interface GoldQuote {
  quote: string;
  speaker: string | null;
}

export interface GoldQuotes {
  document: string;
  quotes: GoldQuote[];
}

export interface QuoteCounts {
  spans: Counts;
  speakers: Counts;
}

/** Where each listed quotation is in the text, in order (a repeated one takes its next occurrence). */
export function locateGold(text: string, gold: GoldQuotes): { start: number; end: number; speaker: string | null }[] {
  const from = new Map<string, number>();
  return gold.quotes.map((q) => {
    const start = text.indexOf(q.quote, from.get(q.quote) ?? 0);
    if (start < 0) throw new Error(`gold quote not in text: ${q.quote.slice(0, 60)}`);
    from.set(q.quote, start + 1);
    return { start, end: start + q.quote.length, speaker: q.speaker };
  });
}

export function scoreQuotes(
  text: string,
  found: readonly Quote[],
  entities: readonly Entity[],
  gold: GoldQuotes,
  goldEntities: GoldFile,
): QuoteCounts {
  const listed = locateGold(text, gold).map((g) => ({ ...g, matched: false }));
  const formsOf = (name: string | null): Set<string> => {
    if (name === null) return new Set();
    const e = goldEntities.entities.find((x) => x.name === name);
    return new Set([name, ...(e?.aliases ?? [])].map(speakerForm));
  };
  const spans: Counts = { tp: 0, fp: 0, fn: 0 };
  const speakers: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const q of found) {
    const hit = listed.find((g) => !g.matched && overlap(g, q) * 2 >= Math.max(g.end - g.start, q.end - q.start));
    if (!hit) {
      spans.fp++;
      speakers.fp++;
      continue;
    }
    hit.matched = true;
    spans.tp++;
    const entity = q.speaker ? entities.find((e) => e.id === q.speaker!.entityId) : undefined;
    const said = entity ? [entity.name, ...entity.aliases].map(speakerForm) : [];
    const right = hit.speaker === null ? q.speaker === null : said.some((f) => formsOf(hit.speaker).has(f));
    if (right) speakers.tp++;
    else speakers.fp++;
  }
  for (const g of listed) {
    if (!g.matched) spans.fn++;
  }
  speakers.fn = listed.length - speakers.tp;
  return { spans, speakers };
}

/**
 * A speaker's name as compared: normalised, without the honorific the gold may keep and the entity list strips
 * ("Sir Jane Doe" is "Jane Doe", "Lord Okafor" is "Okafor").
 */
function speakerForm(name: string): string {
  return normalizeSurface(name).replace(HONORIFICS, '');
}

const HONORIFICS =
  /^(?:(?:sir|dame|lord|lady|baroness|mr|mrs|ms|miss|mx|dr|prof|professor|president|col|gen|sen|rep|gov|rev)\s+)+(?=\S)/;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export { prf };
