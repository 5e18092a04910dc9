/**
 * Issue 14's figures, printed (never asserted):
 * - `h` → on disk: `annotation:create` through the browser host, answered
 *   only once the change is on disk, with 100,000 annotations across 500
 *   documents and with 100 in one document;
 * - the time ratio between n and 4n for the two passes that were quadratic
 *   (a linear pass gives about 4, a quadratic one about 16).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../e2e/browser/host-fixture.ts';
import { planImport } from '../electron/core/node/annotation-import/plan-import.ts';
import type { AnnotationFile } from '../electron/core/node/annotation-import/read-annotation-file.ts';
import { createTarget } from '../electron/core/common/anchoring/text-quote.ts';
import { detectStructure } from '../electron/core/common/article/plain-text-structure.ts';
import type { Annotation, DocumentRecord } from '../electron/shared/api-contract.ts';
import { documentDataPath, INDEX_FILE_NAME } from '../electron/core/node/storage/schema.ts';
import { hashText } from '../electron/core/node/storage/text-store.ts';
import { median, report } from './report.ts';

const WRITES = 30;
const TIME = '2026-01-01T00:00:00.000Z';

function paragraphText(d: number): string {
  return `Document ${d}\n\n${'A paragraph of reading text with words to highlight. '.repeat(120)}\n`;
}

/** Writes a library straight to disk in the current layout: `documents` × `perDocument` annotations. */
async function seed(dataDir: string, documents: number, perDocument: number): Promise<string[]> {
  await mkdir(join(dataDir, 'texts'), { recursive: true });
  await mkdir(join(dataDir, 'documents'), { recursive: true });
  const records: DocumentRecord[] = [];
  for (let d = 0; d < documents; d++) {
    const text = paragraphText(d);
    const contentHash = hashText(text);
    await writeFile(join(dataDir, 'texts', `${contentHash}.txt`), text);
    const id = randomUUID();
    records.push({
      id,
      title: `Document ${d}`,
      byline: null,
      source: null,
      dateline: null,
      publishedAt: null,
      origin: { kind: 'file', fileName: `doc-${d}.txt` },
      contentHash,
      textLength: text.length,
      created: TIME,
      modified: TIME,
    });
    const annotations: Annotation[] = Array.from({ length: perDocument }, (_, i) => {
      const start = 14 + ((i * 37) % (text.length - 60));
      return {
        id: randomUUID(),
        documentId: id,
        color: 'yellow',
        note: i % 3 ? '' : `note ${i}`,
        target: createTarget(text, start, start + 30),
        created: TIME,
        modified: TIME,
      };
    });
    const file = { schemaVersion: 3, documentId: id, annotations, entityCorrections: [] };
    await writeFile(join(dataDir, documentDataPath(id)), JSON.stringify(file));
  }
  const index = { schemaVersion: 3, documents: records, settings: { lastDocumentId: records[0]!.id } };
  await writeFile(join(dataDir, INDEX_FILE_NAME), JSON.stringify(index));
  return records.map((r) => r.id);
}

/** Milliseconds from `annotation:create` sent to answered (on disk), for WRITES highlights spread over the documents. */
async function hToDisk(documents: number, perDocument: number): Promise<number[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-bench-writes-'));
  const ids = await seed(dataDir, documents, perDocument);
  const host = await startHost(dataDir);
  try {
    const times: number[] = [];
    for (let i = 0; i < WRITES + 3; i++) {
      const documentId = ids[(i * 97) % ids.length]!;
      const start = 14 + ((i * 53) % 5000);
      const t0 = performance.now();
      const response = await fetch(`${host.url}api/annotation:create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ documentId, start, end: start + 25, color: 'yellow' }),
      });
      const result = (await response.json()) as { ok: boolean };
      if (!result.ok) throw new Error(JSON.stringify(result));
      if (i >= 3) times.push(performance.now() - t0); // the first calls warm the host up
    }
    return times;
  } finally {
    host.process.kill('SIGTERM');
    await new Promise((resolve) => host.process.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

function timeRatio(run: (n: number) => void, n: number): { small: number; large: number } {
  const time = (size: number) => {
    run(size); // warm
    const t0 = performance.now();
    run(size);
    return performance.now() - t0;
  };
  return { small: time(n), large: time(4 * n) };
}

export async function benchReliability(): Promise<void> {
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;
  const big = await hToDisk(500, 200);
  const small = await hToDisk(1, 100);
  report(`'h' → on disk, 100,000 annotations in 500 documents (median)`, median(big), 'ms');
  report(`'h' → on disk, 100,000 annotations in 500 documents (p95)`, p95(big), 'ms');
  report(`'h' → on disk, 100 annotations in one document (median)`, median(small), 'ms');
  report(`  ratio (target ≤ 1.5)`, median(big) / median(small), '×');

  const paragraphs = (n: number) => ['A headline', ...Array.from({ length: n }, (_, i) => `Line ${i}.`)].join('\n\n');
  const structure = timeRatio((n) => detectStructure(paragraphs(n)), 28_000);
  report('detectStructure, 28,000 short paragraphs', structure.small, 'ms');
  report('  112,000 paragraphs ÷ 28,000 (linear ≲ 4, quadratic ≈ 16)', structure.large / structure.small, '×');

  const plan = (n: number) => {
    const sentences = Array.from({ length: n }, (_, i) => `${i} is the number this sentence holds.`);
    const text = ['Plan', ...sentences].join('\n\n');
    const starts: number[] = [];
    sentences.reduce((at, sentence) => (starts.push(at), at + sentence.length + 2), 'Plan\n\n'.length);
    const documentId = randomUUID();
    const stored = new Map<string, Annotation>();
    const items: AnnotationFile['items'] = Array.from({ length: n }, (_, i) => {
      const exact = `${i} is the number`;
      const id = randomUUID();
      const start = starts[i]!;
      stored.set(id, {
        id,
        documentId,
        color: 'yellow',
        note: '',
        target: createTarget(text, start, start + exact.length),
        created: TIME,
        modified: TIME,
      });
      return {
        index: i,
        id,
        source: null,
        color: 'yellow',
        note: '',
        tags: [],
        grade: null,
        // As a Marginalia export has them: the quote and where it was.
        quote: { exact, prefix: '', suffix: '' },
        position: { start, end: start + exact.length },
        created: TIME,
        modified: TIME,
      };
    });
    const file: AnnotationFile = { format: 'web-annotation', items, errors: [], documentHashes: new Map() };
    return () =>
      planImport(file, {
        documentId,
        contentHash: 'a'.repeat(64),
        text,
        annotationById: (id) => stored.get(id),
        documentTitles: new Map(),
        fileName: 'bench.json',
        now: new Date(TIME),
      });
  };
  const plans = new Map<number, () => unknown>();
  const importRatio = timeRatio((n) => {
    if (!plans.has(n)) plans.set(n, plan(n));
    plans.get(n)!();
  }, 25_000);
  report('re-import planning, 25,000 annotations', importRatio.small, 'ms');
  report('  100,000 annotations ÷ 25,000 (linear ≲ 4, quadratic ≈ 16)', importRatio.large / importRatio.small, '×');
}
