/**
 * Runs entity extraction off the UI thread, so a long article is readable
 * (and selectable) at once while its entities are still being found.
 * One request at a time: a whole document, one share of a long one, the
 * merge of every share, or a document's quotations (see
 * extract-in-worker.ts); cancelling is terminating the worker.
 */
import { extractEntities, findInPart, mergeFound } from '../../../electron/core/common/entities/index.ts';
import { extractQuotes } from '../../../electron/core/common/quotes/index.ts';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

/** The parts of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

const onProgress = (fraction: number): void => scope.postMessage({ kind: 'progress', fraction });

scope.onmessage = ({ data }) => {
  try {
    if (data.kind === 'extract')
      scope.postMessage({ kind: 'done', entities: extractEntities(data.text, { onProgress }) });
    else if (data.kind === 'find')
      scope.postMessage({ kind: 'found', found: findInPart(data.text, data.part, { onProgress }) });
    else if (data.kind === 'merge') scope.postMessage({ kind: 'done', entities: mergeFound(data.found) });
    else scope.postMessage({ kind: 'quotes', quotes: extractQuotes(data.text, data.entities) });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
