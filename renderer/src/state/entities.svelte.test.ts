// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractions } from './test-entity-worker.ts';
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import type { EntityCorrection, OpenedDocument } from '../../../electron/shared/api-contract.ts';
import { compactEntities } from '../../../electron/core/common/entities/cached-entities.ts';
import { ENTITY_EXTRACTOR_VERSION } from '../../../electron/core/common/entities/extractor-version.ts';
import { openedDocument } from './test-helpers.ts';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../api/client.ts', () => ({ call: api.call, host: 'browser' }));
vi.mock('../entities/extract-in-worker.ts', () => import('./test-entity-worker.ts'));
const { entities } = await import('./entities.svelte.ts');
const { reader } = await import('./reader.svelte.ts');

const TEXT = 'Ada Lovelace met Babbage in London. Lovelace wrote notes.';
let documentCount = 0;

function opened(): OpenedDocument {
  documentCount++;
  return openedDocument(TEXT, [], {
    id: `22222222-2222-4222-8222-${String(documentCount).padStart(12, '0')}`,
    contentHash: String(documentCount).padStart(64, '0'),
  });
}

const mention = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};
const EXTRACTED: Entity[] = [
  {
    id: 'person:ada lovelace',
    type: 'person',
    name: 'Ada Lovelace',
    aliases: ['Lovelace'],
    mentions: [mention('Ada Lovelace'), mention('Lovelace', 20)],
  },
  { id: 'place:london', type: 'place', name: 'London', aliases: [], mentions: [mention('London')] },
];

const correction = (over: Partial<EntityCorrection>): EntityCorrection =>
  ({ id: 'c1', documentId: 'd', created: '2024-01-01T00:00:00.000Z', ...over }) as EntityCorrection;

/** Loads a document whose stored corrections are `stored`, and finishes its extraction. */
async function load(stored: EntityCorrection[] = []): Promise<string> {
  const document = opened();
  api.call.mockImplementation(async (channel: string) => {
    if (channel === 'entities:corrections') return { corrections: stored };
    if (channel === 'entities:cached') return { contentHash: document.document.contentHash, entities: null };
    if (channel === 'entities:cache-put') return { stored: true };
    throw new Error(`unexpected call: ${channel}`);
  });
  entities.load(document);
  await vi.waitFor(() => expect(extractions).toHaveLength(1));
  extractions.pop()!(EXTRACTED);
  await vi.waitFor(() => expect(entities.status).toBe('ready'));
  await vi.waitFor(() => expect(api.call).toHaveBeenCalledWith('entities:cache-put', expect.anything()));
  api.call.mockReset();
  return document.document.id;
}

beforeEach(() => {
  api.call.mockReset();
  extractions.length = 0;
  reader.history.clear();
});

describe('entities state', () => {
  it('shows nothing until the stored corrections are in, then the corrected list', async () => {
    const removeLondon = correction({
      kind: 'remove',
      entity: { type: 'place', name: 'London', aliases: [] },
    } as Partial<EntityCorrection>);
    await load([removeLondon]);
    expect(entities.list.map((e) => e.name)).toEqual(['Ada Lovelace']);
  });

  it('exports the curated list with offsets only, as the API expects', async () => {
    await load();
    expect(entities.exportable()).toEqual([
      {
        type: 'person',
        name: 'Ada Lovelace',
        aliases: ['Lovelace'],
        mentions: [
          { start: 0, end: 12 },
          { start: 36, end: 44 },
        ],
      },
      { type: 'place', name: 'London', aliases: [], mentions: [{ start: 28, end: 34 }] },
    ]);
  });

  it('hands a fresh extraction to the library to keep, and opens a kept one without extracting', async () => {
    const document = opened();
    const calls: Array<[string, unknown]> = [];
    api.call.mockImplementation(async (channel: string, request: unknown) => {
      calls.push([channel, request]);
      if (channel === 'entities:corrections') return { corrections: [] };
      if (channel === 'entities:cached') return { contentHash: document.document.contentHash, entities: null };
      if (channel === 'entities:cache-put') return { stored: true };
      throw new Error(`unexpected call: ${channel}`);
    });
    entities.load(document);
    await vi.waitFor(() => expect(extractions).toHaveLength(1));
    extractions.pop()!(EXTRACTED);
    await vi.waitFor(() => expect(calls.map(([c]) => c)).toContain('entities:cache-put'));
    expect(calls.find(([c]) => c === 'entities:cache-put')![1]).toEqual({
      documentId: document.document.id,
      contentHash: document.document.contentHash,
      extractorVersion: ENTITY_EXTRACTOR_VERSION,
      entities: compactEntities(EXTRACTED),
    });

    // Another document whose extraction the library kept: no worker, the list at once.
    const kept = opened();
    api.call.mockImplementation(async (channel: string) => {
      if (channel === 'entities:corrections') return { corrections: [] };
      if (channel === 'entities:cached')
        return { contentHash: kept.document.contentHash, entities: compactEntities(EXTRACTED) };
      throw new Error(`unexpected call: ${channel}`);
    });
    entities.load(kept);
    await vi.waitFor(() => expect(entities.status).toBe('ready'));
    expect(extractions).toHaveLength(0);
    expect(entities.list.map((e) => e.name)).toEqual(['Ada Lovelace', 'London']);
  });

  it('sends a library-wide correction with its scope, and says so in the undo message', async () => {
    const documentId = await load();
    const stored = correction({
      id: 'c10',
      documentId,
      kind: 'retype',
      entity: { type: 'place', name: 'London', aliases: [] },
      type: 'organization',
      scope: 'library',
    } as Partial<EntityCorrection>);
    api.call.mockImplementation(async (channel: string) => {
      if (channel === 'entities:correct' || channel === 'entities:uncorrect') return stored;
      throw new Error(`unexpected call: ${channel}`);
    });
    await entities.retype(entities.list[1]!, 'organization', 'library');
    expect(api.call).toHaveBeenCalledWith('entities:correct', {
      documentId,
      correction: { kind: 'retype', entity: { type: 'place', name: 'London', aliases: [] }, type: 'organization' },
      scope: 'library',
    });
    expect(entities.list.find((e) => e.name === 'London')!.type).toBe('organization');
    await reader.undo();
    expect(reader.message?.text).toBe('Undid library-wide type change.');
  });

  it('sends no entities with an export while extraction is running', () => {
    api.call.mockReturnValue(new Promise(() => {}));
    entities.load(opened());
    expect(entities.status).toBe('extracting');
    expect(entities.exportable()).toBeUndefined();
  });

  it('stores a correction, applies it, and undo removes it through the API', async () => {
    const documentId = await load();
    const stored = correction({
      id: 'c9',
      documentId,
      kind: 'rename',
      entity: { type: 'place', name: 'London', aliases: [] },
      name: 'Greater London',
    } as Partial<EntityCorrection>);
    api.call.mockImplementation(async (channel: string) => {
      if (channel === 'entities:correct') return stored;
      if (channel === 'entities:uncorrect') return stored;
      throw new Error(`unexpected call: ${channel}`);
    });
    await entities.rename(entities.list[1]!, 'Greater London');
    expect(entities.list.map((e) => e.name)).toEqual(['Ada Lovelace', 'Greater London']);
    await reader.undo();
    expect(entities.list.map((e) => e.name)).toEqual(['Ada Lovelace', 'London']);
    expect(api.call).toHaveBeenLastCalledWith('entities:uncorrect', { id: 'c9' });
    expect(reader.message?.text).toBe('Undid rename.');
  });
});
