import { describe, expect, it } from 'vitest';
import type { Entity } from '../entities/types.ts';
import { buildEntityIndex, type DocumentEntities } from './entity-index.ts';
import { coMentionEdges, entityIndexCsv, entityIndexGraphml, entityIndexJson } from './index-export.ts';

const entity = (type: Entity['type'], name: string, mentions = 1): Entity => ({
  id: `${type}:${name.toLowerCase()}`,
  type,
  name,
  aliases: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 20, end: i * 20 + name.length, text: name })),
});
const doc = (id: string, title: string, entities: Entity[]): DocumentEntities => ({
  documentId: id,
  title,
  created: `2024-01-0${id.length}T00:00:00Z`,
  entities,
});

const index = buildEntityIndex([
  doc('a', 'Port deal, "signed"', [
    entity('person', 'Jane Okafor', 2),
    entity('place', 'Oslo'),
    entity('organization', '=HYPERLINK Ltd'),
  ]),
  doc('bb', 'Council <minutes> & more', [entity('person', 'Jane Okafor'), entity('place', 'Oslo')]),
]);

describe('entity index export', () => {
  it('CSV: one row per entity with its type, documents and mentions; formulas and quotes made safe', () => {
    const lines = entityIndexCsv(index).split('\r\n');
    expect(lines[0]).toBe('entity,type,documents,mentions,aliases,document_titles');
    expect(lines).toContain('Jane Okafor,person,2,3,,"Council <minutes> & more; Port deal, ""signed"""');
    expect(lines.some((l) => l.startsWith("'=HYPERLINK Ltd,organization,1,1"))).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('co-mention edges weigh the documents two entities share', () => {
    const names = (i: number) => index[i]!.name;
    const edges = coMentionEdges(index).map((e) => [names(e.source), names(e.target), e.weight].join(' / '));
    expect(edges).toEqual(
      expect.arrayContaining([
        'Jane Okafor / Oslo / 2',
        'Jane Okafor / =HYPERLINK Ltd / 1',
        'Oslo / =HYPERLINK Ltd / 1',
      ]),
    );
    expect(edges).toHaveLength(3);
  });

  it('GraphML: well-formed, escaped, one node per entity and one edge per pair', () => {
    const graphml = entityIndexGraphml(index);
    expect(graphml).toContain('<graph id="entities" edgedefault="undirected">');
    expect(graphml.match(/<node /g)).toHaveLength(3);
    expect(graphml.match(/<edge /g)).toHaveLength(3);
    expect(graphml).toMatch(/<edge id="e0" source="n\d" target="n\d"><data key="weight">2<\/data><\/edge>/);
    expect(graphml).not.toMatch(/<minutes>/);
    // Every element opened is closed (a rough well-formedness check without an XML parser).
    const opened = graphml.match(/<(graphml|key|graph|node|data|edge)\b[^>]*?(?<!\/)>/g)!.length;
    const closed = graphml.match(/<\/(graphml|key|graph|node|data|edge)>/g)!.length;
    expect(opened).toBe(closed);
  });

  it('JSON: nodes keyed by the entity key, edges between those keys', () => {
    const graph = JSON.parse(entityIndexJson(index));
    expect(graph.nodes).toHaveLength(3);
    const okafor = graph.nodes.find((n: { label: string }) => n.label === 'Jane Okafor');
    expect(okafor).toMatchObject({ id: 'person:jane okafor', type: 'person', documents: 2, mentions: 3 });
    expect(graph.edges).toContainEqual({ source: 'person:jane okafor', target: 'place:oslo', weight: 2 });
  });
});
