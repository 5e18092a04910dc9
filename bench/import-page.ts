/**
 * Importing the largest saved page and painting its first screen, before and
 * after laid-out articles (issue 13), in one run on the same machine:
 *
 * - "before" is the tree at BEFORE_REF (override with BENCH_BEFORE_REF),
 *   exported with `git archive` into a temporary folder and built there,
 *   sharing this checkout's node_modules;
 * - "after" is this checkout's build (`npm run bench` builds it first).
 *
 * Figures: `readDocument` on the page in this process (parse, Readability,
 * text and layout), then in Chromium through each build's browser host: the
 * file chosen → the import answered → the first screen of the new article
 * painted (the renderer's `marginalia:first-text` mark). Runs alternate
 * between the two builds; medians are printed. Nothing is asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { startHost } from '../e2e/browser/host-fixture.ts';
import { launchChromium } from './chromium.ts';
import { median, report } from './report.ts';

/** The last commit before documents had layouts: plain-text import and painting. */
const BEFORE_REF = process.env.BENCH_BEFORE_REF ?? 'eb21e9a';
const RUNS = 5;
const root = resolve(import.meta.dirname, '..');
const PAGES = join(root, 'test-fixtures', 'pages');

function largestPage(): { name: string; path: string; bytes: number } {
  const pages = readdirSync(PAGES).map((name) => {
    const path = join(PAGES, name, 'source.html');
    return { name, path, bytes: statSync(path).size };
  });
  return pages.sort((a, b) => b.bytes - a.bytes)[0]!;
}

/** The tree at `ref`, built, in a temporary folder; null when git or the ref is not there. */
async function buildBefore(ref: string): Promise<string | null> {
  const folder = await mkdtemp(join(tmpdir(), 'marginalia-bench-before-'));
  const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) {
    console.log(`  (no "before": git archive ${ref} failed: ${archive.stderr.toString().trim()})`);
    await rm(folder, { recursive: true, force: true });
    return null;
  }
  execFileSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  await symlink(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-node.ts'], {
    cwd: folder,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: folder,
    stdio: 'inherit',
  });
  return folder;
}

type ReadDocument = (bytes: Uint8Array, fileName: string) => { text: string };

/** Median time of each reader on `bytes`, runs interleaved after one warm-up each, so neither gets the warm JIT. */
function timeReads(readers: Array<[string, ReadDocument]>, bytes: Uint8Array): Map<string, number> {
  const times = new Map<string, number[]>(readers.map(([label]) => [label, []]));
  for (const [, read] of readers) read(bytes, 'page.html');
  for (let i = 0; i < RUNS; i++) {
    for (const [label, read] of readers) {
      const t0 = performance.now();
      read(bytes, 'page.html');
      times.get(label)!.push(performance.now() - t0);
    }
  }
  return new Map([...times].map(([label, values]) => [label, median(values)]));
}

/** From choosing the file to the import's answer, and to the new article's first screen on screen. */
async function importAndPaint(page: Page, url: string, file: { name: string; buffer: Buffer }) {
  await page.goto(url);
  await page.locator('article.article h1').waitFor();
  const sample = await page.locator('article.article h1').textContent();
  const answered = page.waitForResponse((r) => decodeURIComponent(r.url()).endsWith('/api/document:import'));
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('document-file-input').setInputFiles({ ...file, mimeType: 'text/html' });
  await answered;
  const importDone = await page.evaluate(() => performance.now());
  await page.waitForFunction((old) => document.querySelector('article.article h1')?.textContent !== old, sample);
  const painted = await page.waitForFunction(() => {
    const marks = performance.getEntriesByName('marginalia:first-text');
    return marks.length > 1 ? marks.at(-1)!.startTime : null;
  });
  const firstText = (await painted.jsonValue()) as number;
  return { imported: importDone - start, firstScreen: firstText - start };
}

export async function benchImportPage(): Promise<void> {
  const largest = largestPage();
  const buffer = Buffer.from(await readFile(largest.path));
  console.log(
    `  page: ${largest.name} (${(largest.bytes / 1e6).toFixed(2)} MB); before = ${BEFORE_REF}, after = this build`,
  );

  const before = await buildBefore(BEFORE_REF);
  const builds = [...(before ? [['before', before] as const] : []), ['after', root] as const];
  try {
    const readers: Array<[string, ReadDocument]> = [];
    for (const [label, folder] of builds) {
      const module = (await import(pathToFileURL(join(folder, 'electron/core/node/import/read-document.ts')).href)) as {
        readDocument: ReadDocument;
      };
      readers.push([label, module.readDocument]);
    }
    for (const [label, time] of timeReads(readers, buffer)) {
      report(`${label}: readDocument (parse, Readability, text${label === 'after' ? ' + layout' : ''})`, time, 'ms');
    }

    const browser = await launchChromium();
    const results = new Map<string, { imported: number[]; firstScreen: number[] }>();
    try {
      for (let run = 0; run < RUNS; run++) {
        for (const [label, folder] of builds) {
          const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-bench-import-'));
          const host = await startHost(dataDir, join(folder, 'dist/node/host.js'));
          const page = await browser.newPage();
          try {
            const figures = await importAndPaint(page, host.url, { name: `${largest.name}.html`, buffer });
            const entry = results.get(label) ?? { imported: [], firstScreen: [] };
            entry.imported.push(figures.imported);
            entry.firstScreen.push(figures.firstScreen);
            results.set(label, entry);
          } finally {
            await page.close();
            host.process.kill('SIGTERM');
            await rm(dataDir, { recursive: true, force: true });
          }
        }
      }
    } finally {
      await browser.close();
    }
    for (const [label, { imported, firstScreen }] of results) {
      report(`${label}: file chosen → import answered (browser host)`, median(imported), 'ms');
      report(`${label}: file chosen → first screen of the article painted`, median(firstScreen), 'ms');
    }
  } finally {
    if (before) await rm(before, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImportPage();
