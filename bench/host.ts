/**
 * Browser-host benchmarks for the core reading and annotating loop, in
 * Debian's Chromium through the real host:
 * - navigation → sample article on screen;
 * - `h` → annotation on disk, with 10,000 annotations already stored;
 * - loading a 10,000-annotation database;
 * - exporting it.
 * Prints figures; asserts nothing about time.
 */
import { launchChromium } from './chromium.ts';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../electron/core/node/library/library.ts';
import { sampleArticlePath } from '../electron/core/node/paths.ts';
import { startHost } from '../e2e/browser/host-fixture.ts';
import { selectText } from '../e2e/browser/article-helpers.ts';
import { median, report } from './report.ts';

const ANNOTATIONS = 10_000;
const RUNS = 5;

async function seed(dataDir: string): Promise<string> {
  const library = await Library.open({ dataDir, sampleArticlePath: sampleArticlePath() });
  // Spread over 50 documents of 200 annotations each, as a reader's library would be.
  const creates: Array<Promise<unknown>> = [];
  for (let d = 0; d < 50; d++) {
    const text = `Document ${d}\n\n${'A paragraph of reading text with words to highlight. '.repeat(400)}\n`;
    const { id } = await library.addDocument({ text, origin: { kind: 'file', fileName: `doc-${d}.txt` } });
    for (let i = 0; i < ANNOTATIONS / 50; i++) {
      const start = 20 + i * 50;
      creates.push(
        library.createAnnotation({
          documentId: id,
          start,
          end: start + 30,
          color: 'yellow',
          note: i % 3 ? '' : `note ${i}`,
        }),
      );
    }
  }
  await Promise.all(creates);
  const start = library.startDocumentId()!;
  await library.close();
  return start;
}

export async function benchHost(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-bench-'));
  try {
    const seedStart = performance.now();
    await seed(dataDir);
    const dbBytes = (await stat(join(dataDir, 'marginalia.json'))).size;
    console.log(
      `seeded ${ANNOTATIONS} annotations (${(dbBytes / 1e3).toFixed(0)} KB index, one file per document) in ${(performance.now() - seedStart).toFixed(0)} ms`,
    );

    const loads: number[] = [];
    const exports: number[] = [];
    let exportBytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const library = await Library.open({ dataDir, sampleArticlePath: sampleArticlePath() });
      loads.push(performance.now() - t0);
      const t1 = performance.now();
      const exported = library.exportAnnotations();
      exports.push(performance.now() - t1);
      exportBytes = exported.content.length;
      await library.close();
    }
    report('load a 10,000-annotation database (read + validate)', median(loads), 'ms');
    report(`export all 10,000 annotations (${(exportBytes / 1e6).toFixed(1)} MB JSON)`, median(exports), 'ms');

    const host = await startHost(dataDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const toArticle: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(host.url);
        await page.locator('article h1').waitFor();
        toArticle.push(
          await page.evaluate(() => performance.getEntriesByName('marginalia:article-painted')[0]!.startTime),
        );
      }
      report('navigation → sample article displayed', median(toArticle), 'ms');

      const toDisk: number[] = [];
      const phrases = [
        'Growing convergence',
        'Both the outlawed',
        'Islamabad looks at',
        'On its part',
        'In a related development',
      ];
      for (const phrase of phrases) {
        await selectText(page, phrase);
        const response = page.waitForResponse((r) => decodeURIComponent(r.url()).endsWith('/api/annotation:create'));
        const t0 = performance.now();
        await page.keyboard.press('h');
        const body = await (await response).json();
        toDisk.push(performance.now() - t0);
        const { id, documentId } = body.value.annotation;
        const onDisk = await readFile(join(dataDir, 'documents', `${documentId}.json`), 'utf8');
        if (!onDisk.includes(id)) throw new Error('the annotation was acknowledged before it was on disk');
      }
      report(`'h' → annotation on disk (${ANNOTATIONS} stored)`, median(toDisk), 'ms');
    } finally {
      await browser.close();
      host.process.kill('SIGTERM');
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHost();
