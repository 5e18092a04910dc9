/**
 * The open article's timeline: its time references (dates from the
 * corrected entity list, relative phrases counted from the published date
 * or the header's date) with their sentences, at the zoom the reader picks,
 * and the event the reader last went to, outlined in the article.
 */
import { referenceDate, type ReferenceDate } from '../../../electron/core/common/entities/dates.ts';
import { findTimeReferences } from '../../../electron/core/common/timeline/time-references.ts';
import { groupTimeline, timelineEvents, type Zoom } from '../../../electron/core/common/timeline/timeline.ts';
import type { Response } from '../../../electron/shared/api-contract.ts';
import type { TimelineEvent } from '../../../electron/shared/timeline-types.ts';
import { call } from '../api/client.ts';
import type { Decoration } from '../lib/article-dom.ts';
import { entities } from './entities.svelte.ts';
import { library } from './library.svelte.ts';
import { reader } from './reader.svelte.ts';

/** The open article's timeline, or the whole library's. */
export type TimelineScope = 'article' | 'library';

class Timeline {
  zoom = $state<Zoom>('month');
  scope = $state<TimelineScope>('article');
  #library = $state.raw<Response<'timeline:library'> | null>(null);
  #libraryStatus = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  #libraryError = $state<string | null>(null);
  /** The event gone to from the timeline, outlined in its article. */
  current = $state.raw<{ documentId: string; event: TimelineEvent } | null>(null);
  /** Bumped by `show`; the article scrolls there once, then sets `revealed` to it. */
  revealRequest = $state(0);
  revealed = 0;

  /** What relative dates are counted from; undefined when the article gives no date. */
  readonly reference: ReferenceDate | undefined = $derived.by(() => {
    const opened = reader.document;
    return opened ? referenceDate(opened.text, opened.document.publishedAt) : undefined;
  });

  /** Worked out only while the view that reads it is open (a `$derived` is lazy). */
  readonly events: TimelineEvent[] = $derived.by(() => {
    const opened = reader.document;
    if (!opened || entities.status !== 'ready') return [];
    const dates = entities.list.filter((e) => e.type === 'date');
    return timelineEvents(opened.text, findTimeReferences(opened.text, dates, this.reference?.date));
  });

  readonly grouped = $derived(groupTimeline(this.events, this.zoom));

  /** The whole library's placed dates, as last fetched; null before the first fetch. */
  get library(): Response<'timeline:library'> | null {
    return this.#library;
  }
  get libraryStatus(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#libraryStatus;
  }
  get libraryError(): string | null {
    return this.#libraryError;
  }
  readonly libraryGrouped = $derived(groupTimeline(this.#library?.events ?? [], this.zoom));

  /** Fetches the library's timeline again (the list already shown stays until the new one is in). */
  async loadLibrary(): Promise<void> {
    if (this.#libraryStatus !== 'ready') this.#libraryStatus = 'loading';
    try {
      this.#library = await call('timeline:library', {});
      this.#libraryStatus = 'ready';
      this.#libraryError = null;
    } catch (error) {
      this.#libraryError = error instanceof Error ? error.message : String(error);
      this.#libraryStatus = 'error';
    }
  }

  get decorations(): Decoration[] {
    const shown = this.current;
    if (!shown || shown.documentId !== reader.document?.document.id) return [];
    const { start, end } = shown.event;
    return [{ id: 'time:current', ref: 'time', kind: 'mention', start, end, className: 'time-current' }];
  }

  /** Back to the open article at the event's sentence, the date outlined. */
  show(event: TimelineEvent): void {
    const documentId = reader.document?.document.id;
    if (!documentId) return;
    entities.current = null;
    this.current = { documentId, event };
    this.revealRequest++;
    library.view = 'reader';
  }
}

export const timeline = new Timeline();
