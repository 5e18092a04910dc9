import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/api-contract.ts';
import { createTarget } from '../../common/anchoring/text-quote.ts';
import type { DocumentRecord } from '../../../shared/api-contract.ts';
import { reanchorAnnotations, sharedSentences, versionCandidates } from './new-version.ts';

function record(id: string, title: string, fileName: string | null, modified: string): DocumentRecord {
  return {
    id,
    title,
    byline: null,
    source: null,
    dateline: null,
    publishedAt: null,
    origin: { kind: fileName ? 'file' : 'clipboard', fileName },
    contentHash: '0'.repeat(64),
    textLength: 1,
    created: modified,
    modified,
  };
}

describe('versionCandidates', () => {
  const docs = [
    record('a', 'Bridge vote', 'bridge.txt', '2026-01-01T00:00:00.000Z'),
    record('b', 'Other story', 'news/BRIDGE.TXT', '2026-02-01T00:00:00.000Z'),
    record('c', '  bridge   VOTE ', null, '2026-03-01T00:00:00.000Z'),
    record('d', 'Untitled', 'x.txt', '2026-03-01T00:00:00.000Z'),
  ];
  it('matches the file name (case and folders ignored) before the title, newest first', () => {
    expect(versionCandidates(docs, '/tmp/Bridge.txt', 'Bridge vote').map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });
  it('never matches on a placeholder title', () => {
    expect(versionCandidates(docs, 'y.txt', 'Untitled')).toEqual([]);
  });
});

describe('sharedSentences', () => {
  const before =
    'The council voted on Tuesday to approve a bridge. Work starts next spring and lasts two years. Residents have long complained about traffic.';
  it('is high for a corrected text and low for a different one', () => {
    expect(sharedSentences(before, before.replace('Tuesday', 'Wednesday'))).toBeCloseTo(2 / 3);
    expect(sharedSentences(before, 'A completely different article about the weather this weekend.')).toBe(0);
  });
});

describe('reanchorAnnotations', () => {
  it('rebuilds selectors for anchored annotations and leaves orphans as they were', () => {
    const old = 'Alpha beta gamma delta. Epsilon zeta eta theta iota. Kappa lambda mu nu xi omicron.';
    const at = (phrase: string) => createTarget(old, old.indexOf(phrase), old.indexOf(phrase) + phrase.length);
    const make = (id: string, phrase: string): Annotation => ({
      id,
      documentId: 'd',
      color: 'yellow',
      note: '',
      target: at(phrase),
      created: 't',
      modified: 't',
    });
    const annotations = [make('1', 'Kappa lambda mu'), make('2', 'Epsilon zeta eta theta iota')];
    const text = 'New first sentence here. Kappa lambda mu nu xi omicron.';
    const { report, updated } = reanchorAnnotations(text, annotations);
    expect(report).toMatchObject({ exact: 1, fuzzy: 0, orphan: 1 });
    expect(updated[0]!.target).toEqual(
      createTarget(text, text.indexOf('Kappa'), text.indexOf('Kappa') + 'Kappa lambda mu'.length),
    );
    expect(updated[1]).toBe(annotations[1]);
    expect(report.items.map((i) => [i.quote, i.newQuote])).toEqual([
      ['Kappa lambda mu', 'Kappa lambda mu'],
      ['Epsilon zeta eta theta iota', null],
    ]);
  });

  it('reports a fuzzy move with the old quote beside the new, whole words kept', () => {
    const old =
      'The city council met on Tuesday. The new bridge is expected to open in 2027. Officials said the budget was approved by a wide margin.';
    const phrase = 'expected to open in 2027';
    const annotation: Annotation = {
      id: '1',
      documentId: 'd',
      color: 'yellow',
      note: '',
      target: createTarget(old, old.indexOf(phrase), old.indexOf(phrase) + phrase.length),
      created: 't',
      modified: 't',
    };
    const { report, updated } = reanchorAnnotations(old.replace('in 2027', 'in late 2027'), [annotation]);
    expect(report.items[0]).toMatchObject({
      status: 'fuzzy',
      quote: phrase,
      newQuote: 'expected to open in late 2027',
    });
    expect(updated[0]!.target.quote.exact).toBe('expected to open in late 2027');
  });
});
