/**
 * Direct quotations and who said them: plain TypeScript (runs in the entity
 * worker and the CLI). The entity list the quotes are attributed against is
 * the document's own (`extractEntities`, with the reader's corrections).
 */
import type { Entity } from '../entities/types.ts';
import { attributeQuotes } from './attribute.ts';
import { findQuotedSpans } from './quotation-marks.ts';
import type { Quote } from './types.ts';

export type { AttributionBasis, Quote, Speaker } from './types.ts';
export { applySpeakerCorrections, quoteRefOf, type SpeakerCorrection } from './speaker-corrections.ts';

export function extractQuotes(text: string, entities: readonly Entity[]): Quote[] {
  return attributeQuotes(text, findQuotedSpans(text), entities);
}
