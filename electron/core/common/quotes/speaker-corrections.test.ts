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

  describe('a quotation that only continues another', () => {
    const chain =
      'Jane Okafor chairs the Kestrava Transport Ministry. Tomas Reyes runs the port.\n\n' +
      '“We will rebuild,” Okafor said. “It will take years.”\n\n' +
      '“Nobody asked us.”\n\n' +
      '“The port is ready,” Reyes said.';
    const listed = extractEntities(chain);
    const quotes = extractQuotes(chain, listed);
    const reyes = refOf(listed.find((e) => e.name === 'Tomas Reyes')!);

    it('is found as continuing the one before', () => {
      expect(quotes.map((q) => q.continues)).toEqual([undefined, quotes[0]!.start, quotes[1]!.start, undefined]);
    });

    it("follows the reader's answer for that one, down the chain, as inferred", () => {
      const corrected = applySpeakerCorrections(quotes, listed, [
        { kind: 'speaker', ...quoteRefOf(quotes, quotes[0]!), speaker: reyes },
      ]);
      expect(said(corrected)).toEqual([
        ['We will rebuild,', 'Tomas Reyes', 'reader'],
        ['It will take years.', 'Tomas Reyes', 'inferred'],
        ['Nobody asked us.', 'Tomas Reyes', 'inferred'],
        ['The port is ready,', 'Tomas Reyes', 'named'],
      ]);
    });

    it("keeps the reader's own answer for it, and passes that one on instead", () => {
      const corrected = applySpeakerCorrections(quotes, listed, [
        { kind: 'speaker', ...quoteRefOf(quotes, quotes[0]!), speaker: reyes },
        { kind: 'speaker', ...quoteRefOf(quotes, quotes[1]!), speaker: null },
      ]);
      expect(said(corrected).slice(0, 3)).toEqual([
        ['We will rebuild,', 'Tomas Reyes', 'reader'],
        ['It will take years.', null, 'reader'],
        ['Nobody asked us.', null, null],
      ]);
    });
  });
});
