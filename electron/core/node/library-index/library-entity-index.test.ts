/**
 * The library's entity index over the API: extractions kept beside the texts
 * and when they stop counting (another text, another extractor version,
 * another published date), corrections of either scope, and the exports.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CachedEntity, EntityKind, LibraryEntity } from '../../../shared/api-contract.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../../common/entities/extractor-version.ts';
import { apiCaller } from '../api/test-api.ts';
import { testLibrary, type TestLibrary } from '../library/test-library.ts';

let t: TestLibrary;
let call: (channel: string, payload: unknown) => Promise<any>;
beforeEach(async () => {
  t = await testLibrary();
  connect();
});
afterEach(() => t.cleanup());

function connect(): void {
  call = apiCaller(t.library);
}

const ARTICLES = {
  harbour:
    'Harbour deal signed\n\nJane Okafor, the transport minister, signed the harbour deal in Oslo with the Nordic Port Authority (NPA). Okafor said the NPA would pay.',
  council: 'Council votes\n\nThe council backed Jane Okafor on Tuesday. Mayor Lars Berg disagreed.',
  budget: 'Budget rises\n\nOkafor defended the budget in Oslo. The NPA stayed silent.',
};

/** What the window's extractor would send: each name with every whole occurrence of its surface forms. */
function extraction(text: string, found: Array<[EntityKind, string, string[]?]>): CachedEntity[] {
  return found.map(([type, name, aliases = []]) => {
    const mentions: [number, number][] = [];
    for (const surface of [name, ...aliases]) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        if (!mentions.some(([s, e]) => at < e && at + surface.length > s)) mentions.push([at, at + surface.length]);
      }
    }
    mentions.sort((a, b) => a[0] - b[0]);
    return { id: `${type}:${name.toLowerCase()}`, type, name, aliases, mentions };
  });
}

const FOUND: Record<keyof typeof ARTICLES, Array<[EntityKind, string, string[]?]>> = {
  harbour: [
    ['person', 'Jane Okafor', ['Okafor']],
    ['place', 'Oslo'],
    ['organization', 'Nordic Port Authority', ['NPA']],
  ],
  council: [
    ['person', 'Jane Okafor'],
    ['person', 'Lars Berg'],
    ['date', 'Tuesday'],
  ],
  budget: [
    ['person', 'Okafor'],
    ['place', 'Oslo'],
    ['organization', 'NPA'],
  ],
};

async function importAll(): Promise<Record<keyof typeof ARTICLES, { id: string; contentHash: string }>> {
  const ids = {} as Record<keyof typeof ARTICLES, { id: string; contentHash: string }>;
  for (const [name, text] of Object.entries(ARTICLES)) {
    const { document } = await call('document:import-text', { text });
    ids[name as keyof typeof ARTICLES] = document;
  }
  return ids;
}

async function keep(document: { id: string; contentHash: string }, name: keyof typeof ARTICLES) {
  return call('entities:cache-put', {
    documentId: document.id,
    contentHash: document.contentHash,
    extractorVersion: ENTITY_EXTRACTOR_VERSION,
    entities: extraction(ARTICLES[name], FOUND[name]),
  });
}

const byName = (entities: LibraryEntity[], name: string) => entities.find((e) => e.name === name);

