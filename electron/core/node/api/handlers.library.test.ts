/** The library channels as the transports see them: through the dispatcher, with host capabilities faked. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE, testLibrary, type TestLibrary } from '../library/test-library.ts';
import { createDispatcher } from './dispatch.ts';
import { createHandlers, type HostInfo } from './handlers.ts';

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

const dispatcher = (host: Partial<HostInfo>) =>
  createDispatcher(createHandlers(t.library, { version: '0', ...host }), () => {});

describe('app:start', () => {
  it('answers with the start document already opened', async () => {
    const result = await dispatcher({})('app:start', {});
    expect(result).toMatchObject({
      ok: true,
      value: {
        startDocumentError: null,
        startDocument: { complete: true, opened: { text: SAMPLE, document: { title: 'A headline for testing' } } },
      },
    });
  });

  it('answers with only the first screen of a long start document', async () => {
    const long = `A long one\n\n${Array.from({ length: 200 }, (_, i) => `Paragraph ${i} has a few words in it, and then some more.`.repeat(4)).join('\n\n')}`;
    const dispatch = dispatcher({});
    const imported = await dispatch('document:import-text', { text: long });
    if (!imported.ok) throw new Error(imported.error.message);
    await dispatch('document:open', { documentId: (imported.value as { document: { id: string } }).document.id }); // the last one read
    const result = await dispatch('app:start', {});
    if (!result.ok) throw new Error(result.error.message);
    const { startDocument } = result.value as {
      startDocument: { complete: boolean; opened: { text: string; document: { title: string } } };
    };
    expect(startDocument.complete).toBe(false);
    expect(startDocument.opened.document.title).toBe('A long one');
    expect(long.startsWith(startDocument.opened.text)).toBe(true);
    expect(startDocument.opened.text.length).toBeLessThan(long.length);
  });

  it('document:open-first-screen answers the same first screen for any document', async () => {
    const dispatch = dispatcher({});
    const [sample] = t.library.listDocuments();
    expect(await dispatch('document:open-first-screen', { documentId: sample!.id })).toMatchObject({
      ok: true,
      value: { complete: true, opened: { text: SAMPLE } },
    });
    expect(
      await dispatch('document:open-first-screen', { documentId: '11111111-1111-4111-8111-111111111111' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('still starts, and says why, when the start document’s text is gone', async () => {
    await rm(join(t.dataDir, 'texts'), { recursive: true });
    const fresh = createDispatcher(createHandlers(await t.reopen(), { version: '0' }), () => {});
    const result = await fresh('app:start', {});
    expect(result).toMatchObject({
      ok: true,
      value: {
        startDocument: null,
        startDocumentError: expect.stringContaining('missing from the data folder'),
      },
    });
  });
});

describe('document:open-dialog', () => {
  it('imports the file the host dialog returns', async () => {
    const dispatch = dispatcher({
      openFile: async () => ({
        fileName: '/home/me/note.md',
        bytes: new TextEncoder().encode('# A note\n\nSome text.'),
      }),
    });
    const result = await dispatch('document:open-dialog', {});
    expect(result).toMatchObject({
      ok: true,
      value: {
        result: { existing: false, document: { title: 'A note', origin: { kind: 'file', fileName: 'note.md' } } },
      },
    });
  });

  it('answers null when the user cancels, and unsupported without a dialog', async () => {
    expect(await dispatcher({ openFile: async () => null })('document:open-dialog', {})).toEqual({
      ok: true,
      value: { result: null },
    });
    expect(await dispatcher({})('document:open-dialog', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});

describe('document:import', () => {
  it('refuses a bad file as invalid-input with the reason', async () => {
    const result = await dispatcher({})('document:import', {
      fileName: 'x.bin',
      data: Buffer.from([0, 1, 2, 3, 0, 0]).toString('base64'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('“x.bin”') },
    });
  });
});

describe('document:delete and document:restore', () => {
  it('round-trips through the dispatcher', async () => {
    const dispatch = dispatcher({});
    const [sample] = t.library.listDocuments();
    const deleted = await dispatch('document:delete', { documentId: sample!.id });
    expect(deleted.ok).toBe(true);
    if (!deleted.ok) return;
    const { restoreToken } = deleted.value as { restoreToken: string };
    expect(await dispatch('library:list', {})).toEqual({ ok: true, value: { documents: [] } });
    expect(await dispatch('document:restore', { restoreToken })).toMatchObject({
      ok: true,
      value: { document: { id: sample!.id } },
    });
  });
});

describe('annotation:create and annotation:restore', () => {
  it('answer with the annotation anchored in the current text', async () => {
    const dispatch = dispatcher({});
    const documentId = t.library.startDocumentId()!;
    const start = SAMPLE.indexOf('Second sentence');
    const created = await dispatch('annotation:create', { documentId, start, end: start + 15, color: 'blue' });
    expect(created).toMatchObject({
      ok: true,
      value: { annotation: { documentId }, anchor: { status: 'exact', start, end: start + 15 } },
    });
  });

  it('restore an annotation whose passage is gone as an orphan, not at its stored position', async () => {
    const dispatch = dispatcher({});
    const documentId = t.library.startDocumentId()!;
    const start = SAMPLE.indexOf('Second sentence');
    const annotation = await t.library.createAnnotation({ documentId, start, end: start + 15, color: 'blue' });
    await t.library.deleteAnnotation(annotation.id);
    // Its quote is no longer in the text, as after a new version dropped the passage; its stored position points at other words.
    const elsewhere = { ...annotation, id: crypto.randomUUID() };
    elsewhere.target = { ...annotation.target, quote: { ...annotation.target.quote, exact: 'Not in the text' } };
    const restored = await dispatch('annotation:restore', { annotation: elsewhere });
    expect(restored).toMatchObject({
      ok: true,
      value: { annotation: { id: elsewhere.id }, anchor: { status: 'orphan', start: null, end: null } },
    });
  });
});
