/**
 * Public shapes of the entity pipeline. Offsets are UTF-16 code units into the
 * document text, half-open `[start, end)`, so `text.slice(start, end)` is the
 * surface form the reader sees.
 */

import type { EntityKind } from '../../../shared/constants.ts';

export type EntityType = EntityKind;

/** One occurrence of an entity in the document. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** One real-world thing, with every mention that names it. */
export interface Entity {
  /** Stable within a run: type + ':' + normalised name. */
  id: string;
  type: EntityType;
  /** Fullest surface form found in the text. */
  name: string;
  /** Every other distinct surface form (surnames, acronyms, short forms). */
  aliases: string[];
  /** Sorted by start. */
  mentions: Mention[];
  /** Dates only: ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) when resolvable. */
  normalized?: string;
}

export interface ExtractOptions {
  /** Called with a fraction in [0, 1] after each chunk, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /**
   * The article's published date (YYYY-MM-DD) when its metadata gives one:
   * "Friday" and "June 3" resolve against it. Otherwise the first full date
   * in the article's header is taken.
   */
  publishedAt?: string;
}

/** Evidence for the type of a name, summed over its mentions. */
export interface Votes {
  person: number;
  organization: number;
  place: number;
}

export type NameType = keyof Votes;
