/** What crosses between the renderer and the extraction worker. */
import type { Entity } from '../../../electron/core/common/entities/index.ts';

export interface WorkerRequest {
  text: string;
}

export type WorkerReply =
  { kind: 'progress'; fraction: number } | { kind: 'done'; entities: Entity[] } | { kind: 'error'; message: string };
