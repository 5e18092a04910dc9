/**
 * Public shapes of quote finding. Offsets are UTF-16 code units into the
 * document text, half-open `[start, end)`, as everywhere in Marginalia.
 */
import type { EntityType } from '../entities/types.ts';

/** Who said a quotation: an entity of the document's entity list. */
export interface Speaker {
  /** The entity's id in the list the quotes were attributed against. */
  entityId: string;
  name: string;
  type: EntityType;
}

/** One direct quotation and who said it. */
export interface Quote {
  /** The words inside the quotation marks. */
  start: number;
  end: number;
  text: string;
  /** `null` when the article does not say who said it. */
  speaker: Speaker | null;
  /** How the speaker was found (see `basis.ts`); `null` when none was found and the reader chose none. */
  basis: AttributionBasis | null;
  /**
   * The start of the quotation this one continues (`"…," she said. "…"`), when that is all that gave its speaker:
   * a reader's change of that quotation's speaker carries over to this one.
   */
  continues?: number;
}

/**
 * "named" beside the quotation, "inferred" from a pronoun, a role or the text around it, or chosen by the
 * "reader" (a speaker, or nobody the article names; see `speaker-corrections.ts`).
 */
export type AttributionBasis = 'named' | 'inferred' | 'reader';
