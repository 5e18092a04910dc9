import { describe, expect, it } from 'vitest';
import type { Entity } from '../entities/types.ts';
import { appearsWith, buildEntityIndex, type DocumentEntities } from './entity-index.ts';

let n = 0;
function entity(type: Entity['type'], name: string, aliases: string[] = [], mentions = 1): Entity {
  return {
    id: `${type}:${name.toLowerCase()}#${++n}`,
    type,
    name,
    aliases,
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })),
  };
}

const doc = (id: string, created: string, entities: Entity[]): DocumentEntities => ({
  documentId: id,
  title: `Document ${id}`,
  created,
  entities,
});

describe('buildEntityIndex', () => {
  it('matches one entity across documents by name and by longer aliases, newest document first', () => {
    const index = buildEntityIndex([
      doc('a', '2024-01-01', [
        entity('person', 'Jane Okafor', ['Okafor'], 3),
        entity('organization', 'Nordic Council'),
      ]),
      doc('b', '2024-02-01', [entity('person', 'Jane Okafor', [], 2)]),
      doc('c', '2024-03-01', [entity('organization', 'NC', [], 1), entity('organization', 'Nordic Council', ['NC'])]),
    ]);
    const okafor = index.find((e) => e.name === 'Jane Okafor')!;
    expect(okafor.documents.map((d) => d.documentId)).toEqual(['b', 'a']);
    expect(okafor.mentions).toBe(5);
    const council = index.filter((e) => e.type === 'organization');
    expect(council).toHaveLength(1);
    expect(council[0]!.documents.map((d) => d.documentId)).toEqual(['c', 'a']);
    expect(index[0]!.name).toBe('Jane Okafor'); // most documents, then most mentions
  });

  it('joins a lone surname to the one person with that surname, and keeps it apart when two could be meant', () => {
    const one = buildEntityIndex([
      doc('a', '2024-01-01', [entity('person', 'Jane Okafor')]),
      doc('b', '2024-02-01', [entity('person', 'Okafor')]),
    ]);
    expect(one.filter((e) => e.type === 'person')).toHaveLength(1);
    const two = buildEntityIndex([
      doc('a', '2024-01-01', [entity('person', 'Jane Okafor')]),
      doc('b', '2024-02-01', [entity('person', 'Sam Okafor')]),
      doc('c', '2024-03-01', [entity('person', 'Okafor')]),
    ]);
    expect(two.filter((e) => e.type === 'person')).toHaveLength(3);
  });

  it('follows the reader’s corrections: a retyped or renamed entity matches as corrected', () => {
    const index = buildEntityIndex([
      doc('a', '2024-01-01', [entity('organization', 'Quorvia')]),
      doc('b', '2024-02-01', [entity('organization', 'Quorvia Holdings', ['Quorvia'])]),
    ]);
    expect(index).toHaveLength(1);
    expect(index[0]!.name).toBe('Quorvia Holdings');
  });

  it('leaves dates out', () => {
    expect(buildEntityIndex([doc('a', '2024-01-01', [entity('date', 'Friday')])])).toEqual([]);
  });
});

describe('appearsWith', () => {
  it('lists the entities sharing the most documents', () => {
    const index = buildEntityIndex([
      doc('a', '2024-01-01', [entity('person', 'Jane Okafor'), entity('place', 'Oslo'), entity('place', 'Lima')]),
      doc('b', '2024-02-01', [entity('person', 'Jane Okafor'), entity('place', 'Oslo')]),
      doc('c', '2024-03-01', [entity('place', 'Lima')]),
    ]);
    const key = index.find((e) => e.name === 'Jane Okafor')!.key;
    expect(appearsWith(index, key)).toEqual([
      { key: 'place:oslo', name: 'Oslo', type: 'place', shared: 2 },
      { key: 'place:lima', name: 'Lima', type: 'place', shared: 1 },
    ]);
  });
});
