import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countArrayVisitsAsync } from '../../common/testing/array-visits.ts';
import { base64, SAMPLE, testLibrary, type TestLibrary } from '../library/test-library.ts';
import { commitAnnotationImport, previewAnnotationImport } from './import-annotations.ts';
import { derivedUuid } from './plan-import.ts';

let t: TestLibrary;
let documentId: string;
beforeEach(async () => {
  t = await testLibrary();
  documentId = t.library.listDocuments()[0]!.id;
});
afterEach(() => t.cleanup());

const at = (phrase: string) => ({ start: SAMPLE.indexOf(phrase), end: SAMPLE.indexOf(phrase) + phrase.length });
const request = (json: unknown, fileName = 'notes.json') => ({
  documentId,
  fileName,
  data: base64(typeof json === 'string' ? json : JSON.stringify(json)),
});

describe('importing annotations', () => {
  it('round-trips a Marginalia export losslessly, ids included', async () => {
    const a = await t.library.createAnnotation({
      documentId,
      ...at('First paragraph'),
      color: 'green',
      note: 'A **note**\n\nwith two paragraphs',
    });
    const b = await t.library.createAnnotation({ documentId, ...at('Second sentence'), color: 'purple' });
    const exported = t.library.exportAnnotations(documentId).content;
    const before = (await t.onDisk()).annotations;
    await t.library.deleteAnnotation(a.id);
    await t.library.deleteAnnotation(b.id);

    const preview = await previewAnnotationImport(t.library, request(exported));
    expect(preview).toMatchObject({ format: 'marginalia', total: 2, added: 2, updated: 0, orphaned: 0, skipped: 0 });
    expect((await t.onDisk()).annotations).toEqual([]);

    await commitAnnotationImport(t.library, request(exported));
    const after = (await t.onDisk()).annotations;
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(2);

    // The same file again changes nothing.
    expect(await commitAnnotationImport(t.library, request(exported))).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('round-trips tags and a grade as tagging and assessing bodies', async () => {
    const a = await t.library.createAnnotation({ documentId, ...at('First paragraph'), color: 'green', note: 'why' });
    await t.library.updateAnnotation({
      id: a.id,
      tags: ['port deal', 'Council'],
      grade: { reliability: 'B', credibility: 2 },
    });
    const exported = t.library.exportAnnotations(documentId).content;
    const item = JSON.parse(exported).first.items[0];
    expect(item.body).toEqual([
      { type: 'TextualBody', value: 'why', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'port deal', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Council', purpose: 'tagging' },
      {
        type: 'TextualBody',
        value: 'B2',
        purpose: 'assessing',
        'marginalia:grade': { reliability: 'B', credibility: 2 },
      },
    ]);
    const before = (await t.onDisk()).annotations;
    await t.library.deleteAnnotation(a.id);
    await commitAnnotationImport(t.library, request(exported));
    expect((await t.onDisk()).annotations).toEqual(before);
  });

  it('takes Hypothesis tags as tags, not as words of the note', async () => {
    const hypothesis = [
      {
        id: 'hyp-1',
        uri: 'https://example.org/a',
        text: 'a comment',
        tags: ['harbour', 'council'],
        target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'First paragraph' }] }],
      },
    ];
    await commitAnnotationImport(t.library, request(hypothesis, 'hypothesis.json'));
    const [imported] = (await t.onDisk()).annotations;
    expect(imported).toMatchObject({ note: 'a comment', tags: ['harbour', 'council'] });
  });

  it('skips the entity annotations an export carries beside the highlights', async () => {
    await t.library.createAnnotation({ documentId, ...at('First paragraph'), color: 'green' });
    const collection = JSON.parse(t.library.exportAnnotations(documentId).content);
    collection.first.items.push({
      id: 'urn:uuid:33333333-3333-5333-8333-333333333333',
      type: 'Annotation',
      motivation: 'identifying',
      body: { type: 'TextualBody', value: 'Jane Roe', purpose: 'identifying', 'marginalia:entityType': 'person' },
      target: [
        {
          type: 'SpecificResource',
          source: `urn:uuid:${documentId}`,
          selector: [{ type: 'TextQuoteSelector', exact: 'Jane Roe', prefix: '', suffix: '' }],
        },
      ],
    });
    const summary = await commitAnnotationImport(t.library, request(collection));
    expect(summary).toMatchObject({
      total: 2,
      added: 0,
      unchanged: 1,
      skipped: 1,
      errors: [{ index: 1, message: expect.stringContaining('motivation “identifying”') }],
    });
    expect(t.library.annotationsOf(documentId)).toHaveLength(1);
  });

  it('skips the quotations an export carries, found or not attributed', async () => {
    await t.library.createAnnotation({ documentId, ...at('First paragraph'), color: 'green' });
    const text = await t.library.textOf(documentId);
    const start = text.indexOf('First paragraph');
    const entities = [
      { type: 'person' as const, name: 'Jane Roe', aliases: [], mentions: [{ start, end: start + 5 }] },
    ];
    const quotes = [
      { start, end: start + 15, speaker: { name: 'Jane Roe', type: 'person' as const }, basis: 'named' as const },
      { start: start + 6, end: start + 15, speaker: null, basis: null },
    ];
    const exported = t.library.exportAnnotations(documentId, { entities, quotes, text });
    const summary = await commitAnnotationImport(t.library, request(JSON.parse(exported.content)));
    expect(summary).toMatchObject({ total: 4, added: 0, unchanged: 1, skipped: 3 });
    expect(summary.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('motivation “identifying”'),
      expect.stringContaining('is a quotation Marginalia found'),
      expect.stringContaining('is a quotation Marginalia found'),
    ]);
    expect(t.library.annotationsOf(documentId)).toHaveLength(1);
  });

  it('updates an annotation with the same id', async () => {
    const a = await t.library.createAnnotation({ documentId, ...at('First paragraph'), color: 'green' });
    const collection = JSON.parse(t.library.exportAnnotations(documentId).content);
    collection.first.items[0]['marginalia:color'] = 'blue';
    collection.first.items[0].body = {
      type: 'TextualBody',
      value: 'changed',
      format: 'text/markdown',
      purpose: 'commenting',
    };
    expect(await commitAnnotationImport(t.library, request(collection))).toMatchObject({ added: 0, updated: 1 });
    expect(t.library.annotationsOf(documentId)).toEqual([
      expect.objectContaining({ id: a.id, color: 'blue', note: 'changed' }),
    ]);
  });

  it('reads W3C annotations from other tools: single selectors, target arrays, string and array bodies', async () => {
    const items = [
      {
        id: 'https://recogito.example/a/1',
        type: 'Annotation',
        body: [
          { type: 'TextualBody', value: 'Who?' },
          { type: 'TextualBody', purpose: 'tagging', value: 'person' },
        ],
        target: { source: 'https://example.com/page', selector: { type: 'TextQuoteSelector', exact: 'Jane Roe' } },
      },
      {
        type: 'Annotation',
        body: 'plain string body',
        target: [
          {
            source: 'https://example.com/page',
            selector: [
              { type: 'XPathSelector', value: '/p[1]' },
              { type: 'TextPositionSelector', start: at('some words').start, end: at('some words').end },
            ],
          },
        ],
      },
      {
        type: 'Annotation',
        target: { source: 'https://example.com/page', selector: { type: 'FragmentSelector', value: 'page=1' } },
      },
    ];
    const summary = await commitAnnotationImport(t.library, request(items));
    expect(summary).toMatchObject({
      format: 'web-annotation',
      total: 3,
      added: 2,
      skipped: 1,
      errors: [{ index: 2, message: expect.stringContaining('no TextQuoteSelector') }],
    });
    const stored = t.library.annotationsOf(documentId);
    expect(stored.map((a) => [a.target.quote.exact, a.note, a.color, a.tags])).toEqual([
      ['Jane Roe', 'Who?', 'yellow', ['person']],
      ['some words', 'plain string body', 'yellow', undefined],
    ]);
    expect(stored[0]!.id).toBe(derivedUuid(`${documentId}\nhttps://recogito.example/a/1`));
    // Importing again updates nothing and adds nothing: ids are derived deterministically.
    expect(await commitAnnotationImport(t.library, request(items))).toMatchObject({ added: 0, unchanged: 2 });
  });

  it('reads Hypothesis API results and keeps passages it cannot find as orphans', async () => {
    const rows = [
      {
        id: 'hyp-1',
        text: 'note from hypothesis',
        tags: ['x'],
        updated: '2024-05-01T10:00:00.000000+00:00',
        target: [
          {
            source: 'https://news.example/a',
            selector: [
              { type: 'TextQuoteSelector', exact: 'Second sentence', prefix: 'some words. ', suffix: ' here.' },
            ],
          },
        ],
      },
      {
        id: 'hyp-2',
        text: '',
        target: [
          {
            source: 'https://news.example/a',
            selector: [
              {
                type: 'TextQuoteSelector',
                exact: 'a sentence that was never in this article at all',
                prefix: '',
                suffix: '',
              },
            ],
          },
        ],
      },
    ];
    const summary = await commitAnnotationImport(t.library, request({ total: 2, rows }));
    expect(summary).toMatchObject({ format: 'hypothesis', added: 2, orphaned: 1 });
    const opened = await t.library.openDocument(documentId);
    expect(opened.annotations.map((a) => [a.annotation.note, a.anchor.status, a.annotation.tags]).sort()).toEqual([
      ['', 'orphan', undefined],
      ['note from hypothesis', 'exact', ['x']],
    ]);
  });

  it.each([
    ['not JSON', 'this is { not json', /not a JSON file/],
    ['the wrong shape', { hello: 'world' }, /not a list of annotations/],
    ['no usable annotation', [{ type: 'Annotation', target: 'https://example.com' }], /None of the 1 annotation/],
    ['an empty collection', [], /holds no annotations/],
    [
      'a document not in the library',
      [
        {
          type: 'Annotation',
          target: {
            source: 'urn:uuid:22222222-2222-4222-8222-222222222222',
            selector: { type: 'TextQuoteSelector', exact: 'Jane Roe' },
          },
        },
      ],
      /not in the library/,
    ],
    [
      'a mix of this document and one not in the library',
      [
        { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Jane Roe' } } },
        {
          type: 'Annotation',
          target: {
            source: 'urn:uuid:22222222-2222-4222-8222-222222222222',
            selector: { type: 'TextQuoteSelector', exact: 'Jane Roe' },
          },
        },
      ],
      /not in the library \(urn:uuid:2222/,
    ],
  ])('refuses %s and changes nothing', async (_name, content, reason) => {
    const before = JSON.stringify(await t.onDisk());
    const failure = commitAnnotationImport(t.library, request(content));
    await expect(failure).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(reason) });
    expect(JSON.stringify(await t.onDisk())).toBe(before);
  });

  it('refuses a file over 200 MB by its size, before reading it', async () => {
    const data = 'A'.repeat(Math.ceil((201 * 1024 * 1024) / 3) * 4);
    await expect(previewAnnotationImport(t.library, { documentId, fileName: 'big.json', data })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/201 MB; the limit is 200 MB/),
    });
  });

  it('refuses annotations of another document in the library, by name', async () => {
    const other = await t.library.addDocument({
      text: 'Other\n\nJane Roe again.',
      origin: { kind: 'file', fileName: 'o.txt' },
    });
    const item = {
      type: 'Annotation',
      target: { source: `urn:uuid:${other.id}`, selector: { type: 'TextQuoteSelector', exact: 'Jane Roe' } },
    };
    await expect(previewAnnotationImport(t.library, request([item]))).rejects.toMatchObject({
      message: expect.stringContaining('“Other”'),
    });
  });

  it('refuses annotations of another document when their source is the page URL, by the document IRI beside it', async () => {
    const other = await t.library.addDocument({
      text: 'Other\n\nJane Roe again.',
      canonicalUrl: 'https://news.example/other',
      origin: { kind: 'file', fileName: 'o.html' },
    });
    const item = {
      type: 'Annotation',
      target: {
        source: 'https://news.example/other',
        'marginalia:document': `urn:uuid:${other.id}`,
        selector: { type: 'TextQuoteSelector', exact: 'Jane Roe' },
      },
    };
    await expect(previewAnnotationImport(t.library, request([item]))).rejects.toMatchObject({
      message: expect.stringContaining('“Other”'),
    });
  });
});

