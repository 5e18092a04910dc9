/**
 * How long `npx marginalia <command>` takes from the shell's point of view:
 * the wall time of the whole process, median of 5, beside a bare
 * `node -e ''` measured in the same rounds (so machine load shows in both).
 * Runs the built CLI (bin/marginalia.js → dist/node/cli.js) on a fresh data dir.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { median, report } from './report.ts';

const run = promisify(execFile);
const RUNS = 5;
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'marginalia.js');

async function wallTime(args: string[]): Promise<number> {
  const start = performance.now();
  await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - start;
}

export async function benchCliStartup(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'marginalia-bench-cli-'));
  try {
    const dataDir = join(work, 'data');
    const text = join(work, 'article.txt');
    await copyFile(join(root, 'resources', 'sample-article.txt'), text);
    await run(process.execPath, [bin, 'list', '--data-dir', dataDir]); // first run: creates the library with the sample

    const cases: Array<[string, string[]]> = [
      ["node -e ''", ['-e', '']],
      ['marginalia help', [bin, 'help']],
      ['marginalia list', [bin, 'list', '--data-dir', dataDir]],
      ['marginalia export (stdout)', [bin, 'export', '--data-dir', dataDir]],
      ['marginalia entities <the sample as .txt>', [bin, 'entities', text]],
    ];
    const times = new Map<string, number[]>(cases.map(([label]) => [label, []]));
    // Rounds interleave the commands, so a busy moment slows all of them alike.
    for (let round = 0; round < RUNS; round++) {
      for (const [label, args] of cases) times.get(label)!.push(await wallTime(args));
    }
    for (const [label] of cases) report(`${label} (wall time, median of ${RUNS})`, median(times.get(label)!), 'ms');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
