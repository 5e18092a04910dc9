// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractions } from './test-entity-worker.ts';
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import type { LibraryTimelineEvent } from '../../../electron/shared/timeline-types.ts';
import { answer as answerWith, openedDocument } from './test-helpers.ts';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../api/client.ts', () => ({ call: api.call, host: 'browser' }));
vi.mock('../entities/extract-in-worker.ts', () => import('./test-entity-worker.ts'));
const { entities } = await import('./entities.svelte.ts');
const { library } = await import('./library.svelte.ts');
const { reader } = await import('./reader.svelte.ts');
const { timeline } = await import('./timeline.svelte.ts');

/** Dated in its header (Wednesday 4 March 2015), with a weekday and a relative phrase in the body. */
const TEXT = 'Talks resume\nLONDON, March 4, 2015 — The ministers met on Friday. A vote came last week.';
const answer = (handlers: Parameters<typeof answerWith>[1]) => answerWith(api.call, handlers);
const date = (text: string, normalized: string): Entity => {
  const start = TEXT.indexOf(text);
  return {
    id: `date:${text.toLowerCase()}`,
    type: 'date',
    name: text,
    aliases: [],
    normalized,
    mentions: [{ start, end: start + text.length, text }],
  };
};

let count = 0;
/** Opens a new document holding TEXT and finishes its entity extraction with two dates. */
async function openArticle(): Promise<string> {
  count++;
  const document = openedDocument(TEXT, [], {
    id: `55555555-5555-4555-8555-${String(count).padStart(12, '0')}`,
    contentHash: String(count).padStart(64, '0'),
  });
  answer({
    'document:open-first-screen': () => ({ opened: document, complete: true }),
    'entities:corrections': () => ({ corrections: [] }),
    'entities:cached': () => ({ contentHash: document.document.contentHash, entities: null }),
    'entities:cache-put': () => ({ stored: true }),
  });
  await reader.open(document.document.id);
  entities.load(document);
  await vi.waitFor(() => expect(extractions).toHaveLength(1));
  extractions.pop()!([date('March 4, 2015', '2015-03-04'), date('Friday', '2015-03-06')]);
  await vi.waitFor(() => expect(entities.status).toBe('ready'));
  return document.document.id;
}

beforeEach(() => {
  api.call.mockReset();
  extractions.length = 0;
});

describe('timeline state', () => {
  it("places the open article's dates, counting relative ones from the date in its header", async () => {
    await openArticle();
    expect(timeline.reference).toEqual({ date: '2015-03-04', from: 'header' });
    expect(timeline.events.map((e) => [e.text, e.value, e.relative])).toEqual([
      ['March 4, 2015', '2015-03-04', false],
      ['Friday', '2015-03-06', true],
      ['last week', '2015-W09', true],
    ]);
    timeline.zoom = 'month';
    expect(timeline.grouped.periods.map((p) => [p.value, p.events.length])).toEqual([
      ['2015-02', 1],
      ['2015-03', 2],
    ]);
  });

  it('goes back to the article at an event, outlined only while its document is open', async () => {
    const documentId = await openArticle();
    library.view = 'timeline';
    const friday = timeline.events.find((e) => e.text === 'Friday')!;
    const request = timeline.revealRequest;
    timeline.show(friday);
    expect(library.view).toBe('reader');
    expect(timeline.revealRequest).toBe(request + 1);
    expect(timeline.current).toEqual({ documentId, event: friday });
    expect(timeline.decorations).toEqual([
      {
        id: 'time:current',
        ref: 'time',
        kind: 'mention',
        start: friday.start,
        end: friday.end,
        className: 'time-current',
      },
    ]);

    await openArticle();
    expect(timeline.decorations).toEqual([]);
  });

  it("fetches the library's timeline, and keeps the last one shown when a fetch fails", async () => {
    const event = { text: 'Friday', value: '2015-03-06', documentId: 'd', title: 'T' } as LibraryTimelineEvent;
    answer({ 'timeline:library': () => ({ events: [event], unplaced: 2, unindexed: 1 }) });
    await timeline.loadLibrary();
    expect(timeline.libraryStatus).toBe('ready');
    expect(timeline.library).toEqual({ events: [event], unplaced: 2, unindexed: 1 });

    answer({
      'timeline:library': () => {
        throw new Error('The library is busy.');
      },
    });
    await timeline.loadLibrary();
    expect(timeline.libraryStatus).toBe('error');
    expect(timeline.libraryError).toBe('The library is busy.');
    expect(timeline.library?.events).toEqual([event]);
  });
});
