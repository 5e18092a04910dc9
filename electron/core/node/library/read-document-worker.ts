/**
 * The worker thread that reads an imported file (read-in-worker.ts starts
 * it): a pathological page can only ever stall or exhaust this thread, which
 * its parent stops, never the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError, readDocument } from '../import/read-document.ts';
import { MAX_NESTING, nestingDepth } from './html-nesting.ts';

export interface WorkerRequest {
  bytes: Uint8Array;
  fileName: string;
  checkNesting: boolean;
}

export type WorkerReply =
  | { ok: true; document: ReturnType<typeof readDocument> }
  | { ok: false; importError: { code: string; message: string } | null; message: string };

const { bytes, fileName, checkNesting } = workerData as WorkerRequest;
let reply: WorkerReply;
try {
  if (checkNesting) {
    const depth = nestingDepth(new TextDecoder().decode(bytes));
    if (depth > MAX_NESTING) {
      throw new ImportError(
        'no-article',
        `“${fileName}” nests its elements ${depth.toLocaleString('en')} levels deep (articles stay far below ${MAX_NESTING.toLocaleString('en')}); it is not a page Marginalia can read.`,
      );
    }
  }
  reply = { ok: true, document: readDocument(bytes, fileName) };
} catch (error) {
  reply =
    error instanceof ImportError
      ? { ok: false, importError: { code: error.code, message: error.message }, message: error.message }
      : {
          ok: false,
          importError: null,
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        };
}
parentPort!.postMessage(reply);
