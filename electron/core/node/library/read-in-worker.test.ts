/**
 * A page cannot stop the app: reading runs in a worker thread that is
 * stopped when it nests absurdly, takes too long, needs too much memory, or
 * the reader cancels; the library is unchanged each time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocumentBytes } from './import-document.ts';
import { nestingDepth } from './html-nesting.ts';
import { readDocumentInWorker } from './read-in-worker.ts';
import { testLibrary, type TestLibrary } from './test-library.ts';

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

const nested = (levels: number) =>
  `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(levels)}Text${'</div>'.repeat(levels)}</body></html>`;
const page = (paragraphs: number) =>
  `<!doctype html><html><head><title>Long page</title></head><body><article><h1>Long page</h1>${Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i} of a long article, with enough words to read as prose.</p>`,
  ).join('')}</article></body></html>`;

describe('nestingDepth', () => {
  it('counts explicitly closed elements, not implied ends, void elements, comments or scripts', () => {
    expect(nestingDepth('<div><section><p>a<p>b<p>c<br><img src=x></section></div>')).toBe(2);
    expect(nestingDepth(`<div><script>${'<div>'.repeat(50)}</script><!-- <div><div> --></div>`)).toBe(1);
    expect(nestingDepth(nested(10_000))).toBe(10_000);
  });
});

describe('importing a page in a worker', () => {
  it('refuses a 10,000-level nest with a sentence, and adds nothing', async () => {
    const before = await t.onDisk();
    await expect(importDocumentBytes(t.library, 'deep.html', Buffer.from(nested(10_000)))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/nests its elements 10,000 levels deep.*Nothing was imported/),
    });
    expect(await t.onDisk()).toEqual(before);
  });

  it('reads an ordinary page there and stores it', async () => {
    const { document } = await importDocumentBytes(t.library, 'long.html', Buffer.from(page(50)));
    expect(document.title).toBe('Long page');
    expect(t.library.listDocuments()).toHaveLength(2);
  });

  it('stops a read past its time limit', async () => {
    await expect(
      importDocumentBytes(t.library, 'long.html', Buffer.from(page(20_000)), new Date(), {
        limits: { timeMs: 1, memoryMb: 1_536 },
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/took longer than 0 seconds.*Nothing was imported/) });
    expect(t.library.listDocuments()).toHaveLength(1);
  });

  it('stops a read past its memory limit', async () => {
    await expect(
      readDocumentInWorker(Buffer.from(page(60_000)), 'big.html', { limits: { timeMs: 120_000, memoryMb: 24 } }),
    ).rejects.toMatchObject({ reason: 'memory', message: expect.stringMatching(/needs more than 24 MB of memory/) });
  });

  it('stops when the reader cancels', async () => {
    const controller = new AbortController();
    const reading = readDocumentInWorker(Buffer.from(page(20_000)), 'long.html', { signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ reason: 'cancelled', message: 'Stopped opening “long.html”.' });
  });
});
