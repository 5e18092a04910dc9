/**
 * Keeps the reader's place in each document. The article reports the text
 * offset at the top of the view as the reader scrolls; it is sent to the
 * library once the scrolling has settled (SETTLE_MS), or at once when the
 * window is about to show another document or close. Reopening a document
 * this session uses the newest place known here; after a restart, the one
 * the library kept.
 */
import type { OpenedDocument } from '../../../electron/shared/api-contract.ts';
import { call } from '../api/client.ts';

/** How long the view must rest before its position is saved: one write per reading stop, not per frame. */
const SETTLE_MS = 1_000;

class ReadingPositions {
  /** The newest position of each document seen this session. */
  readonly #latest = new Map<string, number>();
  readonly #saved = new Map<string, number>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** Where to open `opened`: its place this session, else the library's, else its start. */
  positionOf(opened: OpenedDocument): number {
    const offset = this.#latest.get(opened.document.id) ?? opened.document.readingPosition?.offset ?? 0;
    this.#saved.set(opened.document.id, opened.document.readingPosition?.offset ?? 0);
    return Math.min(offset, opened.text.length);
  }

  /** The reader is at `offset` in `documentId`: saved once they stop scrolling. */
  keep(documentId: string, offset: number): void {
    this.#latest.set(documentId, offset);
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SETTLE_MS);
  }

  /** Saves every position not yet saved. A failure (a read-only library) is not worth interrupting the reader for. */
  async flush(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const unsaved = [...this.#latest].filter(([id, offset]) => this.#saved.get(id) !== offset);
    await Promise.all(
      unsaved.map(async ([documentId, offset]) => {
        this.#saved.set(documentId, offset);
        try {
          await call('document:set-reading-position', { documentId, offset });
        } catch (error) {
          this.#saved.delete(documentId);
          console.warn('The reading position could not be saved:', error);
        }
      }),
    );
  }
}

export const readingPositions = new ReadingPositions();
