import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import { groupEntities, mentionDecorations } from './entity-list.ts';

function entity(id: string, type: Entity['type'], name: string, starts: number[], aliases: string[] = []): Entity {
  return { id, type, name, aliases, mentions: starts.map((s) => ({ start: s, end: s + 3, text: name })) };
}

const ENTITIES = [
  entity('p:b', 'person', 'Bea Holm', [10, 50]),
  entity('p:a', 'person', 'Al Dunn', [30, 60, 90], ['Dunn']),
  entity('o:x', 'organization', 'Xylo Works', [5]),
  entity('d:1', 'date', 'Monday', [70]),
];

describe('groupEntities', () => {
  it('groups by type and sorts by mentions, name or first appearance', () => {
    expect(groupEntities(ENTITIES, '', 'count').person.map((e) => e.name)).toEqual(['Al Dunn', 'Bea Holm']);
    expect(groupEntities(ENTITIES, '', 'name').person.map((e) => e.name)).toEqual(['Al Dunn', 'Bea Holm']);
    expect(groupEntities(ENTITIES, '', 'first').person.map((e) => e.name)).toEqual(['Bea Holm', 'Al Dunn']);
    const groups = groupEntities(ENTITIES, '', 'count');
    expect([groups.organization.length, groups.place.length, groups.date.length]).toEqual([1, 0, 1]);
  });

  it('filters on names and aliases, ignoring case', () => {
    expect(groupEntities(ENTITIES, 'dunn', 'count').person.map((e) => e.id)).toEqual(['p:a']);
    expect(groupEntities(ENTITIES, 'XYLO', 'count').organization).toHaveLength(1);
    expect(groupEntities(ENTITIES, 'nothing', 'count').person).toEqual([]);
  });
});

describe('mentionDecorations', () => {
  it('paints nothing by default', () => {
    expect(mentionDecorations(ENTITIES, { tintAll: false, hoveredId: null, current: null })).toEqual([]);
  });

  it('paints every mention by type when tinting all, with unique ids', () => {
    const all = mentionDecorations(ENTITIES, { tintAll: true, hoveredId: null, current: null });
    expect(all).toHaveLength(7);
    expect(new Set(all.map((d) => d.id)).size).toBe(7);
    expect(all.find((d) => d.ref === 'o:x')).toMatchObject({
      kind: 'mention',
      className: 'ent ent-organization',
      start: 5,
      end: 8,
    });
  });

  it('tints the hovered entity and marks the current mention', () => {
    const hovered = mentionDecorations(ENTITIES, {
      tintAll: false,
      hoveredId: 'p:a',
      current: { entityId: 'p:b', index: 1 },
    });
    expect(hovered.map((d) => [d.start, d.className])).toEqual([
      [50, 'ent ent-person ent-current'],
      [30, 'ent ent-person ent-hover'],
      [60, 'ent ent-person ent-hover'],
      [90, 'ent ent-person ent-hover'],
    ]);
  });
});
