/**
 * One index of people, organisations and places across the library: each
 * entity once, matched across documents by its normalised name and its
 * longer aliases (full names, acronyms), a lone surname joined to the one
 * person of the library it can belong to, with the documents it appears in
 * and the entities it appears with most. Pure: the caller gives each
 * document's entity list with the reader's corrections applied.
 */
import type { Entity, EntityType } from '../entities/types.ts';
import { isAcronym, nameKey } from '../entities/normalize.ts';
import { UnionFind } from '../entities/union-find.ts';

export interface DocumentEntities {
  documentId: string;
  title: string;
  /** When the document was added (ISO 8601): the index lists documents newest first. */
  created: string;
  entities: readonly Entity[];
}

export interface IndexedDocument {
  documentId: string;
  title: string;
  created: string;
  /** The entity's id in that document's own list, to open it at its first mention. */
  entityId: string;
  mentions: number;
}

export interface IndexedEntity {
  /** Stable while the library's names do not change: type + ':' + the normalised name. */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  documents: IndexedDocument[];
  mentions: number;
}

export interface CoMention {
  key: string;
  name: string;
  type: EntityType;
  /** Documents the two appear in together. */
  shared: number;
}

/** Dates are the article's own calendar, not a thing to follow across the library. */
const INDEXED: readonly EntityType[] = ['person', 'organization', 'place'];

export function buildEntityIndex(documents: readonly DocumentEntities[]): IndexedEntity[] {
  const nodes: { doc: DocumentEntities; entity: Entity; id: string }[] = [];
  for (const doc of documents) {
    for (const entity of doc.entities) {
      if (INDEXED.includes(entity.type)) nodes.push({ doc, entity, id: `${doc.documentId}\u0000${entity.id}` });
    }
  }
  const uf = new UnionFind();
  const owner = new Map<string, string>();
  const link = (node: string, key: string) => {
    uf.add(node);
    const seen = owner.get(key);
    if (seen) uf.union(seen, node);
    else owner.set(key, node);
  };
  for (const n of nodes) {
    uf.add(n.id);
    for (const form of [n.entity.name, ...n.entity.aliases]) {
      if (linksAcrossDocuments(n.entity, form)) link(n.id, `${n.entity.type}:${nameKey(form)}`);
    }
  }
  // A person named only by a surname joins the one person of the library with that surname.
  const bySurname = new Map<string, Set<string>>();
  for (const n of nodes) {
    const words = n.entity.name.split(/\s+/);
    if (n.entity.type !== 'person' || words.length < 2) continue;
    const surname = nameKey(words.at(-1)!);
    const people = bySurname.get(surname) ?? new Set<string>();
    people.add(uf.find(n.id));
    bySurname.set(surname, people);
  }
  for (const n of nodes) {
    if (n.entity.type !== 'person' || /\s/.test(n.entity.name)) continue;
    const people = bySurname.get(nameKey(n.entity.name));
    if (people && new Set([...people].map((p) => uf.find(p))).size === 1) uf.union([...people][0]!, n.id);
  }

  const groups = new Map<string, typeof nodes>();
  for (const n of nodes) {
    const root = uf.find(n.id);
    groups.set(root, [...(groups.get(root) ?? []), n]);
  }
  const index: IndexedEntity[] = [];
  for (const members of groups.values()) {
    const type = majorityType(members.map((m) => m.entity));
    const name = fullestName(members.map((m) => m.entity));
    const documents = new Map<string, IndexedDocument>();
    for (const { doc, entity } of members) {
      const seen = documents.get(doc.documentId);
      if (seen) seen.mentions += entity.mentions.length;
      else {
        documents.set(doc.documentId, {
          documentId: doc.documentId,
          title: doc.title,
          created: doc.created,
          entityId: entity.id,
          mentions: entity.mentions.length,
        });
      }
    }
    const aliases = new Set(members.flatMap((m) => [m.entity.name, ...m.entity.aliases]));
    aliases.delete(name);
    index.push({
      key: `${type}:${nameKey(name)}`,
      type,
      name,
      aliases: [...aliases].sort(),
      documents: [...documents.values()].sort((a, b) => b.created.localeCompare(a.created)),
      mentions: members.reduce((sum, m) => sum + m.entity.mentions.length, 0),
    });
  }
  return index.sort(
    (a, b) => b.documents.length - a.documents.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
}

/**
 * Which forms may match across documents: full names, acronyms, and any name
 * of an organisation or a place ("Yale" for "Yale University"); a lone
 * person's surname or first name could be anyone's and joins only through
 * the surname rule.
 */
function linksAcrossDocuments(entity: Entity, form: string): boolean {
  return /\s/.test(form.trim()) || isAcronym(form) || entity.type !== 'person';
}

function majorityType(entities: readonly Entity[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const e of entities) votes.set(e.type, (votes.get(e.type) ?? 0) + e.mentions.length);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The name with the most words, then the most used. */
function fullestName(entities: readonly Entity[]): string {
  const score = (e: Entity) => (isAcronym(e.name) ? 0 : 1e6) + e.name.split(/\s+/).length * 1e4 + e.mentions.length;
  return [...entities].sort((a, b) => score(b) - score(a))[0]!.name;
}

/** The entities that share the most documents with `key`, most first. */
export function appearsWith(index: readonly IndexedEntity[], key: string, limit = 5): CoMention[] {
  const entity = index.find((e) => e.key === key);
  if (!entity) return [];
  const mine = new Set(entity.documents.map((d) => d.documentId));
  return index
    .filter((e) => e.key !== key)
    .map((e) => ({
      key: e.key,
      name: e.name,
      type: e.type,
      shared: e.documents.filter((d) => mine.has(d.documentId)).length,
    }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name))
    .slice(0, limit);
}
