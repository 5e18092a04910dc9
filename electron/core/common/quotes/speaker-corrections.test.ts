import { describe, expect, it } from 'vitest';
import type { EntityCorrectionInput } from '../../../shared/api-contract.ts';
import { applyCorrections, refOf } from '../entity-corrections/apply-corrections.ts';
import { extractEntities } from '../entities/index.ts';
import { applySpeakerCorrections, extractQuotes, quoteRefOf } from './index.ts';

const text =
  'Jane Okafor chairs the Kestrava Transport Ministry. Tomas Reyes runs the port.\n\n' +
  '“We will rebuild,” Okafor said.\n\n' +
  '“We will rebuild,” Reyes said.\n\n' +
  '“It will take years,” she said.';
const entities = extractEntities(text);
const found = extractQuotes(text, entities);
const entity = (name: string) => entities.find((e) => e.name === name)!;
const said = (quotes: ReturnType<typeof extractQuotes>) =>
  quotes.map((q) => [q.text, q.speaker?.name ?? null, q.basis] as const);

describe('speaker corrections', () => {
  it('start from what the finder attributed', () => {
    expect(said(found)).toEqual([
      ['We will rebuild,', 'Jane Okafor', 'named'],
      ['We will rebuild,', 'Tomas Reyes', 'named'],
      ['It will take years,', 'Jane Okafor', 'inferred'],
    ]);
  });

  it("give a quotation the reader's speaker, marked as the reader's, and leave the others", () => {
    const correction: EntityCorrectionInput = {
      kind: 'speaker',
      ...quoteRefOf(found, found[2]!),
      speaker: refOf(entity('Kestrava Transport Ministry')),
    };
    expect(said(applySpeakerCorrections(found, entities, [correction]))).toEqual([
      ['We will rebuild,', 'Jane Okafor', 'named'],
      ['We will rebuild,', 'Tomas Reyes', 'named'],
      ['It will take years,', 'Kestrava Transport Ministry', 'reader'],
    ]);
    expect(found[2]!.speaker?.name).toBe('Jane Okafor');
  });

  it('tell two quotations of the same words apart by their occurrence', () => {
    const second = quoteRefOf(found, found[1]!);
    expect(second).toEqual({ quote: 'We will rebuild,', occurrence: 1 });
    const corrected = applySpeakerCorrections(found, entities, [{ kind: 'speaker', ...second, speaker: null }]);
    expect(said(corrected).slice(0, 2)).toEqual([
      ['We will rebuild,', 'Jane Okafor', 'named'],
      ['We will rebuild,', null, 'reader'],
    ]);
  });

  it('apply in order, the latest winning, and skip a quotation or speaker that is gone', () => {
    const ref = quoteRefOf(found, found[0]!);
    const corrections: EntityCorrectionInput[] = [
      { kind: 'speaker', ...ref, speaker: refOf(entity('Tomas Reyes')) },
      { kind: 'speaker', ...ref, speaker: refOf(entity('Kestrava Transport Ministry')) },
      { kind: 'speaker', ...ref, speaker: { type: 'person', name: 'Ada Holm', aliases: [] } },
      { kind: 'speaker', quote: 'Words nobody quoted', occurrence: 0, speaker: null },
      { kind: 'speaker', ...ref, occurrence: 2, speaker: null },
    ];
    expect(said(applySpeakerCorrections(found, entities, corrections))[0]).toEqual([
      'We will rebuild,',
      'Kestrava Transport Ministry',
      'reader',
    ]);
  });

  it("follow the speaker through the reader's rename", () => {
    const renamed = applyCorrections(text, entities, [
      { kind: 'rename', entity: refOf(entity('Tomas Reyes')), name: 'Tomas Reyes Holm' },
    ]);
    const corrected = applySpeakerCorrections(extractQuotes(text, renamed), renamed, [
      { kind: 'speaker', ...quoteRefOf(found, found[0]!), speaker: refOf(entity('Tomas Reyes')) },
    ]);
    expect(corrected[0]!.speaker).toMatchObject({ name: 'Tomas Reyes Holm', type: 'person' });
  });

  it('change no entity', () => {
    const correction: EntityCorrectionInput = { kind: 'speaker', ...quoteRefOf(found, found[0]!), speaker: null };
    expect(applyCorrections(text, entities, [correction])).toEqual(applyCorrections(text, entities, []));
  });
});
