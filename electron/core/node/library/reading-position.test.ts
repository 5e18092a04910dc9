import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/api-failure.ts';
import { setReadingPosition } from './reading-position.ts';
import { SAMPLE, testLibrary, type TestLibrary } from './test-library.ts';

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

describe('setReadingPosition', () => {
  it('keeps the position on the document, on disk, and opens with it after a restart', async () => {
    const documentId = t.library.startDocumentId()!;
    const before = t.library.documentRecord(documentId).modified;
    expect((await t.library.openDocument(documentId)).document.readingPosition).toBeUndefined();
    expect(await setReadingPosition(t.library, documentId, 40)).toEqual({ offset: 40 });
    expect((await t.onDisk()).documents[0]!.readingPosition).toEqual({ offset: 40 });
    const restarted = await t.reopen();
    const opened = await restarted.openDocument(documentId);
    expect(opened.document.readingPosition).toEqual({ offset: 40 });
    // Reading is not editing: the document's modification time stays.
    expect(opened.document.modified).toBe(before);
  });

  it('refuses a position past the end of the text, and an unknown document', async () => {
    const documentId = t.library.startDocumentId()!;
    await expect(setReadingPosition(t.library, documentId, SAMPLE.length + 1)).rejects.toThrow(/past the end/);
    await expect(setReadingPosition(t.library, documentId, SAMPLE.length)).resolves.toEqual({
      offset: SAMPLE.length,
    });
    const unknown = setReadingPosition(t.library, '11111111-1111-4111-8111-111111111111', 0);
    await expect(unknown).rejects.toBeInstanceOf(ApiFailure);
    await expect(unknown).rejects.toMatchObject({ code: 'not-found' });
  });
});
