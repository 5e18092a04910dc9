/**
 * The article, driven by keyboard: a caret (the DOM selection, collapsed)
 * moved by character, word, sentence, paragraph or line; a selection
 * extended from it with Shift; the sentence or paragraph at it selected; and
 * the reading position — the text offset at the top of the view — read and
 * restored. Where the caret goes comes from text-motion.ts, in offsets; only
 * lines are left to the browser (`Selection.modify`), which alone knows
 * where the text wraps.
 */
import type { ShortcutAction } from '../../../electron/shared/shortcuts.ts';
import { reader } from '../state/reader.svelte.ts';
import { findMark, offsetAt, pointAt, rangeToOffsets, selectionOffsets, selectOffsets } from './dom-offsets.ts';
import { TextMap, trimSpan, type Direction, type TextSpan, type TextUnit } from './text-motion.ts';

interface CaretMove {
  unit: TextUnit | 'line' | 'lineboundary';
  direction: Direction;
}

const MOVES: Partial<Record<ShortcutAction, CaretMove>> = {
  'caret-character-forward': { unit: 'character', direction: 1 },
  'caret-character-backward': { unit: 'character', direction: -1 },
  'caret-word-forward': { unit: 'word', direction: 1 },
  'caret-word-backward': { unit: 'word', direction: -1 },
  'caret-sentence-forward': { unit: 'sentence', direction: 1 },
  'caret-sentence-backward': { unit: 'sentence', direction: -1 },
  'caret-paragraph-forward': { unit: 'paragraph', direction: 1 },
  'caret-paragraph-backward': { unit: 'paragraph', direction: -1 },
  'caret-line-down': { unit: 'line', direction: 1 },
  'caret-line-up': { unit: 'line', direction: -1 },
  'caret-line-start': { unit: 'lineboundary', direction: -1 },
  'caret-line-end': { unit: 'lineboundary', direction: 1 },
  'caret-article-start': { unit: 'article', direction: -1 },
  'caret-article-end': { unit: 'article', direction: 1 },
};

/** Room kept between the caret, or the reading position's line, and the edge of the view (px). */
const EDGE = 24;

class ArticleNavigator {
  #root: HTMLElement | null = null;
  #map: TextMap | null = null;
  #mapLayout: object | null = null;

