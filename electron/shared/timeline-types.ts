/**
 * Time references and timeline events, written down once: found in the
 * window for the open article (core/common/timeline) and served for the
 * whole library (`timeline:library`).
 */

export type TimePrecision = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** A span of the text that refers to a time, resolved where the text allows. */
export interface TimeReference {
  start: number;
  end: number;
  text: string;
  /**
   * ISO 8601 to the precision: "2015-03-06", "2015-W10" (ISO week), "2015-03",
   * "2015"; a decade or century is its first year ("1990", "1901").
   */
  value: string | undefined;
  precision: TimePrecision | undefined;
  /** Counted from the published date (or another moment) rather than written out in full. */
  relative: boolean;
}

export interface TimelineEvent extends TimeReference {
  /** The sentence the reference is read in: what a click goes to. */
  sentence: { start: number; end: number };
  /** The sentence around the reference, shortened at its ends on a very long one. */
  before: string;
  after: string;
}

/** A placed event of the library's timeline, with the document it is read in. */
export interface LibraryTimelineEvent extends TimelineEvent {
  documentId: string;
  title: string;
}
