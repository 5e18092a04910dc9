/**
 * Entity extraction on ~1 MB of news text (the corpus articles repeated), in
 * one run:
 * - CPU time: raw compromise (`extractRawCompromise`) against the whole
 *   pipeline (`extractEntities`), each warmed up once on one article, then
 *   alternated for a few rounds so machine load hits both alike (medians).
 * - Wall time until the entity list is complete: raw compromise on one
 *   thread, the pipeline in one worker thread, and the pipeline shared out
 *   over one worker thread per core and merged, as the app does
 *   (renderer/src/entities/extract-in-worker.ts). Workers are started fresh
 *   each time and their start-up is counted, as a first document pays it.
 * - Quotations and their speakers (`extractQuotes`) on the same text and its
 *   entities, which the extraction worker runs after the entity list.
 * Figures only; nothing is asserted.
 * Run: `npx tsx bench/entities.ts`
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEntities, extractRawCompromise, type Found } from '../electron/core/common/entities/index.ts';
import { extractQuotes } from '../electron/core/common/quotes/index.ts';
import { median, report } from './report.ts';
import type { BenchRequest } from './entities-worker.ts';

const TARGET_CHARS = 1_000_000;
const ROUNDS = 3;
const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures', 'corpus');

function buildText(): { text: string; sample: string } {
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
  const parts: string[] = [];
  let length = 0;
  while (length < TARGET_CHARS) {
    for (const a of articles) {
      parts.push(a);
      length += a.length + 2;
    }
  }
  return { text: parts.join('\n\n'), sample: articles[0] ?? '' };
}

/**
 * CPU milliseconds (user + system) spent by this process: on a shared, busy
 * machine wall time mostly measures the neighbours.
 */
function time(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Starts a bench worker and waits until it has loaded the pipeline. */
async function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./entities-worker.mjs', import.meta.url));
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return worker;
}

function ask<T>(worker: Worker, request: BenchRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(request);
  });
}

/** Wall milliseconds from starting `count` workers to the merged entity list. */
async function pipelineInWorkers(text: string, count: number): Promise<{ ms: number; entities: number }> {
  const started = performance.now();
  const workers = await Promise.all(Array.from({ length: count }, startWorker));
  let entities: number;
  if (count === 1) entities = await ask<number>(workers[0]!, { kind: 'extract', text });
  else {
    const found = await Promise.all(
      workers.map((w, part) => ask<Found>(w, { kind: 'find', text, part: { part, parts: count } })),
    );
    entities = await ask<number>(workers[0]!, { kind: 'merge', found });
  }
  const ms = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  return { ms, entities };
}

export async function benchEntities(): Promise<void> {
  const { text, sample } = buildText();
  const mb = text.length / 1e6;
  extractRawCompromise(sample);
  extractEntities(sample);
  const rawRuns: number[] = [];
  const pipelineRuns: number[] = [];
  let entities = 0;
  for (let round = 0; round < ROUNDS; round++) {
    rawRuns.push(time(() => extractRawCompromise(text)));
    pipelineRuns.push(
      time(() => {
        entities = extractEntities(text).length;
      }),
    );
  }
  const rawMs = median(rawRuns);
  const pipelineMs = median(pipelineRuns);
  report(`text size`, mb, 'MB');
  report(`raw compromise (people/organizations/places/dates), per CPU second`, mb / (rawMs / 1000), 'MB/s');
  report(`pipeline (extractEntities, ${entities} entities), per CPU second`, mb / (pipelineMs / 1000), 'MB/s');
  report(`pipeline time / raw compromise time (budget 1.5)`, pipelineMs / rawMs, 'x');
  report(
    `  per-round ratios: ${pipelineRuns.map((p, i) => (p / rawRuns[i]!).toFixed(2)).join(', ')}`,
    ROUNDS,
    'rounds',
  );

  const cores = availableParallelism();
  const rawStarted = performance.now();
  extractRawCompromise(text);
  const rawWall = performance.now() - rawStarted;
  const one = await pipelineInWorkers(text, 1);
  const shared = await pipelineInWorkers(text, cores);
  report(`wall time to a complete list: raw compromise, one thread`, rawWall, 'ms');
  report(`  the pipeline in one worker thread (start-up included)`, one.ms, 'ms');
  report(`  the pipeline over ${cores} worker threads, merged (${shared.entities} entities)`, shared.ms, 'ms');
  report(`  shared out / raw compromise (target at most 0.5 on 2 cores)`, shared.ms / rawWall, 'x');

  const found = extractEntities(text);
  let quotes = 0;
  const quoteMs = time(() => {
    quotes = extractQuotes(text, found).length;
  });
  report(`quotations and speakers (extractQuotes, ${quotes} quotations), one thread`, quoteMs, 'ms');
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await benchEntities();
