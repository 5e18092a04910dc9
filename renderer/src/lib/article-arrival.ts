/**
 * What happens as a document arrives in the article and as the reader moves
 * through it: the keyboard goes to its article at once; once all of it is
 * painted the view goes back to where the reader was (reading-position.ts);
 * from then on, as they scroll, the place is kept. Not while it is being
 * restored, so the steps on the way are never saved as the reader's place,
 * and never after another document has taken the article.
 */
import type { OpenedDocument } from '../../../electron/shared/api-contract.ts';
import { caretBrowsing } from '../state/caret-browsing.svelte.ts';
import { articleNavigator } from './article-navigator.ts';
import { isTyping } from './keyboard.ts';
import { readingPositions } from './reading-position.ts';

export class ArticleArrival {
  /** The document in the article, and how far its arrival has got. */
  #documentId: string | null = null;
  #focused = false;
  #restoring = false;
  #restored = false;
  /** Bumped whenever the document changes, so a restore that finishes late cannot mark the next one restored. */
  #generation = 0;
  #frame = 0;

  /** The article now shows `opened` (or nothing). Leaving a document saves its place at once. */
  showing(opened: OpenedDocument | null): void {
    const id = opened?.document.id ?? null;
    if (id === this.#documentId) return;
    if (this.#documentId !== null) void readingPositions.flush();
    this.stop();
    this.#documentId = id;
    this.#focused = this.#restoring = this.#restored = false;
    this.#generation++;
  }

  /**
   * After each paint of `opened`; `whole` once all of it is here and painted.
   * `restore: false` when the view is being taken elsewhere (a date chosen in
   * the timeline): the place is then kept from wherever the view goes.
   */
  painted(opened: OpenedDocument, whole: boolean, { restore = true } = {}): void {
    this.showing(opened);
    if (!this.#focused) {
      this.#focused = true;
      if (!isTyping(document.activeElement) && !document.querySelector('dialog[open]')) {
        articleNavigator.root?.focus({ preventScroll: true });
      }
    }
    if (!whole || this.#restoring) return;
    this.#restoring = true;
    if (!restore) {
      this.#restored = true;
      return;
    }
    const generation = this.#generation;
    const offset = readingPositions.positionOf(opened);
    if (caretBrowsing.on) articleNavigator.placeCaret(offset);
    void articleNavigator.scrollToOffset(offset).then(() => {
      if (this.#generation === generation) this.#restored = true;
    });
  }

  /** The article scrolled: its place, measured on the next frame, is kept. */
  scrolled(): void {
    if (this.#frame || !this.#restored) return;
    const id = this.#documentId!;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const offset = articleNavigator.topOffset();
      if (offset !== null && this.#restored && this.#documentId === id) readingPositions.keep(id, offset);
    });
  }

  /** Drops a measurement still waiting for its frame. */
  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
