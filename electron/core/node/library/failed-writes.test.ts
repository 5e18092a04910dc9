/**
 * A change the disk refused is not applied: not in memory, not in the next
 * write, not after a restart. Each failure is the real write failing — the
 * durable writer rejects as a full disk or a read-only folder would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AtomicWrite from '../storage/atomic-write.ts';
import { DocumentTrash } from './document-trash.ts';
import { SAMPLE, testLibrary, type TestLibrary } from './test-library.ts';

const failure = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('../storage/atomic-write.ts', async (importOriginal) => {
  const original = await importOriginal<typeof AtomicWrite>();
  return {
    ...original,
    writeFileDurably: async (...args: Parameters<typeof original.writeFileDurably>) => {
      if (failure.code) throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code });
      return original.writeFileDurably(...args);
    },
  };
});

let t: TestLibrary;
let documentId: string;
beforeEach(async () => {
  failure.code = null;
  t = await testLibrary();
  documentId = t.library.listDocuments()[0]!.id;
});
afterEach(async () => {
  failure.code = null;
  await t.cleanup();
});

const span = (phrase: string) => ({ start: SAMPLE.indexOf(phrase), end: SAMPLE.indexOf(phrase) + phrase.length });

describe('a write the disk refuses', () => {
  it('changes nothing: a failed create, update and delete never reach memory, the next write or the next start', async () => {
    const kept = await t.library.createAnnotation({ documentId, ...span('First paragraph'), color: 'green' });

    failure.code = 'ENOSPC';
    await expect(t.library.createAnnotation({ documentId, ...span('some words'), color: 'blue' })).rejects.toThrow(
      /disk is full.*Nothing was changed/,
    );
    await expect(t.library.updateAnnotation({ id: kept.id, note: 'lost?' })).rejects.toThrow(/disk is full/);
    await expect(t.library.deleteAnnotation(kept.id)).rejects.toThrow(/disk is full/);
    expect(t.library.annotationsOf(documentId)).toEqual([kept]);

    failure.code = null;
    const later = await t.library.createAnnotation({ documentId, ...span('Second sentence'), color: 'pink' });
    expect(t.library.annotationsOf(documentId)).toEqual([kept, later]);
    expect((await t.onDisk()).annotations).toEqual([kept, later]);
    const reopened = await t.reopen();
    expect(reopened.annotationsOf(documentId)).toEqual([kept, later]);
  });

  it('names a read-only folder as the cause', async () => {
    failure.code = 'EACCES';
    await expect(t.library.createAnnotation({ documentId, ...span('some words'), color: 'blue' })).rejects.toThrow(
      /permission/i,
    );
    failure.code = 'EROFS';
    await expect(t.library.createAnnotation({ documentId, ...span('some words'), color: 'blue' })).rejects.toThrow(
      /read-only/i,
    );
    expect(t.library.annotationsOf(documentId)).toEqual([]);
  });

  it('leaves a document that failed to import out of the library, and a failed delete keeps it', async () => {
    failure.code = 'ENOSPC';
    await expect(
      t.library.addDocument({ text: 'Another story\n\nWith words.', origin: { kind: 'file', fileName: 'b.txt' } }),
    ).rejects.toThrow(/disk is full/);
    await expect(new DocumentTrash(t.library).delete(documentId)).rejects.toThrow(/disk is full/);
    failure.code = null;
    expect(t.library.listDocuments().map((d) => d.id)).toEqual([documentId]);
    await t.library.createAnnotation({ documentId, ...span('some words'), color: 'blue' });
    expect((await t.onDisk()).documents.map((d) => d.id)).toEqual([documentId]);
  });
});
