/**
 * The library's timeline over the API: each indexed document's dates placed
 * against that document's own date, with its sentence and title; what could
 * not be placed and what is not indexed yet, counted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CachedEntity } from '../../../shared/api-contract.ts';
import type { LibraryTimelineEvent } from '../../../shared/timeline-types.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../../common/entities/extractor-version.ts';
import { apiCaller } from '../api/test-api.ts';
import { testLibrary, type TestLibrary } from '../library/test-library.ts';

let t: TestLibrary;
let call: (channel: string, payload: unknown) => Promise<any>;
beforeEach(async () => {
  t = await testLibrary();
  call = apiCaller(t.library);
});
afterEach(() => t.cleanup());

const ARTICLES = {
  /** Dated in its header: Wednesday 4 March 2015. */
  ferry: 'Ferry strike ends\n\nBERGEN, March 4, 2015 — The crews went back on Friday. The strike began in June 2014.',
  /** Dated 1 May 2020 in its header. */
  council: 'Council votes\n\nOSLO, 1 May 2020 — The council met last week and votes on Friday.',
  /** No date of its own: its weekday cannot be placed. */
  notice: 'A notice\n\nThe office shuts on Friday.',
};

/** A kept extraction with the given dates, each at every occurrence. */
function dates(text: string, found: Array<[string, string?]>): CachedEntity[] {
  return found.map(([name, normalized]) => {
    const mentions: [number, number][] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push([at, at + name.length]);
    return { id: `date:${name.toLowerCase()}`, type: 'date', name, aliases: [], mentions, normalized };
  });
}

async function importAndKeep(text: string, entities: CachedEntity[]): Promise<{ id: string }> {
  const { document } = await call('document:import-text', { text });
  await call('entities:cache-put', {
    documentId: document.id,
    contentHash: document.contentHash,
    extractorVersion: ENTITY_EXTRACTOR_VERSION,
    entities,
  });
  return document;
}

const summary = (events: LibraryTimelineEvent[]) =>
  events.map((e) => [e.title, e.text, e.value, e.relative]).sort((a, b) => String(a[2]).localeCompare(String(b[2])));

describe('the library timeline', () => {
  it("places each document's dates against its own date, with its title and sentence", async () => {
    const ferry = await importAndKeep(
      ARTICLES.ferry,
      dates(ARTICLES.ferry, [['March 4, 2015', '2015-03-04'], ['Friday'], ['June 2014', '2014-06']]),
    );
    await importAndKeep(ARTICLES.council, dates(ARTICLES.council, [['1 May 2020', '2020-05-01'], ['Friday']]));
    await importAndKeep(ARTICLES.notice, dates(ARTICLES.notice, [['Friday']]));

    const timeline = await call('timeline:library', {});
    expect(summary(timeline.events)).toEqual([
      ['Ferry strike ends', 'June 2014', '2014-06', false],
      ['Ferry strike ends', 'March 4, 2015', '2015-03-04', false],
      ['Ferry strike ends', 'Friday', '2015-03-06', true],
      ['Council votes', '1 May 2020', '2020-05-01', false],
      ['Council votes', 'Friday', '2020-05-01', true],
      ['Council votes', 'last week', '2020-W17', true],
    ]);
    // The notice's Friday has no date to count from; the sample document is not indexed.
    expect(timeline.unplaced).toBe(1);
    expect(timeline.unindexed).toBe(1);

    const friday = timeline.events.find((e: LibraryTimelineEvent) => e.documentId === ferry.id && e.text === 'Friday');
    expect(ARTICLES.ferry.slice(friday.sentence.start, friday.sentence.end)).toBe(
      'BERGEN, March 4, 2015 — The crews went back on Friday.',
    );
  });

  it('drops a deleted document and picks up a new extraction of another', async () => {
    const ferry = await importAndKeep(ARTICLES.ferry, dates(ARTICLES.ferry, [['June 2014', '2014-06']]));
    const council = await importAndKeep(ARTICLES.council, dates(ARTICLES.council, [['1 May 2020', '2020-05-01']]));
    expect((await call('timeline:library', {})).events).toHaveLength(3); // + "last week"

    await call('document:delete', { documentId: ferry.id });
    await call('entities:cache-put', {
      documentId: council.id,
      contentHash: (await call('document:open', { documentId: council.id })).document.contentHash,
      extractorVersion: ENTITY_EXTRACTOR_VERSION,
      entities: dates(ARTICLES.council, [['1 May 2020', '2020-05-01'], ['Friday']]),
    });
    expect(summary((await call('timeline:library', {})).events)).toEqual([
      ['Council votes', '1 May 2020', '2020-05-01', false],
      ['Council votes', 'Friday', '2020-05-01', true],
      ['Council votes', 'last week', '2020-W17', true],
    ]);
  });
});
