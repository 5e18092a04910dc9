/**
 * For the state tests: the entity worker's stand-in (mocked in with
 * `vi.mock('../entities/extract-in-worker.ts', () => import('./test-entity-worker.ts'))`).
 * Each extraction waits in `extractions` until the test finishes it with a list.
 */
import type { Entity } from '../../../electron/core/common/entities/index.ts';
import type { Extraction } from '../entities/extract-in-worker.ts';

export const extractions: Array<(entities: Entity[]) => void> = [];

export function extractInWorker(_text: string, progress?: (fraction: number) => void): Extraction {
  progress?.(0.5);
  return { result: new Promise<Entity[]>((resolve) => extractions.push(resolve)), cancel: () => {} };
}

// jsdom has no idle callbacks; the window starts extracting in one.
globalThis.requestIdleCallback ??= (run: IdleRequestCallback) => setTimeout(run, 0) as unknown as number;
globalThis.cancelIdleCallback ??= (id: number) => clearTimeout(id);
