import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatch.ts';
import { createHandlers } from '../api/handlers.ts';
import { Library } from '../library/library.ts';
import { readStoredLibrary } from '../library/test-library.ts';

const SAMPLE = 'A headline\n\nAda Lovelace met Charles Babbage in London. Lovelace wrote notes.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-corrections-'));
  await writeFile(join(dir, 'sample.txt'), SAMPLE);
});
let opened: Library | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
  await rm(dir, { recursive: true, force: true });
});

/** Opens the library (closing the one open before, as a restart would) and its API. */
async function start() {
  await opened?.close();
  const library = (opened = await Library.open({
    dataDir: join(dir, 'data'),
    sampleArticlePath: join(dir, 'sample.txt'),
  }));
  const dispatch = createDispatcher(createHandlers(library, { version: '0.0.0' }), () => {});
  const call = async (channel: string, payload: unknown): Promise<any> => {
    const result = await dispatch(channel, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { library, call, documentId: library.startDocumentId()! };
}

const onDisk = () => readStoredLibrary(join(dir, 'data'));

describe('entity corrections over the API', () => {
  it('stores a correction on disk, lists it after a restart, and removes it (undo)', async () => {
    const { call, documentId } = await start();
    const stored = await call('entities:correct', {
      documentId,
      correction: { kind: 'add', type: 'person', text: 'Charles Babbage' },
    });
    expect(stored).toMatchObject({ kind: 'add', type: 'person', text: 'Charles Babbage', documentId });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await onDisk()).entityCorrections).toEqual([stored]);

    const again = await start();
    expect(await again.call('entities:corrections', { documentId })).toEqual({ corrections: [stored] });

    expect(await again.call('entities:uncorrect', { id: stored.id })).toEqual(stored);
    expect((await onDisk()).entityCorrections).toEqual([]);
    await expect(again.call('entities:uncorrect', { id: stored.id })).rejects.toThrow(/not-found/);
  });

  it('keeps corrections in the order they were made, per document', async () => {
    const { call, documentId } = await start();
    const ref = { type: 'person', name: 'Ada Lovelace', aliases: ['Lovelace'] };
    await call('entities:correct', {
      documentId,
      correction: { kind: 'rename', entity: ref, name: 'Augusta Ada King' },
    });
    await call('entities:correct', {
      documentId,
      correction: { kind: 'retype', entity: { ...ref, name: 'Augusta Ada King' }, type: 'organization' },
    });
    const { corrections } = await call('entities:corrections', { documentId });
    expect(corrections.map((c: any) => c.kind)).toEqual(['rename', 'retype']);
  });

  it("keeps the reader's choice of a quotation's speaker, in its own document only", async () => {
    const { call, documentId } = await start();
    const correction = {
      kind: 'speaker',
      quote: ' We need the notes, ',
      occurrence: 1,
      speaker: { type: 'person', name: 'Ada Lovelace', aliases: ['Lovelace'] },
    };
    const stored = await call('entities:correct', { documentId, correction });
    expect(stored).toMatchObject({ ...correction, documentId });
    expect(stored).not.toHaveProperty('scope');
    const again = await start();
    expect(await again.call('entities:corrections', { documentId })).toEqual({ corrections: [stored] });
    await expect(
      call('entities:correct', { documentId, correction: { ...correction, speaker: null }, scope: 'library' }),
    ).rejects.toThrow(/invalid-payload.*own document only/);
    await expect(
      call('entities:correct', { documentId, correction: { ...correction, occurrence: -1 } }),
    ).rejects.toThrow(/invalid-payload/);
    await expect(call('entities:correct', { documentId, correction: { ...correction, quote: '' } })).rejects.toThrow(
      /invalid-payload/,
    );
  });

  it('refuses malformed corrections and unknown documents', async () => {
    const { call, documentId } = await start();
    await expect(
      call('entities:correct', { documentId, correction: { kind: 'add', type: 'animal', text: 'x' } }),
    ).rejects.toThrow(/invalid-payload/);
    await expect(
      call('entities:correct', { documentId, correction: { kind: 'add', type: 'person', text: '   ' } }),
    ).rejects.toThrow(/invalid-payload/);
    await expect(
      call('entities:correct', {
        documentId: '99999999-9999-4999-8999-999999999999',
        correction: { kind: 'add', type: 'person', text: 'x' },
      }),
    ).rejects.toThrow(/not-found/);
  });

  it('exports the curated entities sent with the request as identifying annotations', async () => {
    const { call, documentId } = await start();
    const start0 = SAMPLE.indexOf('London');
    const entities = [{ type: 'place', name: 'London', aliases: [], mentions: [{ start: start0, end: start0 + 6 }] }];
    const exported = JSON.parse((await call('export:annotations', { documentId, entities, format: 'jsonld' })).content);
    expect(exported.first.items).toHaveLength(1);
    expect(exported.first.items[0].target[0].selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'London' });
    const past = [{ type: 'place', name: 'London', aliases: [], mentions: [{ start: 5, end: SAMPLE.length + 1 }] }];
    await expect(call('export:annotations', { documentId, entities: past })).rejects.toThrow(/invalid-payload/);
    await expect(call('export:annotations', { entities })).rejects.toThrow(/invalid-payload.*documentId/);
  });
});
