/**
 * Runs entity extraction off the UI thread, so a long article is readable
 * (and selectable) at once while its entities are still being found.
 * One extraction at a time; the worker serves one document after another
 * (see extract-in-worker.ts), and cancelling is terminating it.
 */
import { extractEntities } from '../../../electron/core/common/entities/index.ts';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

/** The parts of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = ({ data }) => {
  try {
    const entities = extractEntities(data.text, {
      onProgress: (fraction) => scope.postMessage({ kind: 'progress', fraction }),
    });
    scope.postMessage({ kind: 'done', entities });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
