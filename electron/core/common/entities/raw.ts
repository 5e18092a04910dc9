/**
 * Baseline for the eval and the bench: compromise's own people(),
 * organizations(), places() and dates() with no post-processing, one entity
 * per distinct surface string. Uses the same chunking as the pipeline so
 * the two are timed on equal terms.
 */
import type { Entity, EntityType, Mention } from './types.ts';
import { parse, type NlpDoc, type NlpMatchJson } from './nlp.ts';
import { splitIntoChunks } from './chunks.ts';

const METHODS: [EntityType, (d: NlpDoc) => NlpMatchJson[]][] = [
  ['person', (d) => d.people().json({ offset: true, terms: false })],
  ['organization', (d) => d.organizations().json({ offset: true, terms: false })],
  ['place', (d) => d.places().json({ offset: true, terms: false })],
  ['date', (d) => d.dates().json({ offset: true, terms: false })],
];

export function extractRawCompromise(text: string): Entity[] {
  const byId = new Map<string, Entity>();
  for (const chunk of splitIntoChunks(text)) {
    const doc = parse(chunk.text);
    for (const [type, get] of METHODS) {
      for (const m of get(doc)) {
        const start = chunk.start + m.offset.start;
        const mention: Mention = {
          start,
          end: start + m.offset.length,
          text: text.slice(start, start + m.offset.length),
        };
        const id = `${type}:${mention.text}`;
        const entity = byId.get(id);
        if (entity) entity.mentions.push(mention);
        else byId.set(id, { id, type, name: mention.text, aliases: [], mentions: [mention] });
      }
    }
  }
  const entities = [...byId.values()];
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
