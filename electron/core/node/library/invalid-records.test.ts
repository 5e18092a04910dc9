/**
 * One bad record never costs the reader their library: nothing invalid is
 * written, and a file with a few invalid records is opened with every valid
 * one kept and only the invalid ones set aside, with a notice saying so.
 */
import { readdir, readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitAnnotationImport } from '../annotation-import/import-annotations.ts';
import { base64, SAMPLE, testLibrary, type TestLibrary } from './test-library.ts';

let t: TestLibrary;
let documentId: string;
beforeEach(async () => {
  t = await testLibrary();
  documentId = t.library.listDocuments()[0]!.id;
});
afterEach(() => t.cleanup());

const span = (phrase: string) => ({ start: SAMPLE.indexOf(phrase), end: SAMPLE.indexOf(phrase) + phrase.length });

describe('records the store would reject', () => {
  it('an imported date beyond year 9999 is never stored as one the next start refuses', async () => {
    for (const phrase of ['First paragraph', 'some words', 'Second sentence', 'Jane Roe']) {
      await t.library.createAnnotation({ documentId, ...span(phrase), color: 'green' });
    }
    const item = {
      type: 'Annotation',
      created: '10000-01-01',
      modified: '10000-01-01',
      target: { selector: { type: 'TextQuoteSelector', exact: 'headline' } },
    };
    const file = { documentId, fileName: 'notes.json', data: base64(JSON.stringify([item])) };
    await commitAnnotationImport(t.library, file).catch(() => undefined);

    const reopened = await t.reopen();
    expect(reopened.notices).toEqual([]);
    expect(reopened.annotationsOf(documentId).length).toBeGreaterThanOrEqual(4);
    for (const annotation of reopened.annotationsOf(documentId)) {
      expect(annotation.created).toMatch(/^\d{4}-/);
    }
  });

  it('opening a library with one invalid annotation keeps the valid ones and sets aside only that one', async () => {
    const kept = [];
    for (const phrase of ['First paragraph', 'some words', 'Second sentence', 'Jane Roe', 'headline']) {
      kept.push(await t.library.createAnnotation({ documentId, ...span(phrase), color: 'green' }));
    }
    const invalid = { ...kept[0]!, id: '99999999-9999-4999-8999-999999999999', created: '+010000-01-01T00:00:00.000Z' };
    await t.injectAnnotation(invalid);

    const reopened = await t.reopen();
    expect(
      reopened
        .annotationsOf(documentId)
        .map((a) => a.id)
        .sort(),
    ).toEqual(kept.map((a) => a.id).sort());
    expect(reopened.listDocuments()).toHaveLength(1);
    const [notice] = reopened.notices;
    expect(notice?.message).toMatch(/1 record .*set aside/);
    expect(notice?.message).toMatch(/kept \(1 document, 5 annotations/);
    // The set-aside record is in the kept copy, word for word.
    const keptAt = notice!.keptAt;
    expect(await readFile(keptAt, 'utf8')).toContain(invalid.created);
    // And the library itself is valid again on disk: the next start says nothing.
    const third = await t.reopen();
    expect(third.notices).toEqual([]);
    expect(third.annotationsOf(documentId)).toHaveLength(5);
  });

  it('a document record with one bad field is set aside alone; the others stay', async () => {
    const other = await t.library.addDocument({
      text: 'Other story\n\nWords.',
      origin: { kind: 'file', fileName: 'o.txt' },
    });
    await t.library.createAnnotation({ documentId, ...span('some words'), color: 'green' });
    await t.corruptDocumentRecord(other.id, { created: 'yesterday' });
    const reopened = await t.reopen();
    expect(reopened.listDocuments().map((d) => d.id)).toEqual([documentId]);
    expect(reopened.annotationsOf(documentId)).toHaveLength(1);
    expect(reopened.notices[0]?.message).toMatch(/set aside/);
    expect((await readdir(t.dataDir)).some((name) => name.includes('.corrupt-'))).toBe(true);
  });
});
