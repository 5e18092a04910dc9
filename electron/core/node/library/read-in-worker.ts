/**
 * Reads an imported file in a worker thread, with a time and a memory limit
 * and a way to cancel, so no page — a 10,000-level nest, a 20 MB page — can
 * stop the app answering. The reading itself is `readDocument`, unchanged.
 *
 * The worker is started per import: reading is rare and long next to the
 * ~50 ms a thread costs to start, and a fresh thread gives every import the
 * whole memory limit and nothing left over from the last one.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { documentKindOf } from '../../../shared/document-files.ts';
import { ImportError, readDocument, type ImportedDocument } from '../import/read-document.ts';
import type { ImportErrorCode } from '../import/import-error.ts';
import type { WorkerReply, WorkerRequest } from './read-document-worker.ts';

export interface ReadLimits {
  /** Longest a file may take to read. */
  timeMs: number;
  /** Heap the reading may use. */
  memoryMb: number;
}

/**
 * Generous: the largest page accepted (20 MB of markup) takes jsdom and
 * Readability about a minute and well over 1.5 GB of heap. Anything beyond is
 * not an article; meanwhile the reader sees the time taken and can cancel.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { timeMs: 120_000, memoryMb: 3_072 };

/** Files this small that are not web pages are read at once: nothing in plain text or Markdown hangs on them. */
const INLINE_MAX_BYTES = 1024 * 1024;

/** Why a read was stopped, in words; `cancelled` when the reader asked. */
export class ReadStoppedError extends Error {
  override readonly name = 'ReadStoppedError';
  constructor(
    readonly reason: 'cancelled' | 'time' | 'memory' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export async function readDocumentInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: { signal?: AbortSignal; limits?: ReadLimits } = {},
): Promise<ImportedDocument> {
  const html = documentKindOf(fileName) !== 'text' && documentKindOf(fileName) !== 'markdown';
  if (!html && bytes.length <= INLINE_MAX_BYTES) return readDocument(bytes, fileName);
  const script = workerScript();
  if (!script) return readDocument(bytes, fileName); // no worker file beside this build (see workerScript)
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  options.signal?.throwIfAborted();

  const request: WorkerRequest = { bytes, fileName, checkNesting: html };
  const worker = new Worker(script.source, {
    eval: script.eval,
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  });
  return new Promise<ImportedDocument>((resolve, reject) => {
    let done = false;
    const finish = (outcome: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const stop = (reason: ReadStoppedError['reason'], message: string) =>
      finish(() => reject(new ReadStoppedError(reason, message)));
    const timer = setTimeout(
      () =>
        stop(
          'time',
          `“${fileName}” took longer than ${Math.round(limits.timeMs / 1000)} seconds to read and was stopped.`,
        ),
      limits.timeMs,
    );
    const onAbort = () => stop('cancelled', `Stopped opening “${fileName}”.`);
    options.signal?.addEventListener('abort', onAbort);
    worker.once('message', (reply: WorkerReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.document);
        else if (reply.importError) reject(new ImportError(reply.importError.code as ImportErrorCode, reply.message));
        else if (/RangeError: Maximum call stack/.test(reply.message)) {
          reject(new ImportError('no-article', `“${fileName}” nests its elements too deeply to be read.`));
        } else reject(new ReadStoppedError('failed', `“${fileName}” could not be read (${reply.message}).`));
      }),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? stop(
            'memory',
            `“${fileName}” needs more than ${formatMb(limits.memoryMb)} of memory to read and was stopped.`,
          )
        : stop('failed', `“${fileName}” could not be read (${error.message}).`),
    );
    worker.once('exit', () => stop('failed', `“${fileName}” could not be read (the reader stopped).`));
  });
}

function formatMb(mb: number): string {
  return mb >= 1024 ? `${(mb / 1024).toFixed(1).replace(/\.0$/, '')} GB` : `${mb} MB`;
}

/**
 * The worker's script: the bundle's `read-document-worker.js` — beside this
 * code, or one folder up when this code sits in a shared chunk
 * (dist/node/chunks/); from sources (tests, tsx), a two-line loader that
 * registers tsx in the worker and imports the `.ts` beside this file. Null
 * when there is no worker file: the file is then read here.
 */
function workerScript(): { source: URL | string; eval: boolean } | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./read-document-worker.ts', here).href);
    // Spelled out at run time so that no bundle appears to import tsx, a development dependency.
    const tsx = JSON.stringify(['tsx', 'esm', 'api'].join('/'));
    return { source: `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, eval: true };
  }
  for (const candidate of ['./read-document-worker.js', '../read-document-worker.js']) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return { source: url, eval: false };
  }
  return null;
}
