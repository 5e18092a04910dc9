/** Starts an extraction in a fresh Web Worker; `cancel` stops it mid-way. */
import type { Entity } from '../../../electron/core/entities/index.ts';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

export interface Extraction {
  /** Rejects on an extractor error; never settles once cancelled. */
  result: Promise<Entity[]>;
  cancel(): void;
}

export function extractInWorker(text: string, onProgress: (fraction: number) => void): Extraction {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'entities' });
  const result = new Promise<Entity[]>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.kind === 'progress') return onProgress(data.fraction);
      worker.terminate();
      if (data.kind === 'done') resolve(data.entities);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the entity worker failed to start'));
    };
  });
  worker.postMessage({ text } satisfies WorkerRequest);
  return { result, cancel: () => worker.terminate() };
}
