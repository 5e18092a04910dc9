/**
 * A worker thread for bench/entities.ts: the same three requests as the
 * renderer's entity worker (renderer/src/entities/extract.worker.ts), so the
 * bench times the pipeline shared out the way the app shares it out.
 */
import { parentPort } from 'node:worker_threads';
import {
  extractEntities,
  findInPart,
  mergeFound,
  type Found,
  type Part,
} from '../electron/core/common/entities/index.ts';

export type BenchRequest =
  { kind: 'extract'; text: string } | { kind: 'find'; text: string; part: Part } | { kind: 'merge'; found: Found[] };

parentPort!.on('message', (request: BenchRequest) => {
  if (request.kind === 'extract') parentPort!.postMessage(extractEntities(request.text).length);
  else if (request.kind === 'find') parentPort!.postMessage(findInPart(request.text, request.part));
  else parentPort!.postMessage(mergeFound(request.found).length);
});
parentPort!.postMessage('ready');
