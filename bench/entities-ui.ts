/**
 * Entity panel benchmark in the browser host: open a ~1 MB document and
 * watch the UI thread while the extraction worker runs.
 *
 * - extraction time: `marginalia:entities-start` → `marginalia:entities-done`
 *   (worker start, parse, merge, results back on the UI thread);
 * - the longest UI task while it runs, from the Long Tasks API (target: none
 *   over 100 ms once the article is on screen; the article's own first paint
 *   is reported apart);
 * - the longest task when "Tint entities" paints every mention.
 * Prints figures; asserts nothing about time.
 * Run: `npx tsx bench/entities-ui.ts` (after building the host and renderer).
 */
import type { Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHost } from '../e2e/browser/host-fixture.ts';
import { Library } from '../electron/core/node/library/library.ts';
import { sampleArticlePath } from '../electron/core/node/paths.ts';
import { report } from './report.ts';

const TARGET_CHARS = 1_000_000;
/** News texts shared with the extractor's evaluation; the sample article when absent. */
const CORPUS_DIR = resolve(import.meta.dirname, '..', 'test-fixtures', 'corpus');

function bigDocument(): string {
  const texts = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'))
    : [readFileSync(sampleArticlePath(), 'utf8')];
  const parts = ['A long read for the entity benchmark'];
  let length = parts[0]!.length;
  for (let i = 0; length < TARGET_CHARS; i++) {
    const part = `Part ${i + 1}\n\n${texts[i % texts.length]!.trim()}`;
    parts.push(part);
    length += part.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

interface Timeline {
  marks: Record<string, number>;
  tasks: Array<{ start: number; duration: number }>;
}

export async function benchEntitiesUi(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-bench-entities-'));
  const text = bigDocument();
  const library = await Library.open({ dataDir, sampleArticlePath: sampleArticlePath() });
  const { id } = await library.addDocument({ text, origin: { kind: 'file', fileName: 'long-read.txt' } });
  await library.openDocument(id); // makes it the document the app opens at start
  await library.close(); // one writer per library: the host takes it
  console.log(`document: ${(text.length / 1e6).toFixed(2)} M characters, ${text.split('\n\n').length} paragraphs`);
  // Long tasks stretch on a busy machine; the load puts the figures in context.
  console.log(
    `load average: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs`,
  );

  const host = await startHost(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.addInitScript(() => {
      const tasks: Array<{ start: number; duration: number }> = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(host.url);
    await page.waitForFunction(() => performance.getEntriesByName('marginalia:entities-done').length > 0, null, {
      timeout: 600_000,
    });
    await page.getByRole('region', { name: /^Places \d+$/ }).waitFor();
    await page.waitForTimeout(500); // let the panel's render task land in the observer
    const timeline = await readTimeline(page);
    const start = timeline.marks['marginalia:entities-start']!;
    const done = timeline.marks['marginalia:entities-done']!;
    const painted = timeline.marks['marginalia:article-painted']!;
    // The hand-over: the task that takes the worker's result and renders the panel.
    const handover = timeline.tasks.filter((t) => t.start <= done && done <= t.start + t.duration);
    const during = timeline.tasks.filter(
      (t) => t.start < done && t.start + t.duration > start && !handover.includes(t),
    );
    const afterArticle = during.filter((t) => t.start >= painted);
    const counts = await page.evaluate(() => ({
      entities: document.querySelectorAll('.entities-panel .entity').length,
      sections: [...document.querySelectorAll('.entities-panel h3')].map((h) => h.textContent!.trim()).join(', '),
    }));
    console.log(`entities listed: ${counts.entities} (${counts.sections})`);

    report('extraction, worker start → entities on the UI thread', done - start, 'ms');
    report(
      'longest UI task while extracting (article fully painted)',
      Math.max(0, ...afterArticle.map((t) => t.duration)),
      'ms',
    );
    report(
      'UI tasks over 100 ms while extracting (article fully painted)',
      afterArticle.filter((t) => t.duration > 100).length,
      'tasks',
    );
    report(
      'longest UI task while extracting, incl. painting the article',
      Math.max(0, ...during.map((t) => t.duration)),
      'ms',
    );
    report(
      'hand-over: results → panel rendered (one task; 0 = under 50 ms)',
      Math.max(0, ...handover.map((t) => t.duration)),
      'ms',
    );
    const before = timeline.tasks.length;
    await page.getByLabel('Tint entities').check();
    await page.locator('article.article .ent').first().waitFor();
    await page.waitForTimeout(500);
    const tint = (await readTimeline(page)).tasks.slice(before);
    const mentions = await page.locator('article.article .ent').count();
    report(
      `"Tint entities" on: longest task painting ${mentions} mentions`,
      Math.max(0, ...tint.map((t) => t.duration)),
      'ms',
    );
  } finally {
    await browser.close();
    host.process.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function readTimeline(page: Page): Promise<Timeline> {
  return page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark')) marks[mark.name] ??= mark.startTime;
    return { marks, tasks: [...(window as unknown as { __longTasks: Timeline['tasks'] }).__longTasks] };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchEntitiesUi();
}
