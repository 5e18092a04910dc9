/** What crosses between the renderer and the extraction workers. */
import type { Entity, Found, Part } from '../../../electron/core/common/entities/index.ts';
import type { Quote } from '../../../electron/core/common/quotes/index.ts';

export type WorkerRequest =
  /** The whole pipeline on one document. */
  | { kind: 'extract'; text: string; publishedAt?: string }
  /** One share of a long document's chunks, for a pool of workers. */
  | { kind: 'find'; text: string; part: Part; publishedAt?: string }
  /** The entity list from every share's candidates. */
  | { kind: 'merge'; found: Found[] }
  /** The quotations and their speakers, against the reader's (corrected) entity list. */
  | { kind: 'quotes'; text: string; entities: Entity[] };

export type WorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'found'; found: Found }
  | { kind: 'done'; entities: Entity[] }
  | { kind: 'quotes'; quotes: Quote[] }
  | { kind: 'error'; message: string };
