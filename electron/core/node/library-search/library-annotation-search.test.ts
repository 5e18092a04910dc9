/**
 * The library-wide search over the API: it follows every way the library
 * changes, answers while it is being built, and filters by the entities
 * the quotes mention.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationSearchResult } from '../../../shared/api-contract.ts';
import { createTarget } from '../../common/anchoring/text-quote.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../../common/entities/extractor-version.ts';
import { apiCaller } from '../api/test-api.ts';
import { toAnnotationCollection } from '../export/web-annotation.ts';
import { base64, testLibrary, type TestLibrary } from '../library/test-library.ts';
import { LibraryEntityIndex } from '../library-index/library-entity-index.ts';
import { LibraryAnnotationSearch } from './library-annotation-search.ts';

let t: TestLibrary;
let call: (channel: string, payload: unknown) => Promise<any>;
beforeEach(async () => {
  t = await testLibrary();
  call = apiCaller(t.library);
});
afterEach(() => t.cleanup());

const MAORI =
  'Treaty talks\n\nThe Māori trust signed the port deal in Auckland on Monday. Ngata said the deal was fair.';
const PORT =
  'Port budget\n\nThe port budget rose again this year. The council objected to the new berth at the harbour. ' +
  'Engineers said the quay needs repairs before winter. Shipping firms asked for lower fees next spring.';

async function highlight(documentId: string, text: string, phrase: string, extra: Record<string, unknown> = {}) {
  const start = text.indexOf(phrase);
  const { annotation } = await call('annotation:create', {
    documentId,
    start,
    end: start + phrase.length,
    color: 'yellow',
  });
  if (Object.keys(extra).length > 0) return call('annotation:update', { id: annotation.id, ...extra });
  return annotation;
}

const found = (result: AnnotationSearchResult) => result.groups.flatMap((g) => g.hits.map((h) => h.quote));
const search = async (query: string, filters?: object): Promise<AnnotationSearchResult> =>
  call('annotations:search', filters ? { query, filters } : { query });

describe('annotations:search', () => {
  it('finds quotes, notes and tags across documents, grouped by document, as they are written, changed and deleted', async () => {
    const maori = (await call('document:import-text', { text: MAORI })).document;
    const port = (await call('document:import-text', { text: PORT })).document;
    const signed = await highlight(maori.id, MAORI, 'The Māori trust signed the port deal', { tags: ['Port deal'] });
    expect(found(await search('maori'))).toEqual(['The Māori trust signed the port deal']);

    const rose = await highlight(port.id, PORT, 'The port budget rose again', { note: 'Ask about the **berth**' });
    const both = await search('port');
    expect(both.groups.map((g) => g.title).sort()).toEqual(['Port budget', 'Treaty talks']);
    expect(found(await search('berth'))).toEqual(['The port budget rose again']);
    expect(both.groups.find((g) => g.title === 'Port budget')!.hits[0]).toMatchObject({
      note: 'Ask about the **berth**',
      color: 'yellow',
      tags: [],
    });

    await call('annotation:update', { id: rose.id, tags: ['port deal'] });
    expect(found(await search('', { tag: 'PORT DEAL' })).sort()).toEqual([
      'The Māori trust signed the port deal',
      'The port budget rose again',
    ]);
    await call('annotation:update', { id: signed.id, color: 'pink' });
    expect(found(await search('port', { color: 'pink' }))).toEqual(['The Māori trust signed the port deal']);
    expect(found(await search('', { documentId: port.id }))).toEqual(['The port budget rose again']);

    await call('annotation:delete', { id: rose.id });
    expect(found(await search('berth'))).toEqual([]);
  });

  it('follows documents deleted and restored, new versions, and imported annotations', async () => {
    const port = (await call('document:import', { fileName: 'port.txt', data: base64(PORT) })).document;
    await highlight(port.id, PORT, 'The council objected');
    const deleted = await call('document:delete', { documentId: port.id });
    expect(found(await search('council'))).toEqual([]);
    await call('document:restore', { restoreToken: deleted.restoreToken });
    expect(found(await search('council'))).toEqual(['The council objected']);

    // A new version: the highlight moves, and is found under the new title.
    const changed = PORT.replace('Port budget', 'Port budget, revised').replace(
      'rose again this year',
      'rose a third time',
    );
    await call('document:import', { fileName: 'port.txt', data: base64(changed) });
    const [group] = (await search('council')).groups;
    expect(group).toMatchObject({ title: 'Port budget, revised', hits: [{ quote: 'The council objected' }] });
    expect((await search('revised')).count).toBe(1);

    // An annotation file brought in from elsewhere.
    const start = changed.indexOf('new berth');
    const record = t.library.documentRecord(port.id);
    const file = toAnnotationCollection(
      [record],
      [
        {
          id: randomUUID(),
          documentId: port.id,
          color: 'green',
          note: 'moorings',
          target: createTarget(changed, start, start + 'new berth'.length),
          created: '2024-05-01T10:00:00.000Z',
          modified: '2024-05-01T10:00:00.000Z',
        },
      ],
    );
    await call('annotations:import-commit', {
      documentId: port.id,
      fileName: 'notes.json',
      data: base64(JSON.stringify(file)),
    });
    expect(found(await search('moorings'))).toEqual(['new berth']);
    expect(found(await search('', { from: '2024-05-01', to: '2024-05-01' }))).toEqual(['new berth']);
  });

  it('filters by an entity the quote mentions, as the entity index joins it', async () => {
    const maori = (await call('document:import-text', { text: MAORI })).document;
    const port = (await call('document:import-text', { text: PORT })).document;
    await highlight(maori.id, MAORI, 'Ngata said the deal was fair');
    await highlight(maori.id, MAORI, 'The Māori trust signed');
    await highlight(port.id, PORT, 'The council objected');
    const mention = (text: string, surface: string): [number, number] => [
      text.indexOf(surface),
      text.indexOf(surface) + surface.length,
    ];
    await call('entities:cache-put', {
      documentId: maori.id,
      contentHash: maori.contentHash,
      extractorVersion: ENTITY_EXTRACTOR_VERSION,
      entities: [
        { id: 'person:ngata', type: 'person', name: 'Ngata', aliases: [], mentions: [mention(MAORI, 'Ngata')] },
      ],
    });
    const { entities } = await call('entity-index:get', {});
    expect(found(await search('', { entityKey: entities[0].key }))).toEqual(['Ngata said the deal was fair']);
    // A correction renames the entity: the filter follows the index.
    await call('entities:correct', {
      documentId: maori.id,
      correction: { kind: 'rename', entity: { type: 'person', name: 'Ngata', aliases: [] }, name: 'Hone Ngata' },
    });
    const renamed = (await call('entity-index:get', {})).entities[0];
    expect(renamed.key).toBe('person:hone ngata');
    expect(found(await search('deal', { entityKey: renamed.key }))).toEqual(['Ngata said the deal was fair']);
    expect(found(await search('', { entityKey: 'person:ngata' }))).toEqual([]);
  });

  it('builds in slices, letting other work run in between, and answers once built', async () => {
    const documentId = t.library.startDocumentId()!;
    const text = await t.library.textOf(documentId);
    const now = new Date().toISOString();
    const annotations = Array.from({ length: 4_000 }, (_, i) => ({
      id: randomUUID(),
      documentId,
      color: 'blue' as const,
      note: `note number ${i}`,
      target: createTarget(text, 0, 10),
      created: now,
      modified: now,
    }));
    await t.library.change({ documents: { [documentId]: (data) => ({ ...data, annotations }) } });
    const search = new LibraryAnnotationSearch(t.library, new LibraryEntityIndex(t.library));
    let ranMeanwhile = 0;
    const ticker = setInterval(() => ranMeanwhile++, 0);
    await search.ready();
    clearInterval(ticker);
    expect(search.stats.slices).toBeGreaterThan(1);
    expect(ranMeanwhile).toBeGreaterThan(0);
    const result = await search.search('number');
    expect(result).toMatchObject({ count: 300, truncated: true });
  });
});
