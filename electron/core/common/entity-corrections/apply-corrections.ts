/**
 * Applies the reader's entity corrections to what the extractor found.
 *
 * Extraction is re-run every time a document opens, and a better extractor may
 * name or type things differently next time, so corrections never point at an
 * extraction's ids. They name entities by type + normalised name, with their
 * other surface forms as a fallback (see `findEntity`), and name new mentions
 * by their surface text, which is looked up in the document on every run.
 * Corrections apply in the order they were made, each to the result of the
 * ones before it; one whose entity is gone does nothing.
 *
 * Pure and DOM-free: it runs in the renderer after the extraction worker.
 */
import type { EntityCorrection, EntityCorrectionInput, EntityKind, EntityRef } from '../../../shared/api-contract.ts';
import type { Entity, Mention } from '../entities/index.ts';
import { lowerBound } from '../../../shared/binary-search.ts';

/** Longest mention looked back over when checking overlaps; longer mentions are not expected. */
const MAX_MENTION_LENGTH = 1_000;

/** Compares names the way a reader does: case, dots, quotes, possessives and spacing aside. */
export function entityNameKey(name: string): string {
  return name
    .replace(/['’]s$/i, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/["“”‘’'`«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The stable key corrections use: type + ':' + normalised name. */
export function entityKey(type: EntityKind, name: string): string {
  return `${type}:${entityNameKey(name)}`;
}

/**
 * The corrections that apply to one document — its own and the library's
 * ("Always treat 'X' as an organisation") — in the order they were made,
 * which is the order they apply in: a later one, of either scope, wins.
 */
export function correctionsInOrder(
  own: readonly EntityCorrection[],
  library: readonly EntityCorrection[],
): EntityCorrection[] {
  if (library.length === 0) return [...own];
  return [...own, ...library].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
}

/** How a correction refers to `entity`. */
export function refOf(entity: Pick<Entity, 'type' | 'name' | 'aliases'>): EntityRef {
  return { type: entity.type, name: entity.name, aliases: entity.aliases.slice(0, 100) };
}

interface Working {
  type: EntityKind;
  name: string;
  aliases: string[];
  mentions: Mention[];
  normalized?: string;
}

/**
 * @param text - the document text the mentions' offsets refer to.
 * @param extracted - the extractor's entities; not modified.
 * @param corrections - oldest first.
 * @returns the curated entities, in order of first appearance, each with an id
 *   `entityKey(type, name)` (suffixed `#2`, `#3`… if two share one).
 */
export function applyCorrections(
  text: string,
  extracted: readonly Entity[],
  corrections: readonly EntityCorrectionInput[],
): Entity[] {
  const entities: Working[] = extracted.map((e) => ({
    type: e.type,
    name: e.name,
    aliases: [...e.aliases],
    mentions: e.mentions.map((m) => ({ ...m })),
    ...(e.normalized !== undefined ? { normalized: e.normalized } : {}),
  }));
  for (const correction of corrections) applyOne(text, entities, correction);
  return finish(text, entities);
}

function applyOne(text: string, entities: Working[], correction: EntityCorrectionInput): void {
  switch (correction.kind) {
    case 'add': {
      // The reader chose the type: only an entity of that type is the same one.
      const existing = findEntity(
        entities,
        { type: correction.type, name: correction.text, aliases: [] },
        { sameTypeOnly: true },
      );
      const target = existing ?? { type: correction.type, name: correction.text, aliases: [], mentions: [] };
      claim(text, entities, target, correction.text);
      if (!existing && target.mentions.length > 0) entities.push(target);
      return;
    }
    case 'alias': {
      const target = findEntity(entities, correction.entity);
      if (!target) return;
      claim(text, entities, target, correction.text);
      addAliases(target, [correction.text]);
      return;
    }
    case 'rename': {
      const target = findEntity(entities, correction.entity);
      if (!target || target.name === correction.name) return;
      const old = target.name;
      target.name = correction.name;
      addAliases(target, [old]);
      coalesce(entities, target);
      return;
    }
    case 'retype': {
      const target = findEntity(entities, correction.entity);
      if (!target || target.type === correction.type) return;
      target.type = correction.type;
      if (correction.type !== 'date') delete target.normalized;
      coalesce(entities, target);
      return;
    }
    case 'merge': {
      const from = findEntity(entities, correction.entity);
      const into = findEntity(entities, correction.into);
      if (from && into && from !== into) absorb(entities, into, from);
      return;
    }
    case 'remove': {
      const target = findEntity(entities, correction.entity);
      if (target) entities.splice(entities.indexOf(target), 1);
      return;
    }
    case 'speaker':
      return; // changes a quotation, not an entity: quotes/speaker-corrections.ts
  }
}

/**
 * The entity a reference means, tried from the most to the least certain:
 * same type and name; same type and the name is one of its aliases; same type
 * and any shared surface form; then the same name under another type (the
 * extractor changed its mind about the type).
 */
export function findEntity<E extends Pick<Entity, 'type' | 'name' | 'aliases'>>(
  entities: readonly E[],
  ref: EntityRef,
  { sameTypeOnly = false } = {},
): E | undefined {
  const key = entityNameKey(ref.name);
  const refKeys = new Set([key, ...ref.aliases.map(entityNameKey)]);
  const sameType = entities.filter((e) => e.type === ref.type);
  return (
    sameType.find((e) => entityNameKey(e.name) === key) ??
    sameType.find((e) => e.aliases.some((a) => entityNameKey(a) === key)) ??
    sameType.find((e) => [e.name, ...e.aliases].some((n) => refKeys.has(entityNameKey(n)))) ??
    (sameTypeOnly ? undefined : entities.find((e) => entityNameKey(e.name) === key))
  );
}

/** Whole-word, case-sensitive occurrences of `surface` in `text`. */
export function findOccurrences(text: string, surface: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!surface) return found;
  const word = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const end = at + surface.length;
    if (at > 0 && word.test(text[at - 1]!) && word.test(surface[0]!)) continue;
    if (end < text.length && word.test(text[end]!) && word.test(surface[surface.length - 1]!)) continue;
    found.push({ start: at, end });
  }
  return found;
}

/**
 * Makes every occurrence of `surface` a mention of `target`. An occurrence
 * takes over the mentions it covers (the reader's reading wins); one that lies
 * inside a longer mention, or crosses one, is left alone, so marking "Lake" does
 * not break up an existing "Lake Geneva".
 */
function claim(text: string, entities: Working[], target: Working, surface: string): void {
  const all = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const starts = all.map((r) => r.mention.start);
  const taken = new Set<Mention>();
  const added: Mention[] = [];
  for (const occurrence of findOccurrences(text, surface)) {
    const overlapping = [];
    for (
      let i = lowerBound(starts, occurrence.end) - 1;
      i >= 0 && starts[i]! > occurrence.start - MAX_MENTION_LENGTH;
      i--
    ) {
      const record = all[i]!;
      if (record.mention.end > occurrence.start) overlapping.push(record);
    }
    if (
      overlapping.some(
        ({ entity, mention: m }) => entity === target && m.start === occurrence.start && m.end === occurrence.end,
      )
    )
      continue;
    if (overlapping.some(({ mention: m }) => m.start < occurrence.start || m.end > occurrence.end)) continue;
    for (const { mention } of overlapping) taken.add(mention);
    added.push({ ...occurrence, text: text.slice(occurrence.start, occurrence.end) });
  }
  if (taken.size > 0) {
    for (const entity of entities) {
      const before = entity.mentions.length;
      entity.mentions = entity.mentions.filter((m) => !taken.has(m));
      if (entity.mentions.length !== before) pruneAliases(entity);
    }
    target.mentions = target.mentions.filter((m) => !taken.has(m));
  }
  target.mentions.push(...added);
  target.mentions.sort((a, b) => a.start - b.start);
  for (let i = entities.length - 1; i >= 0; i--) {
    if (entities[i] !== target && entities[i]!.mentions.length === 0) entities.splice(i, 1);
  }
}

/** Another entity of the same type and name is the same thing: fold it into `entity`. */
function coalesce(entities: Working[], entity: Working): void {
  const key = entityNameKey(entity.name);
  const twin = entities.find((e) => e !== entity && e.type === entity.type && entityNameKey(e.name) === key);
  if (twin) absorb(entities, entity, twin);
}

function absorb(entities: Working[], into: Working, from: Working): void {
  const seen = new Set(into.mentions.map((m) => `${m.start}:${m.end}`));
  into.mentions.push(...from.mentions.filter((m) => !seen.has(`${m.start}:${m.end}`)));
  into.mentions.sort((a, b) => a.start - b.start);
  addAliases(into, [from.name, ...from.aliases]);
  if (into.normalized === undefined && from.normalized !== undefined && into.type === 'date')
    into.normalized = from.normalized;
  entities.splice(entities.indexOf(from), 1);
}

function addAliases(entity: Working, names: readonly string[]): void {
  const keys = new Set([entityNameKey(entity.name)]);
  const aliases: string[] = [];
  for (const alias of [...entity.aliases, ...names]) {
    const key = entityNameKey(alias);
    if (keys.has(key)) continue;
    keys.add(key);
    aliases.push(alias);
  }
  entity.aliases = aliases;
}

/** After losing mentions, an entity keeps only the aliases it is still mentioned by. */
function pruneAliases(entity: Working): void {
  const used = new Set(entity.mentions.map((m) => entityNameKey(m.text)));
  entity.aliases = entity.aliases.filter((a) => used.has(entityNameKey(a)));
}

function finish(text: string, entities: Working[]): Entity[] {
  const result = entities
    .filter((e) => e.mentions.length > 0)
    .map((e): Entity => {
      addAliases(e, []);
      return {
        id: entityKey(e.type, e.name),
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
        ...(e.normalized !== undefined ? { normalized: e.normalized } : {}),
      };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const seen = new Map<string, number>();
  for (const entity of result) {
    const n = (seen.get(entity.id) ?? 0) + 1;
    seen.set(entity.id, n);
    if (n > 1) entity.id = `${entity.id}#${n}`;
  }
  return result;
}