  /** The article element the navigator works on, while it is on the page. */
  attach(root: HTMLElement): () => void {
    this.#root = root;
    return () => {
      if (this.#root === root) this.#root = null;
    };
  }

  get root(): HTMLElement | null {
    return this.#root;
  }

  /** The element that scrolls the article. */
  get scroller(): HTMLElement | null {
    return this.#root?.closest<HTMLElement>('.reading') ?? null;
  }

  /** True when keyboard focus is in the article (on it, or on a highlight in it). */
  get focused(): boolean {
    return !!this.#root && this.#root.contains(document.activeElement);
  }

  /**
   * The text selected in the article now, as offsets, without spaces at
   * either end (a word selected with the space after it). Read from the DOM,
   * so a key pressed right after the selection moved sees where it went.
   */
  selectedSpan(): TextSpan | null {
    const root = this.#root;
    const text = reader.document?.text;
    const selection = document.getSelection();
    if (!root || text === undefined || !selection || selection.rangeCount === 0) return null;
    const offsets = rangeToOffsets(selection.getRangeAt(0), root);
    return offsets ? trimSpan(text, offsets) : null;
  }

  /** Moves the caret for a caret shortcut; `extend` (Shift) moves only the selection's focus. False for other actions. */
  move(action: ShortcutAction, extend: boolean): boolean {
    const move = MOVES[action];
    const root = this.#root;
    const map = this.#textMap();
    if (!move || !root || !map) return false;
    const current = this.#selectionOrTop();
    if (move.unit === 'line' || move.unit === 'lineboundary') {
      if (!selectionOffsets(root)) selectOffsets(root, current.anchor, current.focus);
      document
        .getSelection()
        ?.modify(extend ? 'extend' : 'move', move.direction > 0 ? 'forward' : 'backward', move.unit);
    } else {
      const collapsing = !extend && current.anchor !== current.focus && move.unit === 'character';
      // Without Shift, → on a selection goes to its end and ← to its start, as in a text field.
      const edge =
        move.direction > 0 ? Math.max(current.anchor, current.focus) : Math.min(current.anchor, current.focus);
      const focus = collapsing ? edge : map.move(current.focus, move.unit, move.direction);
      selectOffsets(root, extend ? current.anchor : focus, focus);
    }
    this.revealCaret();
    return true;
  }

  /** Selects the sentence or paragraph at the caret (or at the top of the view); with a selection, one more. */
  select(unit: 'sentence' | 'paragraph'): boolean {
    const root = this.#root;
    const map = this.#textMap();
    if (!root || !map) return false;
    const current = this.#selectionOrTop();
    const span =
      current.anchor === current.focus
        ? map.unitAt(current.focus, unit)
        : map.extend(
            { start: Math.min(current.anchor, current.focus), end: Math.max(current.anchor, current.focus) },
            unit,
          );
    if (!span) return false;
    selectOffsets(root, span.start, span.end);
    this.revealCaret();
    return true;
  }

  /** Puts the caret at `offset`, collapsing any selection. */
  placeCaret(offset: number): void {
    if (this.#root) selectOffsets(this.#root, offset, offset);
  }

  /** Focus on the article: on the active highlight when there is one, else on the article itself. */
  focusArticle(): void {
    const root = this.#root;
    if (!root) return;
    const mark = reader.activeId ? findMark(root, reader.activeId) : null;
    (mark ?? root).focus({ preventScroll: true });
  }

  /** Where the caret is drawn: the selection's focus, on screen. */
  caretRect(): DOMRect | null {
    const selection = document.getSelection();
    const root = this.#root;
    if (!root || !selection?.focusNode || !root.contains(selection.focusNode)) return null;
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    const rect = range.getClientRects()[0];
    if (rect && rect.height > 0) return rect;
    // At an element boundary a collapsed range has no box: the next character's.
    const offset = offsetAt(root, selection.focusNode, selection.focusOffset);
    const point = offset === null ? null : pointAt(root, offset);
    if (!point) return null;
    range.setStart(point.node, point.offset);
    range.setEnd(point.node, Math.min(point.offset + 1, point.node.textContent?.length ?? 0));
    const box = range.getClientRects()[0];
    return box ? new DOMRect(box.left, box.top, 0, box.height) : null;
  }

  /** Scrolls the least needed to show the caret, as a text field does. */
  revealCaret(): void {
    const rect = this.caretRect();
    const scroller = this.scroller;
    if (!rect || !scroller) return;
    const view = scroller.getBoundingClientRect();
    if (rect.top < view.top + EDGE) scroller.scrollTop -= view.top + EDGE - rect.top;
    else if (rect.bottom > view.bottom - EDGE) scroller.scrollTop += rect.bottom - (view.bottom - EDGE);
  }

  /**
   * Scrolls `element` (a highlight) to the middle of the view, then flashes
   * it. The flash starts once the scroll has ended, so it is seen, not spent
   * while the page moves.
   */
  revealAndFlash(element: HTMLElement): void {
    const scroller = this.scroller;
    const flash = () => {
      element.classList.remove('flash');
      void element.offsetWidth; // restart the animation
      element.classList.add('flash');
    };
    const view = scroller?.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (!scroller || !view || (box.top >= view.top && box.bottom <= view.bottom)) {
      flash();
      return;
    }
    let flashed = false;
    const ended = () => {
      if (flashed) return;
      flashed = true;
      scroller.removeEventListener('scrollend', ended);
      flash();
    };
    scroller.addEventListener('scrollend', ended);
    setTimeout(ended, 1_500); // a scroll that cannot move (or is cut short) may never end with an event
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  }

  /** The offset of the first line of text at the top of the view: the reading position. */
  topOffset(): number | null {
    const root = this.#root;
    const scroller = this.scroller;
    if (!root || !scroller) return null;
    if (scroller.scrollTop === 0) return 0;
    const top = scroller.getBoundingClientRect().top;
    const blocks = root.querySelectorAll<HTMLElement>('[data-start]');
    // Blocks are in reading order: the first whose bottom is below the top of the view.
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (blocks[mid]!.getBoundingClientRect().bottom > top + 1) high = mid;
      else low = mid + 1;
    }
    const block = blocks[low];
    if (!block) return null;
    const box = block.getBoundingClientRect();
    if (box.top >= top) return Number(block.dataset.start);
    // The block runs over the top edge: the first character of its first line in view.
    const style = getComputedStyle(block);
    const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
    const hit = document.caretPositionFromPoint(box.left + 1, top + line / 2);
    const offset = hit && block.contains(hit.offsetNode) ? offsetAt(root, hit.offsetNode, hit.offset) : null;
    return offset ?? Number(block.dataset.start);
  }

  /**
   * Scrolls so that the line holding `offset` is at the top of the view
   * (offset 0: the very top), or in its middle with `align: 'center'`.
   * Blocks far off screen are laid out at an estimated height until they
   * come near it (`content-visibility`), so the text moves as the ones
   * around the target are laid out for real: the scroll is checked again on
   * the next frames until it holds (or, at either end of the article, goes
   * no further), unless `cancelled()` says another scroll took over.
   */
  async scrollToOffset(
    offset: number,
    { align = 'top', cancelled = () => false }: { align?: 'top' | 'center'; cancelled?: () => boolean } = {},
  ): Promise<void> {
    const scroller = this.scroller;
    if (!scroller) return;
    if (offset <= 0 && align === 'top') {
      scroller.scrollTop = 0;
      return;
    }
    // Done once the line has stayed in place for a few frames (layout around it has settled).
    for (let tries = 0, steady = 0; tries < 40 && steady < 3 && !cancelled(); tries++) {
      const distance = this.#distanceTo(offset, scroller, align);
      if (distance === null) return;
      if (Math.abs(distance) < 1) steady++;
      else {
        steady = 0;
        // Held back at the end of the page by blocks still at their estimated height: they grow in the next frames.
        scroller.scrollTop += distance;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /** How far the line holding `offset` is below the top (or the middle) of the view (px). */
  #distanceTo(offset: number, scroller: HTMLElement, align: 'top' | 'center'): number | null {
    const point = this.#root ? pointAt(this.#root, offset) : null;
    if (!point) return null;
    const range = document.createRange();
    range.setStart(point.node, point.offset);
    const rect = range.getClientRects()[0] ?? (point.node as Element).getBoundingClientRect?.();
    if (!rect) return null;
    const view = scroller.getBoundingClientRect();
    return align === 'top' ? rect.top - view.top : rect.top + rect.height / 2 - (view.top + view.height / 2);
  }

  /** The selection in the article, or a caret at the top of the view when there is none. */
  #selectionOrTop(): { anchor: number; focus: number } {
    const root = this.#root!;
    const current = selectionOffsets(root);
    if (current) return current;
    const top = this.topOffset() ?? 0;
    return { anchor: top, focus: top };
  }

  #textMap(): TextMap | null {
    const opened = reader.document;
    if (!opened) return null;
    if (this.#mapLayout !== opened.layout || !this.#map) {
      this.#map = new TextMap(opened.text, opened.layout.blocks);
      this.#mapLayout = opened.layout;
    }
    return this.#map;
  }
}

export const articleNavigator = new ArticleNavigator();
