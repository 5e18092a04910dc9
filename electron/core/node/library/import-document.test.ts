import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../../test-fixtures/fixtures.ts';
import { MAX_DOCUMENT_FILE_BYTES } from '../../../shared/constants.ts';
import { ApiFailure } from '../api/api-failure.ts';
import { MAX_DOCUMENT_BYTES } from '../import/read-document.ts';
import { importDocumentBytes, importDocumentData, importText } from './import-document.ts';
import { base64, testLibrary, type TestLibrary } from './test-library.ts';

const BBC = resolve(FIXTURES_DIR, 'pages', 'bbc-1');

const STORY = [
  'Council approves new bridge',
  'By: Ada Lovelace',
  'The city council voted on Tuesday to approve a new bridge across the river.',
  'Construction is expected to begin next spring and to last two years.',
  'Residents have long complained about traffic on the old crossing.',
].join('\n\n');

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

async function refusal(work: Promise<unknown>): Promise<ApiFailure> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  expect((error as ApiFailure).code).toBe('invalid-input');
  return error as ApiFailure;
}

describe('importing documents', () => {
  it('reads a saved web page into a document with its title, byline and source', async () => {
    const html = await readFile(resolve(BBC, 'source.html'));
    const expected = JSON.parse(await readFile(resolve(BBC, 'expected-metadata.json'), 'utf8'));
    const result = await importDocumentData(t.library, 'source.html', base64(html));
    expect(result.existing).toBe(false);
    expect(result.document).toMatchObject({
      title: expected.title,
      byline: expected.byline,
      origin: { kind: 'file', fileName: 'source.html' },
    });
    expect((await t.onDisk()).documents).toHaveLength(2);
  });

  it('does not duplicate a file opened twice', async () => {
    const first = await importDocumentData(t.library, 'story.txt', base64(STORY));
    const again = await importDocumentData(t.library, 'copy of story.txt', base64(STORY));
    expect(again).toMatchObject({ existing: true, document: { id: first.document.id } });
    expect(t.library.listDocuments()).toHaveLength(2);
  });

  it('keeps only the file name, not the folders it came from', async () => {
    const result = await importDocumentData(t.library, '/home/me/news/story.txt', base64(STORY));
    expect(result.document.origin.fileName).toBe('story.txt');
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /binary/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8/],
    ['sheet.xlsx', new TextEncoder().encode('a,b,c'), /not a file Marginalia can import/],
  ])('refuses %s with a reason and changes nothing', async (name, bytes, reason) => {
    const before = JSON.stringify(await t.onDisk());
    const error = await refusal(importDocumentData(t.library, name, base64(bytes)));
    expect(error.message).toMatch(reason);
    expect(error.message).toContain('Nothing was imported');
    expect(JSON.stringify(await t.onDisk())).toBe(before);
  });

  it('refuses a 50 MB file by its size, before decoding it', async () => {
    const data = 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4);
    const error = await refusal(importDocumentData(t.library, 'huge.txt', data));
    expect(error.message).toMatch(/“huge\.txt” is 50 MB; the limit is 20 MB/);
    expect(t.library.listDocuments()).toHaveLength(1);
  });

  it('refuses data that is not base64', async () => {
    await refusal(importDocumentData(t.library, 'story.txt', 'not base64!'));
  });

  it('agrees with the contract on the size limit the renderer checks', () => {
    expect(MAX_DOCUMENT_FILE_BYTES).toBe(MAX_DOCUMENT_BYTES);
  });

  it('adds pasted text, titled by its first line or the given title', async () => {
    const pasted = await importText(t.library, 'Pasted headline\r\n\r\nBody text here.', undefined);
    expect(pasted.document).toMatchObject({ title: 'Pasted headline', origin: { kind: 'clipboard', fileName: null } });
    expect((await t.library.openDocument(pasted.document.id)).text).toBe('Pasted headline\n\nBody text here.');
    const titled = await importText(t.library, 'Something else entirely.', 'My title');
    expect(titled.document.title).toBe('My title');
    await refusal(importText(t.library, '  \n ', undefined));
  });
});

