import { describe, expect, it } from 'vitest';
import type { EntityCorrection, EntityCorrectionInput } from '../../../shared/api-contract.ts';
import type { Entity } from '../entities/index.ts';
import { applyCorrections, correctionsInOrder, entityKey, findOccurrences, refOf } from './apply-corrections.ts';

const TEXT =
  'Anna Berg met Carl Lind in Oslo. Berg said the Oslo Forum would meet in Bergen. ' +
  'Lind disagreed. The Harbour Board of Oslo said nothing. Berg left Bergen on Friday.';

/** An extractor-shaped entity whose mentions are the given surface forms, found in order. */
function entity(type: Entity['type'], name: string, surfaces: string[], aliases: string[] = []): Entity {
  let from = 0;
  const mentions = surfaces.map((s) => {
    const start = TEXT.indexOf(s, from);
    if (start < 0) throw new Error(`not in text: ${s}`);
    from = start + s.length;
    return { start, end: start + s.length, text: s };
  });
  return { id: entityKey(type, name), type, name, aliases, mentions };
}

const EXTRACTED: Entity[] = [
  entity('person', 'Anna Berg', ['Anna Berg', 'Berg', 'Berg'], ['Berg']),
  entity('organization', 'Carl Lind', ['Carl Lind', 'Lind'], ['Lind']),
  entity('place', 'Oslo', ['Oslo', 'Oslo', 'Oslo']),
  entity('place', 'Bergen', ['Bergen', 'Bergen']),
];

