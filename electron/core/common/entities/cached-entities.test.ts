import { describe, expect, it } from 'vitest';
import { compactEntities, expandEntities } from './cached-entities.ts';
import type { Entity } from './types.ts';

const TEXT = 'Ada Lovelace met Charles Babbage. Lovelace wrote notes on Friday.';
const entities: Entity[] = [
  {
    id: 'person:ada lovelace',
    type: 'person',
    name: 'Ada Lovelace',
    aliases: ['Lovelace'],
    mentions: [
      { start: 0, end: 12, text: 'Ada Lovelace' },
      { start: 34, end: 42, text: 'Lovelace' },
    ],
  },
  {
    id: 'date:friday',
    type: 'date',
    name: 'Friday',
    aliases: [],
    normalized: '2015-03-06',
    mentions: [{ start: 58, end: 64, text: 'Friday' }],
  },
];

describe('cached entities', () => {
  it('keep offsets only, and come back whole against the same text', () => {
    const compact = compactEntities(entities);
    expect(compact[0]!.mentions).toEqual([
      [0, 12],
      [34, 42],
    ]);
    expect(JSON.stringify(compact)).not.toContain('"text"');
    expect(expandEntities(TEXT, compact)).toEqual(entities);
  });

  it('are refused against a text they cannot belong to', () => {
    expect(expandEntities(TEXT.slice(0, 40), compactEntities(entities))).toBeNull();
  });
});
