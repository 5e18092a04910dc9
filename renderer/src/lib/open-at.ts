/**
 * Opening a document at a place from the library-wide views: at an
 * annotation's passage (the search), at an entity's first mention (the
 * entity index), or at a date (the timeline), as the side panels do within
 * one document.
 */
import { entities } from '../state/entities.svelte.ts';
import { library } from '../state/library.svelte.ts';
import { reader } from '../state/reader.svelte.ts';
import { timeline } from '../state/timeline.svelte.ts';
import type { LibraryTimelineEvent } from '../../../electron/shared/timeline-types.ts';
import { waitFor } from './wait-for.ts';

/** Shows the document: back to it when it is the one open (its undo history kept), else opened. */
async function show(documentId: string): Promise<void> {
  if (reader.document?.document.id === documentId && reader.complete) library.view = 'reader';
  else await library.open(documentId);
}

/** Opens the document and scrolls to the annotation, flashing it, once its highlight is painted. */
export async function openAtAnnotation(documentId: string, annotationId: string): Promise<void> {
  await show(documentId);
  const painted = await waitFor(
    () =>
      reader.complete &&
      reader.document?.document.id === documentId &&
      document.querySelector(`article.article mark[data-ids~="${CSS.escape(annotationId)}"]`),
  );
  if (painted) reader.reveal(annotationId);
  else if (reader.document?.document.id === documentId) {
    reader.say('That annotation’s passage is no longer in the text; it is listed in the Annotations panel.');
    reader.activeId = annotationId;
  }
}

/**
 * Opens the document at the entity's first mention, as a click on it in the
 * Entities panel does; a further click there moves on to the next mention.
 */
export async function openAtEntity(documentId: string, entityId: string): Promise<void> {
  await show(documentId);
  const entity = await waitFor(
    () => entities.documentId === documentId && entities.status === 'ready' && entities.find(entityId),
    60_000,
  );
  if (!entity) return;
  entities.next(entity);

  // The panel's own scroll runs with the paint; a long article may still be painting its mention.
  const mark = await waitFor(() => document.querySelector<HTMLElement>('article.article .ent-current'));
  mark?.scrollIntoView({ block: 'center' });
}

/** Opens the event's document and shows the date there, outlined, as a click in its own timeline does. */
export async function openAtTimelineEvent(event: LibraryTimelineEvent): Promise<void> {
  await show(event.documentId);
  if (reader.document?.document.id === event.documentId) timeline.show(event);
}
