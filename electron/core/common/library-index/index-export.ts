/**
 * The library's entity index as files other tools open: a CSV table (one row
 * per entity: spreadsheets), and the co-mention network — entities joined
 * by the documents they share — as GraphML (Gephi, Cytoscape, yEd, NetworkX)
 * or as JSON nodes and edges (D3, Sigma, a script). Pure.
 */
import { csvField } from '../export/notes-export.ts';
import type { IndexedEntity } from './entity-index.ts';

export const INDEX_CSV_COLUMNS = ['entity', 'type', 'documents', 'mentions', 'aliases', 'document_titles'] as const;

/** RFC 4180, CRLF line ends; a cell that would run as a formula is kept as text. */
export function entityIndexCsv(index: readonly IndexedEntity[]): string {
  const rows: string[][] = [[...INDEX_CSV_COLUMNS]];
  for (const e of index) {
    rows.push([
      e.name,
      e.type,
      String(e.documents.length),
      String(e.mentions),
      e.aliases.join('; '),
      e.documents.map((d) => d.title).join('; '),
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface CoMentionEdge {
  /** Indexes into the entity list. */
  source: number;
  target: number;
  /** How many documents name both. */
  weight: number;
}

/** Every pair of entities named in at least one document together, with how many. */
export function coMentionEdges(index: readonly IndexedEntity[]): CoMentionEdge[] {
  const byDocument = new Map<string, number[]>();
  index.forEach((entity, i) => {
    for (const { documentId } of entity.documents) {
      const list = byDocument.get(documentId);
      if (list) list.push(i);
      else byDocument.set(documentId, [i]);
    }
  });
  const weights = new Map<number, number>();
  const n = index.length;
  for (const members of byDocument.values()) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const [low, high] = members[a]! < members[b]! ? [members[a]!, members[b]!] : [members[b]!, members[a]!];
        const pair = low * n + high;
        weights.set(pair, (weights.get(pair) ?? 0) + 1);
      }
    }
  }
  return [...weights.entries()]
    .map(([pair, weight]) => ({ source: Math.floor(pair / n), target: pair % n, weight }))
    .sort((x, y) => y.weight - x.weight || x.source - y.source || x.target - y.target);
}

/** The network as GraphML: an undirected graph, node ids `n0`, `n1`… (keys hold spaces, which ids may not). */
export function entityIndexGraphml(index: readonly IndexedEntity[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="key" for="node" attr.name="key" attr.type="string"/>',
    '  <key id="documents" for="node" attr.name="documents" attr.type="int"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="entities" edgedefault="undirected">',
  ];
  index.forEach((e, i) => {
    lines.push(
      `    <node id="n${i}"><data key="label">${xml(e.name)}</data><data key="type">${e.type}</data>` +
        `<data key="key">${xml(e.key)}</data><data key="documents">${e.documents.length}</data>` +
        `<data key="mentions">${e.mentions}</data></node>`,
    );
  });
  coMentionEdges(index).forEach((edge, i) => {
    lines.push(
      `    <edge id="e${i}" source="n${edge.source}" target="n${edge.target}"><data key="weight">${edge.weight}</data></edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** The network as `{ nodes, edges }`: node `id` is the entity's key, an edge's `weight` the documents shared. */
export function entityIndexJson(index: readonly IndexedEntity[]): string {
  const graph = {
    directed: false,
    nodes: index.map((e) => ({
      id: e.key,
      label: e.name,
      type: e.type,
      aliases: e.aliases,
      documents: e.documents.length,
      mentions: e.mentions,
    })),
    edges: coMentionEdges(index).map((edge) => ({
      source: index[edge.source]!.key,
      target: index[edge.target]!.key,
      weight: edge.weight,
    })),
  };
  return `${JSON.stringify(graph, null, 2)}\n`;
}

/** Text and attribute values: the five XML escapes, and characters XML 1.0 cannot hold dropped. */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