describe('a changed file: a new version', () => {
  async function withHighlights() {
    const { document } = await importDocumentBytes(t.library, 'story.txt', new TextEncoder().encode(STORY));
    const text = (await t.library.openDocument(document.id)).text;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const untouched = await t.library.createAnnotation({
      documentId: document.id,
      ...at('Residents have long complained'),
      color: 'green',
      note: 'kept',
    });
    const edited = await t.library.createAnnotation({
      documentId: document.id,
      ...at('voted on Tuesday to approve a new bridge across the river'),
      color: 'yellow',
    });
    const removed = await t.library.createAnnotation({
      documentId: document.id,
      ...at('expected to begin next spring'),
      color: 'pink',
      note: 'schedule?',
    });
    return { document, untouched, edited, removed };
  }

  it('re-anchors every annotation into the new text and reports how', async () => {
    const { document, untouched, edited, removed } = await withHighlights();
    const changed = STORY.replace('voted on Tuesday to approve', 'voted on Wednesday to approve').replace(
      'Construction is expected to begin next spring and to last two years.',
      'Work will take two years.',
    );
    const result = await importDocumentBytes(t.library, 'story.txt', new TextEncoder().encode(changed));

    expect(result.document.id).toBe(document.id);
    expect(result.document.contentHash).not.toBe(document.contentHash);
    expect(result.document.previousVersions).toEqual([
      { contentHash: document.contentHash, replacedAt: expect.any(String) },
    ]);
    expect(t.library.listDocuments()).toHaveLength(2);
    const report = result.reanchor!;
    expect(report).toMatchObject({ previousContentHash: document.contentHash, exact: 1, fuzzy: 1, orphan: 1 });
    const status = Object.fromEntries(report.items.map((i) => [i.annotationId, i.status]));
    expect(status).toEqual({ [untouched.id]: 'exact', [edited.id]: 'fuzzy', [removed.id]: 'orphan' });
    expect(report.items.find((i) => i.annotationId === removed.id)).toMatchObject({
      quote: 'expected to begin next spring',
      note: 'schedule?',
      confidence: 0,
    });

    // Stored selectors follow the new text for anchored annotations; the orphan keeps its own.
    const opened = await (await t.reopen()).openDocument(document.id);
    expect(opened.text).toBe(changed);
    const byId = new Map(opened.annotations.map((a) => [a.annotation.id, a]));
    expect(byId.get(untouched.id)!.anchor.status).toBe('exact');
    const moved = byId.get(edited.id)!;
    expect(moved.anchor.status).toBe('exact');
    expect(moved.annotation.target.quote.exact).toContain('Wednesday');
    expect(changed.slice(moved.annotation.target.position.start, moved.annotation.target.position.end)).toBe(
      moved.annotation.target.quote.exact,
    );
    expect(byId.get(removed.id)!.annotation.target).toEqual(removed.target);
    expect(byId.get(removed.id)!.anchor.status).toBe('orphan');
    expect(byId.get(removed.id)!.annotation.note).toBe('schedule?');
  });

  it('recognises a new version by its title when the file name differs', async () => {
    const { document } = await withHighlights();
    const result = await importDocumentBytes(
      t.library,
      'renamed.txt',
      new TextEncoder().encode(`${STORY}\n\nA late update.`),
    );
    expect(result.document.id).toBe(document.id);
    expect(result.reanchor).toMatchObject({ exact: 3, fuzzy: 0, orphan: 0 });
  });

  it('adds a different article under the same file name as a new document, leaving the old one alone', async () => {
    const { document } = await withHighlights();
    const result = await importDocumentBytes(
      t.library,
      'story.txt',
      new TextEncoder().encode(
        'Weather this weekend\n\nSunny on Saturday, with showers moving in from the west on Sunday.',
      ),
    );
    expect(result.reanchor).toBeUndefined();
    expect(result.document.id).not.toBe(document.id);
    expect(t.library.summaryOf(document.id)).toMatchObject({ contentHash: document.contentHash, annotationCount: 3 });
  });

  it('adds a different article as a new document', async () => {
    await withHighlights();
    const result = await importDocumentBytes(
      t.library,
      'other.txt',
      new TextEncoder().encode('Another story\n\nNothing alike.'),
    );
    expect(result.reanchor).toBeUndefined();
    expect(t.library.listDocuments()).toHaveLength(3);
  });
});
