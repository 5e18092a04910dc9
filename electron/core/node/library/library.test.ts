import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from './library.ts';
import { readStoredLibrary } from './test-library.ts';

const SAMPLE =
  'A headline for testing\n\nBy: Jane Roe\n\nFirst paragraph with some words. Second sentence here.\n\nAnother paragraph, with more words.\n';

let dir: string;
let samplePath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-lib-'));
  samplePath = join(dir, 'sample.txt');
  await writeFile(samplePath, SAMPLE);
});
let opened: Library | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
  await rm(dir, { recursive: true, force: true });
});

/** Opens the library, closing the one open before, as the next app start would. */
const open = async () => {
  await opened?.close();
  return (opened = await Library.open({ dataDir: join(dir, 'data'), sampleArticlePath: samplePath }));
};
const onDisk = () => readStoredLibrary(join(dir, 'data'));

describe('Library', () => {
  it('holds the sample article on first run and starts on it', async () => {
    const library = await open();
    const [doc] = library.listDocuments();
    expect(doc).toMatchObject({
      title: 'A headline for testing',
      byline: 'Jane Roe',
      origin: { kind: 'sample' },
      annotationCount: 0,
    });
    expect(library.startDocumentId()).toBe(doc!.id);
    const opened = await library.openDocument(doc!.id);
    expect(opened.text).toBe(SAMPLE);
    expect(opened.layout.blocks.map((b) => b.kind)).toEqual(['headline', 'meta', 'paragraph', 'paragraph']);
    expect(opened.layout.structured).toBe(false);
  });

  it('does not add the sample again on the next start', async () => {
    await open();
    const again = await open();
    expect(again.listDocuments()).toHaveLength(1);
  });

  it('stores both selectors for a new annotation and has it on disk when the call resolves', async () => {
    const library = await open();
    const id = library.startDocumentId()!;
    const start = SAMPLE.indexOf('some words');
    const annotation = await library.createAnnotation({ documentId: id, start, end: start + 10, color: 'green' });
    expect(annotation.target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'some words',
      prefix: SAMPLE.slice(Math.max(0, start - 32), start),
      suffix: SAMPLE.slice(start + 10, start + 42),
    });
    expect(annotation.target.position).toEqual({ type: 'TextPositionSelector', start, end: start + 10 });
    expect((await onDisk()).annotations).toEqual([annotation]);
  });

  it('persists all of 200 concurrent creates', async () => {
    const library = await open();
    const documentId = library.startDocumentId()!;
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        library.createAnnotation({ documentId, start: i % 40, end: (i % 40) + 5, color: 'yellow', note: `n${i}` }),
      ),
    );
    const stored = (await onDisk()).annotations as Array<{ id: string }>;
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((a) => a.id))).toEqual(new Set(created.map((a) => a.id)));
    const reopened = await open();
    expect(reopened.listDocuments()[0]!.annotationCount).toBe(200);
  });

  it('updates, deletes and restores an annotation exactly', async () => {
    const library = await open();
    const documentId = library.startDocumentId()!;
    const created = await library.createAnnotation({ documentId, start: 0, end: 10, color: 'yellow' });
    const updated = await library.updateAnnotation({ id: created.id, note: '**hi**', color: 'blue' });
    expect(updated).toMatchObject({ note: '**hi**', color: 'blue' });
    const deleted = await library.deleteAnnotation(created.id);
    expect((await onDisk()).annotations).toEqual([]);
    await library.restoreAnnotation(deleted);
    expect((await onDisk()).annotations).toEqual([deleted]);
    await expect(library.restoreAnnotation(deleted)).rejects.toThrow(/already exists/);
  });

  it('lands two edits of one annotation made at once, neither undoing the other', async () => {
    const library = await open();
    const documentId = library.startDocumentId()!;
    const created = await library.createAnnotation({ documentId, start: 0, end: 10, color: 'yellow' });
    // A note saved and a tag added before the note's write is on disk.
    const [, tagged] = await Promise.all([
      library.updateAnnotation({ id: created.id, note: 'first' }),
      library.updateAnnotation({ id: created.id, tags: ['port deal'] }),
    ]);
    expect(tagged).toMatchObject({ note: 'first', tags: ['port deal'] });
    expect((await onDisk()).annotations).toEqual([expect.objectContaining({ note: 'first', tags: ['port deal'] })]);
    await library.deleteAnnotation(created.id);
    await expect(library.updateAnnotation({ id: created.id, note: 'gone' })).rejects.toThrow(/no longer exists/);
  });

  it('puts back the time an undo or redo gives, and stamps any other change with now', async () => {
    let now = new Date('2024-03-01T10:00:00.000Z');
    const library = await Library.open({ dataDir: join(dir, 'data'), sampleArticlePath: samplePath, now: () => now });
    const documentId = library.startDocumentId()!;
    const { id, modified: first } = await library.createAnnotation({ documentId, start: 0, end: 10, color: 'yellow' });
    now = new Date('2024-03-02T10:00:00.000Z');
    const recoloured = await library.updateAnnotation({ id, color: 'green' });
    expect(recoloured.modified).toBe('2024-03-02T10:00:00.000Z');
    const undone = await library.updateAnnotation({ id, color: 'yellow', modified: first });
    expect(undone).toMatchObject({ color: 'yellow', modified: '2024-03-01T10:00:00.000Z' });
    expect((await onDisk()).annotations[0]?.modified).toBe('2024-03-01T10:00:00.000Z');
  });

  it('refuses a range past the end or over blank text', async () => {
    const library = await open();
    const documentId = library.startDocumentId()!;
    await expect(
      library.createAnnotation({ documentId, start: 0, end: SAMPLE.length + 1, color: 'yellow' }),
    ).rejects.toThrow(/past the end/);
    const gap = SAMPLE.indexOf('\n\n');
    await expect(library.createAnnotation({ documentId, start: gap, end: gap + 2, color: 'yellow' })).rejects.toThrow(
      /no text/,
    );
    expect((await onDisk()).annotations).toEqual([]);
  });

  it('reports not-found for unknown ids', async () => {
    const library = await open();
    await expect(library.openDocument('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(library.deleteAnnotation('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('attaches an annotation to a new passage, keeping its note, and refuses an empty one', async () => {
    const library = await open();
    const [doc] = library.listDocuments();
    const at = (phrase: string) => ({ start: SAMPLE.indexOf(phrase), end: SAMPLE.indexOf(phrase) + phrase.length });
    const created = await library.createAnnotation({
      documentId: doc!.id,
      ...at('some words'),
      color: 'blue',
      note: 'mine',
    });
    const attached = await library.attachAnnotation({ id: created.id, ...at('more words') });
    expect(attached.anchor).toMatchObject({ status: 'exact', ...at('more words') });
    expect(attached.annotation).toMatchObject({ note: 'mine', color: 'blue' });
    expect((await onDisk()).annotations[0]!.target.quote.exact).toBe('more words');
    await expect(library.attachAnnotation({ id: created.id, start: 0, end: 10_000 })).rejects.toThrow(/past the end/);
  });

  it('stores a layout beside the text and opens with it; a damaged one falls back to the plain-text rules', async () => {
    const library = await open();
    const text = 'Title\n\nA list item';
    const layout = {
      structured: true,
      blocks: [
        { kind: 'headline' as const, start: 0, end: 5 },
        { kind: 'paragraph' as const, start: 7, end: 18, in: [0, 1] },
      ],
      containers: [{ kind: 'list' as const, ordered: false }, { kind: 'item' as const }],
      marks: [{ kind: 'link' as const, start: 9, end: 13, href: 'https://example.org/' }],
    };
    const doc = await library.addDocument({ text, layout, origin: { kind: 'file', fileName: 'a.md' } });
    expect((await library.openDocument(doc.id)).layout).toEqual(layout);

    const files = await import('node:fs/promises').then((fs) => fs.readdir(join(dir, 'data', 'texts')));
    const layoutFile = files.find((f) => f.endsWith('.layout.json'))!;
    await writeFile(join(dir, 'data', 'texts', layoutFile), '{"structured": true, "blocks": [{"kind": "heading"');
    const reopened = await open();
    expect((await reopened.openDocument(doc.id)).layout).toMatchObject({ structured: false, containers: [] });
  });
});

describe('Library: tags, grades and colour names', () => {
  it('stores tags without repeats, a grade that can be removed, and lists the library’s tags by use', async () => {
    const library = await open();
    const [doc] = library.listDocuments();
    const text = (await library.openDocument(doc!.id)).text;
    const at = (from: number) => ({ start: from, end: from + 5 });
    const a = await library.createAnnotation({ documentId: doc!.id, ...at(0), color: 'yellow' });
    const b = await library.createAnnotation({ documentId: doc!.id, ...at(10), color: 'green' });
    expect(text.length).toBeGreaterThan(20);
    await library.updateAnnotation({ id: a.id, tags: ['Port deal', ' port deal ', 'council'] });
    await library.updateAnnotation({ id: b.id, tags: ['council'], grade: { reliability: 'B', credibility: 2 } });
    expect(library.annotationById(a.id)!.tags).toEqual(['Port deal', 'council']);
    expect(library.tags()).toEqual([
      { tag: 'council', count: 2 },
      { tag: 'Port deal', count: 1 },
    ]);
    await library.updateAnnotation({ id: b.id, grade: null });
    expect(library.annotationById(b.id)).not.toHaveProperty('grade');
    const stored = (await onDisk()).annotations.find((x) => x.id === b.id);
    expect(stored).toMatchObject({ tags: ['council'] });
    expect(stored).not.toHaveProperty('grade');
  });

  it('keeps the colour names across a restart, dropping emptied ones', async () => {
    const library = await open();
    expect(library.colorNames).toEqual({});
    await library.setColorNames({ yellow: 'claim', pink: '' });
    expect((await open()).colorNames).toEqual({ yellow: 'claim' });
  });
});
