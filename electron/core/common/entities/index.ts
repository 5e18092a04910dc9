/** Entity extraction: plain TypeScript, no Node, DOM or Electron APIs, so it runs in a Web Worker. */
export type { EntityType, Mention, Entity, ExtractOptions } from './types.ts';
export { extractEntities } from './pipeline.ts';
export { extractRawCompromise } from './raw.ts';
