/**
 * Library benchmark: a 1 MB document with 1,000 annotations, in Debian's
 * Chromium through the real browser host.
 * - navigation → first readable text of the article;
 * - navigation → all 1,000 highlights anchored (server) and painted, and the
 *   part of it after the first text was on screen;
 * - re-anchoring all 1,000 after 50 random edits: the pure re-anchoring step,
 *   and a whole new-version import through the API (read, re-anchor, write).
 * Deterministic text (seeded). Prints figures; asserts nothing about time.
 * BENCH_VERBOSE=1 prints each run's figures as well as the medians.
 * Run: `npx tsx bench/library.ts` (after building the renderer and host).
 */
import { launchChromium } from './chromium.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../electron/core/node/library/library.ts';
import { importText } from '../electron/core/node/library/import-document.ts';
import { reanchorAnnotations } from '../electron/core/node/library/new-version.ts';
import { sampleArticlePath } from '../electron/core/node/paths.ts';
import { startHost } from '../e2e/browser/host-fixture.ts';
import { median, report } from './report.ts';

const DOCUMENT_CHARS = 1_000_000;
const ANNOTATIONS = 1_000;
const EDITS = 50;
const RUNS = 9;
const TITLE = 'A very long report';

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeProse(random: () => number, chars: number): string {
  const syllables = ['ta', 'ren', 'lo', 'mi', 'str', 'ang', 'e', 'ou', 'pal', 'ki', 'no', 'the', 'ver', 'is', 'ad'];
  const word = () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(
      '',
    );
  let text = '';
  while (text.length < chars) {
    const sentence = Array.from({ length: 6 + Math.floor(random() * 18) }, word).join(' ');
    text += `${sentence[0]!.toUpperCase()}${sentence.slice(1)}${random() < 0.2 ? '.\n\n' : '. '}`;
  }
  return text.slice(0, chars).trimEnd();
}

function randomEdit(random: () => number, text: string): string {
  const at = Math.floor(random() * text.length);
  const removed = random() < 0.33 ? 0 : 1 + Math.floor(random() * 200);
  const inserted = random() < 0.5 ? makeProse(random, 1 + Math.floor(random() * 100)) : '';
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

async function seed(dataDir: string, text: string): Promise<Library> {
  const library = await Library.open({ dataDir, sampleArticlePath: sampleArticlePath() });
  const { document } = await importText(library, text, TITLE);
  const step = Math.floor(text.length / ANNOTATIONS);
  const creates: Array<Promise<unknown>> = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    const start = TITLE.length + 2 + i * step;
    creates.push(
      library.createAnnotation({
        documentId: document.id,
        start,
        end: start + 30 + (i % 50),
        color: 'yellow',
        note: i % 4 ? '' : `note ${i}`,
      }),
    );
  }
  await Promise.all(creates);
  await library.openDocument(document.id); // start on it
  return library;
}

export async function benchLibrary(): Promise<void> {
  const random = prng(20261127);
  const text = `${TITLE}\n\n${makeProse(random, DOCUMENT_CHARS)}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-bench-library-'));
  try {
    const library = await seed(dataDir, text);
    const documentId = library.startDocumentId()!;
    await library.close(); // one writer per library: the host takes it
    const host = await startHost(dataDir);
    const browser = await launchChromium();
    try {
      // One browser profile, as a reader's: the renderer's code is in the HTTP
      // and V8 caches after the first visit, as after an app's first launch.
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      const runs: Array<{
        firstText: number;
        painted: number;
        firstTextToPainted: number;
        startRequest: number;
        wholeRequest: number;
        wholeToPainted: number;
      }> = [];
      for (let i = 0; i <= RUNS; i++) {
        // From a blank page of the app's own origin: reopening the app, with
        // no previous article to unload and no new browser process to start
        // (a desktop window has its process before it navigates).
        await page.goto(`${host.url}favicon.svg`);
        await page.goto(host.url);
        await page.waitForFunction(() => performance.getEntriesByName('marginalia:article-painted').length > 0, null, {
          timeout: 60_000,
        });
        const marks = await page.evaluate(() => {
          // No named helpers in here: tsx would wrap them in a `__name` call the page lacks.
          const firstText = performance.getEntriesByName('marginalia:first-text')[0]!.startTime;
          const painted = performance.getEntriesByName('marginalia:article-painted')[0]!.startTime;
          const requests = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const start = requests.find((e) => decodeURIComponent(e.name).endsWith('/api/app:start'))!;
          const whole = requests.find((e) => decodeURIComponent(e.name).endsWith('/api/document:open'))!;
          return {
            firstText,
            painted,
            firstTextToPainted: painted - firstText,
            startRequest: start.responseEnd - start.startTime,
            wholeRequest: whole.responseEnd - whole.startTime,
            wholeToPainted: painted - whole.responseEnd,
            highlights: document.querySelectorAll('mark.hl').length,
          };
        });
        if (marks.highlights < ANNOTATIONS) throw new Error(`only ${marks.highlights} highlights painted`);
        if (i > 0) runs.push(marks); // the first visit fills the caches
        if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(marks));
      }
      const med = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
      report('navigation → first readable text (1 MB document)', med('firstText'), 'ms');
      report(`navigation → all ${ANNOTATIONS} highlights anchored and painted`, med('painted'), 'ms');
      report(`  first text → all ${ANNOTATIONS} highlights painted`, med('firstTextToPainted'), 'ms');
      report(`  app:start request (open, anchor ${ANNOTATIONS}, send the first screen)`, med('startRequest'), 'ms');
      report(`  then document:open request (send all 1.7 MB)`, med('wholeRequest'), 'ms');
      report(`  then its response → all highlights painted`, med('wholeToPainted'), 'ms');
    } finally {
      await browser.close();
      host.process.kill('SIGTERM');
    }

    // Re-anchoring after 50 random edits.
    let edited = text;
    for (let i = 0; i < EDITS; i++) edited = randomEdit(random, edited);
    const annotations = library.annotationsOf(documentId);
    reanchorAnnotations(text, annotations); // warm up
    const pure: number[] = [];
    let counts = '';
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const { report: r } = reanchorAnnotations(edited, annotations);
      pure.push(performance.now() - t0);
      counts = `${r.exact} exact, ${r.fuzzy} fuzzy, ${r.orphan} orphan`;
    }
    report(`re-anchor ${ANNOTATIONS} after ${EDITS} random edits (${counts})`, median(pure), 'ms');
    const t0 = performance.now();
    const imported = await importText(library, edited, TITLE);
    if (!imported.reanchor) throw new Error('the edited text was not taken as a new version');
    report('new version through the library (store, re-anchor, write)', performance.now() - t0, 'ms');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLibrary();
