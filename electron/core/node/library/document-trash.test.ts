import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/api-failure.ts';
import { CorrectionStore } from '../entity-corrections/correction-store.ts';
import { DocumentTrash } from './document-trash.ts';
import { testLibrary, type TestLibrary } from './test-library.ts';

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

describe('DocumentTrash', () => {
  it('deletes a document with its annotations, and restores both exactly', async () => {
    const { library } = t;
    const other = await library.addDocument({
      text: 'Other story\n\nSome other words.',
      origin: { kind: 'file', fileName: 'other.txt' },
    });
    const [sample] = library.listDocuments();
    await library.openDocument(sample!.id);
    const kept = await library.createAnnotation({ documentId: other.id, start: 0, end: 5, color: 'blue' });
    const a = await library.createAnnotation({ documentId: sample!.id, start: 2, end: 10, color: 'green', note: 'n' });
    const b = await library.createAnnotation({ documentId: sample!.id, start: 30, end: 40, color: 'pink' });
    const correction = await new CorrectionStore(library).add(sample!.id, {
      kind: 'add',
      type: 'person',
      text: 'Jane Roe',
    });
    const before = await t.onDisk();

    const trash = new DocumentTrash(library);
    const deleted = await trash.delete(sample!.id);
    expect(deleted).toMatchObject({ document: { id: sample!.id, annotationCount: 2 }, annotationCount: 2 });
    const after = await t.onDisk();
    expect(after.documents.map((d) => d.id)).toEqual([other.id]);
    expect(after.annotations.map((x) => x.id)).toEqual([kept.id]);
    expect((await t.onDisk()).entityCorrections).toEqual([]);
    expect(library.startDocumentId()).toBe(other.id);

    await trash.restore(deleted.restoreToken);
    const restored = await t.onDisk();
    expect(restored.annotations).toEqual(expect.arrayContaining(before.annotations));
    expect(restored.annotations.map((x) => x.id).sort()).toEqual([kept.id, a.id, b.id].sort());
    expect(restored.documents).toEqual(expect.arrayContaining(before.documents));
    expect((await t.onDisk()).entityCorrections).toEqual([correction]);
    expect(library.startDocumentId()).toBe(sample!.id);
  });

  it('refuses an unknown or already used token', async () => {
    const trash = new DocumentTrash(t.library);
    const [sample] = t.library.listDocuments();
    const { restoreToken } = await trash.delete(sample!.id);
    await trash.restore(restoreToken);
    await expect(trash.restore(restoreToken)).rejects.toBeInstanceOf(ApiFailure);
    await expect(trash.delete('11111111-1111-4111-8111-111111111111')).rejects.toMatchObject({ code: 'not-found' });
  });
});