const names = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`);
const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe('findOccurrences', () => {
  it('finds whole words only, case-sensitively', () => {
    const found = findOccurrences(TEXT, 'Berg');
    expect(found).toHaveLength(3); // not the two in "Bergen"
    for (const { start, end } of found) expect(TEXT.slice(start, end + 1)).toMatch(/^Berg[^\p{L}]$/u);
    expect(findOccurrences(TEXT, 'berg')).toEqual([]);
  });
});

describe('applyCorrections', () => {
  it('returns the extraction unchanged (ids by type and name) without corrections, and never mutates its input', () => {
    const before = structuredClone(EXTRACTED);
    const result = applyCorrections(TEXT, EXTRACTED, []);
    expect(names(result)).toEqual(['person:Anna Berg:3', 'organization:Carl Lind:2', 'place:Oslo:3', 'place:Bergen:2']);
    expect(result.map((e) => e.id)).toEqual([
      'person:anna berg',
      'organization:carl lind',
      'place:oslo',
      'place:bergen',
    ]);
    expect(EXTRACTED).toEqual(before);
  });

  it('add: every whole-word occurrence becomes a mention of a new entity', () => {
    const result = applyCorrections(TEXT, EXTRACTED, [{ kind: 'add', type: 'date', text: 'Friday' }]);
    const friday = byName(result, 'Friday')!;
    expect(friday.type).toBe('date');
    expect(friday.mentions).toEqual([
      { start: TEXT.indexOf('Friday'), end: TEXT.indexOf('Friday') + 6, text: 'Friday' },
    ]);
    expect(friday.id).toBe('date:friday');
  });

  it('add: a longer name takes over the mentions inside it; a shorter one never splits a longer mention', () => {
    const board = applyCorrections(TEXT, EXTRACTED, [
      { kind: 'add', type: 'organization', text: 'Harbour Board of Oslo' },
    ]);
    expect(byName(board, 'Harbour Board of Oslo')!.mentions).toHaveLength(1);
    expect(byName(board, 'Oslo')!.mentions).toHaveLength(2);

    const anna = applyCorrections(TEXT, EXTRACTED, [{ kind: 'add', type: 'place', text: 'Anna' }]);
    expect(byName(anna, 'Anna')).toBeUndefined(); // only occurrence is inside "Anna Berg"
    expect(names(anna)).toEqual(names(applyCorrections(TEXT, EXTRACTED, [])));
  });

  it('add of a surface another entity owns moves those mentions and drops the emptied entity', () => {
    const result = applyCorrections(TEXT, EXTRACTED, [{ kind: 'add', type: 'organization', text: 'Bergen' }]);
    expect(byName(result, 'Bergen')!.type).toBe('organization');
    expect(result.filter((e) => e.name === 'Bergen')).toHaveLength(1);
  });

  it('alias: the surface joins the entity as alias and mentions', () => {
    const ref = refOf(EXTRACTED[2]!);
    const result = applyCorrections(TEXT, EXTRACTED, [{ kind: 'alias', entity: ref, text: 'Oslo Forum' }]);
    const oslo = byName(result, 'Oslo')!;
    expect(oslo.aliases).toEqual(['Oslo Forum']);
    expect(oslo.mentions.map((m) => m.text)).toEqual(['Oslo', 'Oslo Forum', 'Oslo']);
  });

  it('rename keeps the old name as an alias, and folds into a same-named entity', () => {
    const renamed = applyCorrections(TEXT, EXTRACTED, [
      { kind: 'rename', entity: refOf(EXTRACTED[3]!), name: 'Bergen City' },
    ]);
    expect(byName(renamed, 'Bergen City')).toMatchObject({ id: 'place:bergen city', aliases: ['Bergen'] });

    const folded = applyCorrections(TEXT, EXTRACTED, [{ kind: 'rename', entity: refOf(EXTRACTED[3]!), name: 'Oslo' }]);
    expect(folded.filter((e) => e.type === 'place')).toHaveLength(1);
    expect(byName(folded, 'Oslo')!.mentions).toHaveLength(5);
  });

  it('retype moves the entity to another type', () => {
    const result = applyCorrections(TEXT, EXTRACTED, [
      { kind: 'retype', entity: refOf(EXTRACTED[1]!), type: 'person' },
    ]);
    expect(byName(result, 'Carl Lind')).toMatchObject({ type: 'person', id: 'person:carl lind' });
  });

  it('merge moves mentions and names into the other entity', () => {
    const result = applyCorrections(TEXT, EXTRACTED, [
      { kind: 'merge', entity: refOf(EXTRACTED[3]!), into: refOf(EXTRACTED[2]!) },
    ]);
    expect(byName(result, 'Bergen')).toBeUndefined();
    const oslo = byName(result, 'Oslo')!;
    expect(oslo.aliases).toEqual(['Bergen']);
    expect(oslo.mentions.map((m) => m.text)).toEqual(['Oslo', 'Oslo', 'Bergen', 'Oslo', 'Bergen']);
  });

  it('remove drops the entity', () => {
    const result = applyCorrections(TEXT, EXTRACTED, [{ kind: 'remove', entity: refOf(EXTRACTED[1]!) }]);
    expect(byName(result, 'Carl Lind')).toBeUndefined();
  });

  it('applies in order: a later correction refers to the entity as the earlier ones left it', () => {
    const corrections: EntityCorrectionInput[] = [
      { kind: 'rename', entity: refOf(EXTRACTED[1]!), name: 'Karl Lind' },
      {
        kind: 'retype',
        entity: { type: 'organization', name: 'Karl Lind', aliases: ['Carl Lind', 'Lind'] },
        type: 'person',
      },
    ];
    expect(byName(applyCorrections(TEXT, EXTRACTED, corrections), 'Karl Lind')!.type).toBe('person');
  });

  it('still applies after re-extraction names or types the entity differently', () => {
    const correction: EntityCorrectionInput = { kind: 'retype', entity: refOf(EXTRACTED[1]!), type: 'person' };
    // A later extractor only knows the surname.
    const surnameOnly = [entity('organization', 'Lind', ['Lind', 'Lind'])];
    expect(applyCorrections(TEXT, surnameOnly, [correction])[0]).toMatchObject({ type: 'person', name: 'Lind' });
    // Or it calls it a place.
    const asPlace = [entity('place', 'Carl Lind', ['Carl Lind'])];
    expect(applyCorrections(TEXT, asPlace, [correction])[0]!.type).toBe('person');
    // Or it found the full name as the alias of a longer one.
    const longer = [entity('organization', 'Carl Lind AB', ['Carl Lind', 'Lind'], ['Carl Lind'])];
    expect(applyCorrections(TEXT, longer, [correction])[0]!.type).toBe('person');
  });

  it('ignores a correction whose entity is gone', () => {
    const stale: EntityCorrectionInput = {
      kind: 'remove',
      entity: { type: 'person', name: 'Nobody Here', aliases: [] },
    };
    expect(names(applyCorrections(TEXT, EXTRACTED, [stale]))).toEqual(names(EXTRACTED));
  });
});

describe('correctionsInOrder', () => {
  const stored = (id: string, created: string, correction: EntityCorrectionInput, library = false): EntityCorrection =>
    ({
      ...correction,
      id,
      documentId: '6f1c1f4e-1d5b-4b7a-9f57-0e8f3c1f2a10',
      created,
      ...(library ? { scope: 'library' } : {}),
    }) as EntityCorrection;

  it("merges the document's corrections with the library's by when they were made: the later one wins", () => {
    const lind = refOf(EXTRACTED[1]!);
    const own = [stored('a', '2024-01-01T00:00:00Z', { kind: 'retype', entity: lind, type: 'place' })];
    const library = [stored('b', '2024-02-01T00:00:00Z', { kind: 'retype', entity: lind, type: 'person' }, true)];
    const ordered = correctionsInOrder(own, library);
    expect(ordered.map((c) => c.id)).toEqual(['a', 'b']);
    expect(byName(applyCorrections(TEXT, EXTRACTED, ordered), 'Carl Lind')!.type).toBe('person');
    const reversed = correctionsInOrder([{ ...own[0]!, created: '2024-03-01T00:00:00Z' }], library);
    expect(byName(applyCorrections(TEXT, EXTRACTED, reversed), 'Carl Lind')!.type).toBe('place');
  });

  it('a library-wide correction whose entity this document lacks does nothing here', () => {
    const library = [
      stored(
        'c',
        '2024-02-01T00:00:00Z',
        { kind: 'retype', entity: { type: 'person', name: 'Zora Ek', aliases: [] }, type: 'organization' },
        true,
      ),
    ];
    expect(names(applyCorrections(TEXT, EXTRACTED, correctionsInOrder([], library)))).toEqual(
      names(applyCorrections(TEXT, EXTRACTED, [])),
    );
  });
});
