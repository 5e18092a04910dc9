/**
 * Extracted entities as they are kept beside a document's text: mentions as
 * `[start, end)` pairs, without the mention text, which the document's text
 * gives back. A third of the size on disk and over the wire.
 */
import type { CachedEntity } from '../../../shared/api-contract.ts';
import type { Entity } from './types.ts';

export function compactEntities(entities: readonly Entity[]): CachedEntity[] {
  return entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    ...(e.normalized !== undefined ? { normalized: e.normalized } : {}),
    mentions: e.mentions.map((m): [number, number] => [m.start, m.end]),
  }));
}

/** The entities again, their mentions' text taken from `text`; null when a mention lies past its end (another text). */
export function expandEntities(text: string, cached: readonly CachedEntity[]): Entity[] | null {
  const entities: Entity[] = [];
  for (const c of cached) {
    if (c.mentions.some(([, end]) => end > text.length)) return null;
    entities.push({
      id: c.id,
      type: c.type,
      name: c.name,
      aliases: c.aliases,
      ...(c.normalized !== undefined ? { normalized: c.normalized } : {}),
      mentions: c.mentions.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
    });
  }
  return entities;
}
