/**
 * Entity extraction throughput on ~1 MB of news text (the shared corpus
 * articles repeated): raw compromise (`extractRawCompromise`) against the
 * whole pipeline (`extractEntities`), in the same run, each warmed up once
 * on one article and then measured on the full text, alternating for a few
 * rounds so machine load hits both alike (medians of CPU time reported). The pipeline's
 * budget is 1.5× raw compromise. Figures only; nothing is asserted.
 * Run: `npx tsx bench/entities.ts`
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEntities, extractRawCompromise } from '../electron/core/common/entities/index.ts';
import { median, report } from './report.ts';

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
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await benchEntities();
