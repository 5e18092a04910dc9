/**
 * Runs an extraction in Web Workers, off the UI thread. One worker is kept
 * for the next document: starting one (loading compromise and its data)
 * costs more than extracting a news article. A long document is shared out
 * over one worker per core, each finding the candidates of its part of the
 * chunks, and the first merges them. Cancelling terminates every worker;
 * the next extraction then starts anew.
 */
import type { Entity, Found } from '../../../electron/core/common/entities/index.ts';
import type { Quote } from '../../../electron/core/common/quotes/index.ts';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

export interface Extraction<T = Entity[]> {
  /** Rejects on an extractor error; never settles once cancelled. */
  result: Promise<T>;
  cancel(): void;
}

/** Below this a second worker's start-up costs more than it saves. */
const CHARS_PER_WORKER = 200_000;
/** Beyond a few, workers share the same cores and each carries its own copy of the data. */
const MAX_WORKERS = 4;

/** The worker itself broke (it did not start, or crashed): it is not kept. */
class WorkerFailure extends Error {}

/** A started worker with nothing to do, kept for the next extraction. */
let spare: Worker | null = null;

/** How many workers a text of this length is shared out over. */
export function workersFor(length: number, cores = navigator.hardwareConcurrency || 1): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(length / CHARS_PER_WORKER)));
}

function startWorker(): Worker {
  const worker =
    spare ?? new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'entities' });
  spare = null;
  return worker;
}

/** Sends one request and resolves with the worker's answer; progress goes to `onProgress`. */
function ask(worker: Worker, request: WorkerRequest, onProgress: (fraction: number) => void): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.kind === 'progress') onProgress(data.fraction);
      else if (data.kind === 'error') reject(new Error(data.message));
      else resolve(data);
    };
    worker.onerror = (event) => reject(new WorkerFailure(event.message || 'the entity worker failed to start'));
    worker.postMessage(request);
  });
}

/** @param publishedAt - the document's published date, which "Friday" and "June 3" resolve against */
export function extractInWorker(
  text: string,
  onProgress: (fraction: number) => void,
  publishedAt?: string,
): Extraction {
  const count = workersFor(text.length);
  const workers = Array.from({ length: count }, startWorker);
  let settled = false;
  const settle = (keepFirst: boolean) => {
    settled = true;
    workers.forEach((worker, i) => {
      worker.onmessage = null;
      worker.onerror = null;
      if (i === 0 && keepFirst && !spare) spare = worker;
      else worker.terminate();
    });
  };
  const run = async (): Promise<Entity[]> => {
    if (count === 1) {
      const reply = await ask(workers[0]!, { kind: 'extract', text, publishedAt }, onProgress);
      return (reply as Extract<WorkerReply, { kind: 'done' }>).entities;
    }
    const fractions = workers.map(() => 0);
    const replies = await Promise.all(
      workers.map((worker, part) =>
        ask(worker, { kind: 'find', text, part: { part, parts: count }, publishedAt }, (fraction) => {
          fractions[part] = fraction;
          onProgress(fractions.reduce((a, b) => a + b, 0) / count);
        }),
      ),
    );
    const found = replies.map((reply) => (reply as Extract<WorkerReply, { kind: 'found' }>).found satisfies Found);
    const merged = await ask(workers[0]!, { kind: 'merge', found }, () => undefined);
    return (merged as Extract<WorkerReply, { kind: 'done' }>).entities;
  };
  const result = run().then(
    (entities) => {
      if (!settled) settle(true);
      return entities;
    },
    (error: unknown) => {
      // An extractor error leaves the first worker usable; a broken worker is not kept.
      if (!settled) settle(!(error instanceof WorkerFailure));
      throw error;
    },
  );
  // Once settled the first worker may be serving the next extraction: leave it be.
  return { result, cancel: () => settled || settle(false) };
}

/**
 * Finds a document's quotations in a worker, against its current entity
 * list: attribution walks every mention, too much for the UI thread on a
 * long document. Uses the kept worker when it is free.
 */
export function quotesInWorker(text: string, entities: Entity[]): Extraction<Quote[]> {
  const worker = startWorker();
  let settled = false;
  const settle = (keep: boolean) => {
    settled = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (keep && !spare) spare = worker;
    else worker.terminate();
  };
  const result = ask(worker, { kind: 'quotes', text, entities }, () => undefined).then(
    (reply) => {
      settle(true);
      return (reply as Extract<WorkerReply, { kind: 'quotes' }>).quotes;
    },
    (error: unknown) => {
      if (!settled) settle(!(error instanceof WorkerFailure));
      throw error;
    },
  );
  return { result, cancel: () => settled || settle(false) };
}
