// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractions } from './test-entity-worker.ts';
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import type { LibraryEntity, UnindexedDocument } from '../../../electron/shared/api-contract.ts';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../api/client.ts', () => ({ call: api.call, host: 'browser' }));
vi.mock('../entities/extract-in-worker.ts', () => import('./test-entity-worker.ts'));
const { entityIndex } = await import('./entity-index.svelte.ts');
const { reader } = await import('./reader.svelte.ts');

const doc = (n: number): UnindexedDocument => ({
  documentId: `00000000-0000-4000-8000-00000000000${n}`,
  title: `Article ${n}`,
  contentHash: String(n).repeat(64),
  textLength: 13,
});
const ADA: Entity = {
  id: 'person:ada',
  type: 'person',
  name: 'Ada',
  aliases: [],
  mentions: [{ start: 0, end: 3, text: 'Ada' }],
};

beforeEach(() => {
  api.call.mockReset();
  extractions.length = 0;
});

describe('entity index state', () => {
  it('extracts the documents the index lacks one at a time, showing progress, keeps each, and skips one that fails', async () => {
    let unindexed = [doc(1), doc(2), doc(3)];
    const kept: string[] = [];
    api.call.mockImplementation(async (channel: string, request: { documentId?: string }) => {
      switch (channel) {
        case 'entity-index:get':
          return { entities: [], unindexed, documentCount: 3 };
        case 'entities:cached':
          return { contentHash: 'h', entities: null };
        case 'document:text':
          if (request.documentId === doc(2).documentId) throw new Error('its text is missing');
          return { text: 'Ada was here.', contentHash: `hash-${request.documentId}`, publishedAt: null };
        case 'entities:cache-put':
          kept.push(request.documentId!);
          unindexed = unindexed.filter((d) => d.documentId !== request.documentId);
          return { stored: true };
        default:
          throw new Error(`unexpected call: ${channel}`);
      }
    });

    await entityIndex.load();
    expect(entityIndex.status).toBe('ready');
    await vi.waitFor(() => expect(extractions).toHaveLength(1));
    expect(entityIndex.progress).toMatchObject({ done: 0, total: 3, title: 'Article 1', fraction: 0.5 });
    extractions.shift()!([ADA]);
    // Article 2's text cannot be read: the work goes on to Article 3.
    await vi.waitFor(() => expect(extractions).toHaveLength(1));
    expect(entityIndex.progress).toMatchObject({ done: 2, title: 'Article 3' });
    extractions.shift()!([ADA]);
    await vi.waitFor(() => expect(entityIndex.progress).toBeNull());
    expect(kept).toEqual([doc(1).documentId, doc(3).documentId]);
    expect(entityIndex.unindexed).toEqual([doc(2)]);

    // Opening the index again does not try the failed document again this session.
    await entityIndex.load();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.call.mock.calls.filter(([channel]) => channel === 'document:text')).toHaveLength(3);
  });

  it('renames an entity in every document, keeps it chosen under its new name, and undo brings the old one back', async () => {
    const named = (name: string): LibraryEntity => ({
      key: `person:${name.toLowerCase()}`,
      type: 'person',
      name,
      aliases: [],
      documents: [
        {
          documentId: doc(1).documentId,
          title: 'Article 1',
          created: '2024-01-01T00:00:00.000Z',
          entityId: 'person:x',
          entityIds: ['person:x'],
          mentions: 2,
        },
      ],
      mentions: 2,
    });
    let current = named('Sam Reid');
    api.call.mockImplementation(async (channel: string, request: { correction?: { name?: string } }) => {
      switch (channel) {
        case 'entity-index:get':
          return { entities: [current], unindexed: [], documentCount: 1 };
        case 'entities:correct':
          current = named(request.correction!.name!);
          return { id: 'c1' };
        case 'entities:uncorrect':
          current = named('Sam Reid');
          return { id: 'c1' };
        default:
          throw new Error(`unexpected call: ${channel}`);
      }
    });
    await entityIndex.load();
    entityIndex.selectedKey = current.key;
    await entityIndex.correctEverywhere(current, { kind: 'rename', name: 'Samuel Reid' }, 'renamed');
    expect(api.call).toHaveBeenCalledWith('entities:correct', {
      documentId: doc(1).documentId,
      correction: {
        kind: 'rename',
        entity: { type: 'person', name: 'Sam Reid', aliases: [] },
        name: 'Samuel Reid',
      },
      scope: 'library',
    });
    expect(entityIndex.selected?.name).toBe('Samuel Reid');
    await reader.undo();
    expect(entityIndex.selected?.name).toBe('Sam Reid');
  });
});
