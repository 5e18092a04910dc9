/**
 * Torture: a writer process is killed with SIGKILL in the middle of a burst
 * of writes, of imports, and of a migration. Afterwards every change it had
 * acknowledged is on disk, the files agree with each other, and once the
 * library is opened again no temporary file or journal is left.
 *
 * Each test runs real processes on a temporary folder and kills only the
 * process it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../library/library.ts';
import { readStoredLibrary } from '../library/test-library.ts';

const WRITER = join(import.meta.dirname, 'testing', 'torture-writer.ts');
let dir: string;
let dataDir: string;
let samplePath: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-torture-'));
  dataDir = join(dir, 'data');
  samplePath = join(dir, 'sample.txt');
  await writeFile(samplePath, 'Sample headline\n\nA sample paragraph.\n');
});
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/**
 * Runs the writer and kills it with SIGKILL once `killWhen` says so — at
 * once (`true`) or that many milliseconds later (a number); resolves with
 * every line it printed before it died.
 */
function runAndKill(mode: string, killWhen: (lines: string[]) => boolean | number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, samplePath, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  let errors = '';
  let partial = '';
  let timer: NodeJS.Timeout | undefined;
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
      if (child.signalCode !== null || timer) return;
      const when = killWhen(lines);
      if (when === true) child.kill('SIGKILL');
      else if (typeof when === 'number') timer = setTimeout(() => child.kill('SIGKILL'), when);
    });
    child.stderr!.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`the writer exited by itself (${code}): ${errors}`));
    });
  });
}

/** Opens the library as the next start would, then checks the folder holds no debris and the files agree. */
async function reopenAndCheck(): Promise<Awaited<ReturnType<typeof readStoredLibrary>>> {
  // Killed between taking the lock and naming itself, a writer leaves a lock that only goes stale (10 s).
  const lock = { waitMs: 15_000 };
  const library = await Library.open({ dataDir, sampleArticlePath: samplePath, lock });
  expect(library.notices).toEqual([]);
  await library.close();
  const names = await readdir(dataDir, { recursive: true });
  expect(names.filter((name) => /\.tmp$|journal/.test(name))).toEqual([]);
  const stored = await readStoredLibrary(dataDir);
  const documentIds = new Set(stored.documents.map((d) => d.id));
  const files = (await readdir(join(dataDir, 'documents')).catch(() => [])).map((n) => n.replace(/\.json$/, ''));
  for (const id of files) expect(documentIds.has(id), `documents/${id}.json has no document`).toBe(true);
  return stored;
}

const acks = (lines: string[], kind: string) =>
  lines.filter((l) => l.startsWith(`ack ${kind} `)).map((l) => l.slice(`ack ${kind} `.length));

describe('kill -9', () => {
  it('during bursts of annotation writes: every acknowledged change is on disk', async () => {
    for (const after of [5, 40, 120]) {
      const lines = await runAndKill('annotations', (l) => acks(l, 'annotation').length >= after);
      const stored = await reopenAndCheck();
      const onDisk = new Map(stored.annotations.map((a) => [a.id as string, a]));
      const documents = new Set(stored.documents.map((d) => d.id));
      let checked = 0;
      for (const id of acks(lines, 'annotation')) {
        const annotation = onDisk.get(id);
        expect(annotation, `acknowledged annotation ${id}`).toBeDefined();
        expect(documents.has(annotation!.documentId)).toBe(true);
        checked++;
      }
      for (const entry of acks(lines, 'note')) {
        const [id, note] = entry.split(/:(.*)/s) as [string, string];
        expect(onDisk.get(id)?.note).toBe(note);
      }
      expect(checked).toBeGreaterThanOrEqual(after);
    }
  }, 120_000);

  it('during a burst of imports: every acknowledged document is in the library', async () => {
    for (const after of [1, 8]) {
      const lines = await runAndKill('imports', (l) => acks(l, 'document').length >= after);
      const stored = await reopenAndCheck();
      const ids = new Set(stored.documents.map((d) => d.id));
      for (const id of acks(lines, 'document')) expect(ids.has(id), `acknowledged document ${id}`).toBe(true);
    }
  }, 120_000);

  it('during a migration: every record of the old file is in the new files exactly once', async () => {
    const documents = Array.from({ length: 150 }, (_, d) => ({
      id: `00000000-0000-4000-8000-${String(d).padStart(12, '0')}`,
      title: `Document ${d}`,
      byline: null,
      source: null,
      dateline: null,
      publishedAt: null,
      origin: { kind: 'file', fileName: `d${d}.txt` },
      contentHash: 'a'.repeat(64),
      textLength: 100,
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
    }));
    const annotations = documents.flatMap((document, d) =>
      Array.from({ length: 40 }, (_, i) => ({
        id: `11111111-1111-4111-8111-${String(d * 100 + i).padStart(12, '0')}`,
        documentId: document.id,
        color: 'yellow',
        note: `note ${i}`,
        target: {
          quote: { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 5 },
        },
        created: '2025-01-01T00:00:00.000Z',
        modified: '2025-01-01T00:00:00.000Z',
      })),
    );
    const v2 = { schemaVersion: 2, documents, annotations, entityCorrections: [], settings: { lastDocumentId: null } };
    for (const delay of [1, 120, 250, 500, 800]) {
      await rm(dataDir, { recursive: true, force: true });
      await mkdirAndWrite(join(dataDir, 'marginalia.json'), JSON.stringify(v2));
      await runAndKill('migration', (lines) => lines.includes('migrated') || (lines.includes('opening') && delay));
      if (process.env.TORTURE_VERBOSE) {
        const partial = await readdir(join(dataDir, 'documents')).catch(() => []);
        console.log(`killed ${delay} ms after opening: ${partial.length} document files written`);
      }
      const stored = await reopenAndCheck();
      expect(stored.documents.map((d) => d.id).sort()).toEqual(documents.map((d) => d.id).sort());
      expect(stored.annotations.map((a) => a.id).sort()).toEqual(annotations.map((a) => a.id).sort());
    }
  }, 120_000);
});

async function mkdirAndWrite(path: string, contents: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, contents);
}