describe('the library entity index', () => {
  it('lists every document as unindexed until its extraction is kept, then joins entities across documents', async () => {
    const docs = await importAll();
    const before = await call('entity-index:get', {});
    expect(before.entities).toEqual([]);
    expect(before.unindexed.map((d: { title: string }) => d.title).sort()).toEqual(
      ['A headline for testing', 'Budget rises', 'Council votes', 'Harbour deal signed'].sort(),
    );
    expect(before.documentCount).toBe(4);

    for (const name of ['harbour', 'council', 'budget'] as const)
      expect(await keep(docs[name], name)).toEqual({ stored: true });
    const { entities, unindexed } = await call('entity-index:get', {});
    expect(unindexed.map((d: { title: string }) => d.title)).toEqual(['A headline for testing']);
    const okafor = byName(entities, 'Jane Okafor')!;
    // The lone surname in "Budget rises" joins the library's one Okafor; newest document first.
    expect(okafor.documents.map((d) => d.title)).toEqual(['Budget rises', 'Council votes', 'Harbour deal signed']);
    expect(okafor.mentions).toBe(4);
    // The acronym alone joins the organisation that it abbreviates elsewhere.
    expect(byName(entities, 'Nordic Port Authority')!.documents).toHaveLength(2);
    expect(entities.some((e: LibraryEntity) => (e.type as string) === 'date')).toBe(false);
    // Each document entry names the entity in that document's own list, to open it there.
    expect(okafor.documents.find((d) => d.title === 'Budget rises')!.entityId).toBe('person:okafor');
  });

  it('keeps an extraction beside the text, and reads it back after a restart without extracting again', async () => {
    const docs = await importAll();
    await keep(docs.harbour, 'harbour');
    const file = join(t.dataDir, 'texts', `${docs.harbour.contentHash}.entities.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    expect(stored).toMatchObject({ extractorVersion: ENTITY_EXTRACTOR_VERSION, contentHash: docs.harbour.contentHash });
    await t.reopen();
    connect();
    const cached = await call('entities:cached', { documentId: docs.harbour.id });
    expect(cached).toEqual({
      contentHash: docs.harbour.contentHash,
      entities: extraction(ARTICLES.harbour, FOUND.harbour),
    });
    expect(byName((await call('entity-index:get', {})).entities, 'Jane Okafor')).toBeDefined();
  });

  it('refuses an extraction of another text or by another extractor, and ignores one kept by an older extractor', async () => {
    const docs = await importAll();
    const entities = extraction(ARTICLES.harbour, FOUND.harbour);
    const base = { documentId: docs.harbour.id, contentHash: docs.harbour.contentHash, entities };
    expect(await call('entities:cache-put', { ...base, extractorVersion: ENTITY_EXTRACTOR_VERSION + 1 })).toEqual({
      stored: false,
    });
    expect(
      await call('entities:cache-put', {
        ...base,
        contentHash: docs.council.contentHash,
        extractorVersion: ENTITY_EXTRACTOR_VERSION,
      }),
    ).toEqual({ stored: false });
    await expect(
      call('entities:cache-put', {
        ...base,
        extractorVersion: ENTITY_EXTRACTOR_VERSION,
        entities: [{ ...entities[0]!, mentions: [[0, ARTICLES.harbour.length + 5]] }],
      }),
    ).rejects.toThrow(/invalid-payload/);
    expect((await call('entities:cached', { documentId: docs.harbour.id })).entities).toBeNull();

    // A file written by an older extractor: the document is unindexed again.
    await keep(docs.harbour, 'harbour');
    const file = join(t.dataDir, 'texts', `${docs.harbour.contentHash}.entities.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...stored, extractorVersion: ENTITY_EXTRACTOR_VERSION - 1 }));
    await t.reopen();
    connect();
    expect((await call('entities:cached', { documentId: docs.harbour.id })).entities).toBeNull();
    const { unindexed } = await call('entity-index:get', {});
    expect(unindexed.map((d: { documentId: string }) => d.documentId)).toContain(docs.harbour.id);
    // A damaged file is no extraction either.
    await writeFile(file, '{"extractorVersion":');
    await t.reopen();
    connect();
    expect((await call('entities:cached', { documentId: docs.harbour.id })).entities).toBeNull();
  });

  it('forgets a document deleted, and brings it back restored; a new version of a text needs extracting again', async () => {
    const docs = await importAll();
    for (const name of ['harbour', 'council', 'budget'] as const) await keep(docs[name], name);
    const deleted = await call('document:delete', { documentId: docs.council.id });
    const after = await call('entity-index:get', {});
    expect(byName(after.entities, 'Lars Berg')).toBeUndefined();
    expect(byName(after.entities, 'Jane Okafor')!.documents).toHaveLength(2);
    await call('document:restore', { restoreToken: deleted.restoreToken });
    expect(byName((await call('entity-index:get', {})).entities, 'Lars Berg')).toBeDefined();

    // The same file, changed: its text is replaced, and the kept extraction no longer counts.
    const changed = ARTICLES.council.replace('Tuesday', 'Wednesday');
    const bytes = Buffer.from(changed).toString('base64');
    await call('document:import', { fileName: 'council.txt', data: Buffer.from(ARTICLES.council).toString('base64') });
    const { document } = await call('document:import', { fileName: 'council.txt', data: bytes });
    const { unindexed } = await call('entity-index:get', {});
    expect(unindexed.map((d: { documentId: string }) => d.documentId)).toContain(document.id);
  });

  it('applies a correction to its document only, or to every document when it is library-wide', async () => {
    const docs = await importAll();
    for (const name of ['harbour', 'council', 'budget'] as const) await keep(docs[name], name);
    const oslo = { type: 'place', name: 'Oslo', aliases: [] };
    await call('entities:correct', {
      documentId: docs.harbour.id,
      correction: { kind: 'retype', entity: oslo, type: 'organization' },
    });
    let index = (await call('entity-index:get', {})).entities as LibraryEntity[];
    expect(
      index
        .filter((e) => e.name === 'Oslo')
        .map((e) => [e.type, e.documents.length])
        .sort(),
    ).toEqual([
      ['organization', 1],
      ['place', 1],
    ]);

    const always = await call('entities:correct', {
      documentId: docs.budget.id,
      correction: { kind: 'retype', entity: oslo, type: 'organization' },
      scope: 'library',
    });
    expect(always.scope).toBe('library');
    index = (await call('entity-index:get', {})).entities;
    expect(index.filter((e) => e.name === 'Oslo').map((e) => [e.type, e.documents.length])).toEqual([
      ['organization', 2],
    ]);
    // Every document's corrections include the library's, in the order made; the library's live in the index.
    const { corrections } = await call('entities:corrections', { documentId: docs.council.id });
    expect(corrections).toEqual([always]);
    expect((await t.onDisk()).entityCorrections.map((c) => c.id)).not.toContain(always.id);

    // It outlives the document it was made in, and undo takes it away.
    await call('document:delete', { documentId: docs.budget.id });
    expect((await call('entities:corrections', { documentId: docs.council.id })).corrections).toEqual([always]);
    await call('entities:uncorrect', { id: always.id });
    index = (await call('entity-index:get', {})).entities;
    expect(index.filter((e) => e.name === 'Oslo').map((e) => e.type)).toEqual(['organization']);
    await t.reopen();
    connect();
    expect((await call('entities:corrections', { documentId: docs.council.id })).corrections).toEqual([]);
  });

  it('exports the index as CSV, GraphML and JSON nodes and edges', async () => {
    const docs = await importAll();
    for (const name of ['harbour', 'council', 'budget'] as const) await keep(docs[name], name);
    const csv = await call('entity-index:export', { format: 'csv' });
    expect(csv.fileName).toBe('marginalia-entities.csv');
    expect(csv.contents.split('\r\n')).toContain(
      'Jane Okafor,person,3,4,Okafor,Budget rises; Council votes; Harbour deal signed',
    );
    const graph = JSON.parse((await call('entity-index:export', { format: 'json' })).contents);
    expect(graph.edges).toContainEqual({ source: 'person:jane okafor', target: 'place:oslo', weight: 2 });
    const graphml = await call('entity-index:export', { format: 'graphml' });
    expect(graphml.contents).toContain('<data key="label">Jane Okafor</data>');
  });
});
