/** One entity per distinct calendar reference ("Wednesday" and "Wednesday's" are one). */
import type { Entity, Mention } from './types.ts';
import type { DateMention } from './dates.ts';

export function mergeDates(dates: DateMention[]): Entity[] {
  const byKey = new Map<string, DateMention[]>();
  for (const d of dates) {
    const list = byKey.get(d.key);
    if (list) list.push(d);
    else byKey.set(d.key, [d]);
  }
  const out: Entity[] = [];
  for (const [key, list] of byKey) {
    const mentions: Mention[] = list
      .map((d) => ({ start: d.start, end: d.end, text: d.text }))
      .sort((a, b) => a.start - b.start);
    const name = mentions[0]!.text;
    const normalized = list.find((d) => d.normalized !== undefined)?.normalized;
    const entity: Entity = {
      id: `date:${key}`,
      type: 'date',
      name,
      aliases: [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name),
      mentions,
    };
    if (normalized !== undefined) entity.normalized = normalized;
    out.push(entity);
  }
  return out;
}
