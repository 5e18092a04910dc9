/**
 * Runs an extraction in a Web Worker, off the UI thread. The worker is kept
 * for the next document: starting one (loading compromise and building its
 * lexicon) costs more than extracting a news article. Cancelling terminates
 * it mid-way; the next extraction then starts a new one.
 */
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

export interface Extraction {
  /** Rejects on an extractor error; never settles once cancelled. */
  result: Promise<Entity[]>;
  cancel(): void;
}

/** A started worker with nothing to do, kept for the next extraction. */
let spare: Worker | null = null;

export function extractInWorker(text: string, onProgress: (fraction: number) => void): Extraction {
  const worker =
    spare ?? new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'entities' });
  spare = null;
  let settled = false;
  const settle = (keep: boolean) => {
    settled = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (keep && !spare) spare = worker;
    else worker.terminate();
  };
  const result = new Promise<Entity[]>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.kind === 'progress') return onProgress(data.fraction);
      settle(true); // an extractor error leaves the worker usable
      if (data.kind === 'done') resolve(data.entities);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      settle(false);
      reject(new Error(event.message || 'the entity worker failed to start'));
    };
  });
  worker.postMessage({ text } satisfies WorkerRequest);
  // Once settled the worker may be serving the next extraction: leave it be.
  return { result, cancel: () => settled || settle(false) };
}