describe('importing annotations at scale', () => {
  /** Walks of arrays while re-importing n annotations into a document that already holds them. */
  async function reimportVisits(n: number): Promise<number> {
    const text = ['Scaling', ...Array.from({ length: n }, (_, i) => `Sentence number ${i} says something.`)].join(
      '\n\n',
    );
    const document = await t.library.addDocument({ text, origin: { kind: 'file', fileName: `scale-${n}.txt` } });
    const items = Array.from({ length: n }, (_, i) => ({
      type: 'Annotation',
      id: `https://tool.example/a/${i}`,
      body: `note ${i}`,
      target: { selector: { type: 'TextQuoteSelector', exact: `Sentence number ${i} says` } },
    }));
    const file = { documentId: document.id, fileName: 'many.json', data: base64(JSON.stringify(items)) };
    await commitAnnotationImport(t.library, file);
    let summary: unknown;
    const visits = await countArrayVisitsAsync(async () => {
      summary = await previewAnnotationImport(t.library, file);
    });
    expect(summary).toMatchObject({ unchanged: n });
    return visits;
  }

  it('walks the library a bounded number of times per imported annotation (linear, not quadratic)', async () => {
    const small = await reimportVisits(300);
    const large = await reimportVisits(1200);
    expect(large / small).toBeLessThan(6);
  });
});
