/**
 * The library's timeline: the placed time references of every document
 * whose entities are known (the entity index's corrected lists), each with
 * its sentence and document. Relative dates count from each document's own
 * published or header date. A document's events are worked out again only
 * when its text, its published date or its dates change.
 */
import type { LibraryTimelineEvent } from '../../../shared/timeline-types.ts';
import { referenceDate } from '../../common/entities/dates.ts';
import type { Entity } from '../../common/entities/types.ts';
import { findTimeReferences } from '../../common/timeline/time-references.ts';
import { timelineEvents } from '../../common/timeline/timeline.ts';
import type { Library } from '../library/library.ts';
import type { LibraryEntityIndex } from './library-entity-index.ts';

export interface LibraryTimelineResult {
  /** Placed events of every indexed document, in no particular order (the window groups them). */
  events: LibraryTimelineEvent[];
  /** References that could not be placed (no date to count from, no year), counted only. */
  unplaced: number;
  /** Documents whose entities are not known yet: their dates are not in the timeline. */
  unindexed: number;
}

interface Kept {
  /** What the events were worked out from. */
  key: string;
  events: LibraryTimelineEvent[];
  unplaced: number;
}

export class LibraryTimeline {
  readonly #kept = new Map<string, Kept>();

  constructor(
    private readonly library: Library,
    private readonly index: LibraryEntityIndex,
  ) {}

  async current(): Promise<LibraryTimelineResult> {
    const built = await this.index.current();
    const events: LibraryTimelineEvent[] = [];
    let unplaced = 0;
    for (const [documentId, { entities }] of built.documents) {
      const record = this.library.documents.find((d) => d.id === documentId);
      if (!record) continue; // deleted since the index was built
      const dates = entities.filter((e) => e.type === 'date');
      const key = JSON.stringify([record.contentHash, record.publishedAt ?? null, record.title, dates.map(dateKey)]);
      let kept = this.#kept.get(documentId);
      if (kept?.key !== key) {
        const text = await this.library.textOf(documentId);
        const found = timelineEvents(
          text,
          findTimeReferences(text, dates, referenceDate(text, record.publishedAt)?.date),
        );
        const placed = found.filter((e) => e.value !== undefined);
        kept = {
          key,
          events: placed.map((e) => ({ ...e, documentId, title: record.title })),
          unplaced: found.length - placed.length,
        };
        this.#kept.set(documentId, kept);
      }
      events.push(...kept.events);
      unplaced += kept.unplaced;
    }
    for (const id of this.#kept.keys()) if (!built.documents.has(id)) this.#kept.delete(id);
    return { events, unplaced, unindexed: built.unindexed.length };
  }
}

function dateKey(entity: Entity): unknown {
  return [entity.normalized ?? null, entity.mentions.map((m) => [m.start, m.end])];
}
