/**
 * Applies the reader's speaker corrections to the quotations found.
 *
 * Quotations are found again every time a document opens, and a better finder may split or number them
 * differently, so a correction never points at an offset or an index. It names its quotation by the words quoted
 * and which occurrence of those words it is among the quotations found, and its speaker as an entity correction
 * names an entity (`findEntity`), so a rename or a merge of the speaker keeps it. Corrections apply in the order
 * they were made (the latest of one quotation wins); one whose quotation or speaker is gone does nothing.
 *
 * Pure and DOM-free: it runs in the renderer after the quotation worker.
 */
import type { EntityCorrectionInput } from '../../../shared/api-contract.ts';
import { findEntity } from '../entity-corrections/apply-corrections.ts';
import type { Entity } from '../entities/types.ts';
import type { Quote } from './types.ts';

export type SpeakerCorrection = Extract<EntityCorrectionInput, { kind: 'speaker' }>;

/** How a speaker correction names `quote`, one of `quotes`. */
export function quoteRefOf(quotes: readonly Quote[], quote: Quote): Pick<SpeakerCorrection, 'quote' | 'occurrence'> {
  const occurrence = quotes.filter((q) => q.text === quote.text && q.start < quote.start).length;
  return { quote: quote.text, occurrence };
}

/**
 * @param quotes - as found (attributed against `entities`); not modified.
 * @param entities - the document's entity list, with the reader's entity corrections applied.
 * @param corrections - oldest first; corrections of other kinds are passed over.
 */
export function applySpeakerCorrections(
  quotes: readonly Quote[],
  entities: readonly Entity[],
  corrections: readonly EntityCorrectionInput[],
): Quote[] {
  const result = [...quotes];
  const speakers = entities.filter((e) => e.type === 'person' || e.type === 'organization');
  const answered = new Set<number>();
  for (const correction of corrections) {
    if (correction.kind !== 'speaker') continue;
    const index = indexOfQuote(result, correction);
    if (index < 0) continue;
    const entity = correction.speaker && findEntity(speakers, correction.speaker);
    if (entity === undefined) continue;
    const speaker = entity && { entityId: entity.id, name: entity.name, type: entity.type };
    result[index] = { ...result[index]!, speaker, basis: 'reader' };
    answered.add(index);
  }
  return followAnswers(result, answered);
}

/**
 * `"…," she said. "…"`: a quotation whose speaker only continued another's follows the reader's answer for that
 * one, down the chain, unless the reader answered for it too. The finder's mistake was the same for both.
 */
function followAnswers(quotes: Quote[], answered: ReadonlySet<number>): Quote[] {
  if (answered.size === 0) return quotes;
  const indexByStart = new Map(quotes.map((q, i) => [q.start, i]));
  const changed = new Set(answered);
  for (let i = 0; i < quotes.length; i++) {
    const from = quotes[i]!.continues;
    const source = from === undefined ? undefined : indexByStart.get(from);
    if (source === undefined || !changed.has(source) || answered.has(i)) continue;
    const speaker = quotes[source]!.speaker;
    quotes[i] = { ...quotes[i]!, speaker, basis: speaker ? 'inferred' : null };
    changed.add(i);
  }
  return quotes;
}

function indexOfQuote(quotes: readonly Quote[], ref: Pick<SpeakerCorrection, 'quote' | 'occurrence'>): number {
  let seen = 0;
  for (let i = 0; i < quotes.length; i++) {
    if (quotes[i]!.text !== ref.quote) continue;
    if (seen === ref.occurrence) return i;
    seen++;
  }
  return -1;
}
