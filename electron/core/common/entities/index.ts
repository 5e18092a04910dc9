/** Entity extraction: plain TypeScript, no Node, DOM or Electron APIs, so it runs in a Web Worker. */
export type { EntityType, Mention, Entity, ExtractOptions } from './types.ts';
export type { Found, Part } from './pipeline.ts';
export { extractEntities, findInPart, mergeFound } from './pipeline.ts';
export { extractRawCompromise } from './raw.ts';
