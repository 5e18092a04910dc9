/**
 * The entity panel's pure parts: grouping, filtering and sorting the curated
 * list, and turning it into `mention` decorations for the article.
 */
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import type { EntityKind } from '../../../electron/shared/api-contract.ts';
import type { Decoration } from './article-dom.ts';

export const TYPE_LABELS: Record<EntityKind, { section: string; one: string }> = {
  person: { section: 'People', one: 'Person' },
  organization: { section: 'Organizations', one: 'Organization' },
  place: { section: 'Places', one: 'Place' },
  date: { section: 'Dates', one: 'Date' },
};

export type EntitySort = 'count' | 'name' | 'first';

export const SORT_LABELS: Record<EntitySort, string> = {
  count: 'Most mentioned',
  name: 'Name',
  first: 'First appearance',
};

// Made on first use, like the time format in text.ts: Intl objects are slow to create.
let collator: Intl.Collator | undefined;
function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

const COMPARE: Record<EntitySort, (a: Entity, b: Entity) => number> = {
  count: (a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name),
  name: (a, b) => compareNames(a.name, b.name),
  first: (a, b) => a.mentions[0]!.start - b.mentions[0]!.start,
};

/** Entities by type, those matching `query` (name or any alias, case-insensitive), sorted. */
export function groupEntities(
  entities: readonly Entity[],
  query: string,
  sort: EntitySort,
): Record<EntityKind, Entity[]> {
  const needle = query.trim().toLocaleLowerCase();
  const groups: Record<EntityKind, Entity[]> = { person: [], organization: [], place: [], date: [] };
  for (const entity of entities) {
    if (needle && ![entity.name, ...entity.aliases].some((n) => n.toLocaleLowerCase().includes(needle))) continue;
    groups[entity.type].push(entity);
  }
  for (const list of Object.values(groups)) list.sort(COMPARE[sort]);
  return groups;
}

export interface MentionView {
  /** Paint every mention, coloured by type. */
  tintAll: boolean;
  /** The entity under the pointer or keyboard focus in the panel: its mentions are tinted. */
  hoveredId: string | null;
  /** The mention the reader cycled to. */
  current: { entityId: string; index: number } | null;
}

/**
 * Mention decorations: every mention when tinting all, otherwise only those of
 * the hovered and the current entity. Each mention's id is unique
 * (`m:<entity>:<index>`); `ref` is the entity id, rendered as `data-entities`.
 */
export function mentionDecorations(entities: readonly Entity[], view: MentionView): Decoration[] {
  const decorations: Decoration[] = [];
  for (const entity of entities) {
    const hovered = entity.id === view.hoveredId;
    const currentIndex = view.current?.entityId === entity.id ? view.current.index : -1;
    if (!view.tintAll && !hovered && currentIndex < 0) continue;
    const base = `ent ent-${entity.type}${hovered ? ' ent-hover' : ''}`;
    entity.mentions.forEach((mention, index) => {
      if (!view.tintAll && !hovered && index !== currentIndex) return;
      decorations.push({
        id: `m:${entity.id}:${index}`,
        ref: entity.id,
        kind: 'mention',
        start: mention.start,
        end: mention.end,
        className: index === currentIndex ? `${base} ent-current` : base,
      });
    });
  }
  return decorations;
}
