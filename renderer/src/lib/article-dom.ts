/**
 * Renders the article into the DOM from its layout — headings, paragraphs,
 * lists, quotes, pictures, tables, links and emphasis — with decorations
 * (highlights and entity mentions) painted over it.
 *
 * Written by hand rather than as a Svelte template because the DOM text of
 * each block must equal its slice of the document text to the character —
 * template whitespace would shift every offset — and because a 1 MB article
 * has thousands of blocks: changing one highlight re-renders only the blocks
 * it touches. Inline marks (a link, emphasis) and decorations may cross each
 * other: a highlight over half a link is split at the link's edge into
 * adjacent `<mark>`s with the same id, never changing the text.
 */
import { upperBound } from '../../../electron/shared/binary-search.ts';
import type { DocumentLayout, InlineMark, LayoutBlock } from '../../../electron/shared/layout-types.ts';
import { selectionOffsets, selectOffsets } from './dom-offsets.ts';
import { blockElements, containerElement, markElement } from './layout-elements.ts';
import { segmentBlock, type HighlightRange } from './segments.ts';

export interface Decoration extends HighlightRange {
  /** Highlights render as `<mark>`; mentions tint the text of an entity. */
  kind: 'highlight' | 'mention';
  /** The annotation or entity this range belongs to (`id` is unique per range). */
  ref: string;
  className: string;
}

/**
 * Time per task while the rest of a long article is painted: enough for few
 * frames in between (each re-styles the growing page), under the 50 ms at
 * which a task starts to delay input noticeably.
 */
const SLICE_BUDGET_MS = 40;

export class ArticleRenderer {
  readonly #root: HTMLElement;
  readonly #text: string;
  readonly #layout: DocumentLayout;
  readonly #blocks: LayoutBlock[];
  readonly #details: string;
  /** Per block, the element holding its text (for a rule, the rule itself). */
  readonly #elements: HTMLElement[] = [];
  /** Containers open at the last block created, outermost first: where the next block goes. */
  #open: Array<{ index: number; element: HTMLElement }> = [];
  /** The marks inside each block, by block index. */
  readonly #marks: InlineMark[][];
  /** What each block was last painted with, to skip unchanged blocks. */
  readonly #painted: string[] = [];
  /** Bumped by every paint, so an unfinished progressive paint stops when a newer one starts. */
  #generation = 0;
  #complete = false;

  /**
   * @param details - a line such as "By … · Source …" shown under the headline.
   *   It is not part of the document text, so it carries no offsets and cannot be selected.
   * @param previous - the renderer this one replaces. When it showed the first
   *   screen of the same article (a prefix of `text` with the same blocks),
   *   its painted blocks are kept and only the rest is added.
   */
  constructor(
    root: HTMLElement,
    text: string,
    layout: DocumentLayout,
    details = '',
    previous: ArticleRenderer | null = null,
  ) {
    this.#root = root;
    this.#text = text;
    this.#layout = layout;
    this.#blocks = layout.blocks;
    this.#details = details;
    this.#marks = marksByBlock(layout);
    if (previous && previous.#isPrefixOf(root, text, layout, details)) {
      previous.#generation++; // stops its unfinished progressive paint
      this.#elements.push(...previous.#elements);
      this.#painted.push(...previous.#painted);
      this.#open = previous.#open;
    } else {
      root.replaceChildren();
      root.classList.toggle('article-structured', layout.structured);
    }
  }

  /** Whether this renderer showed the start of `text` laid out by `layout`: same blocks, containers and marks. */
  #isPrefixOf(root: HTMLElement, text: string, layout: DocumentLayout, details: string): boolean {
    if (root !== this.#root || details !== this.#details || !text.startsWith(this.#text)) return false;
    if (layout.structured !== this.#layout.structured) return false;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const used = this.#layout.containers.length;
    const end = this.#blocks[this.#elements.length - 1]?.end ?? 0;
    return (
      this.#elements.every((_, i) => same(this.#blocks[i], layout.blocks[i])) &&
      same(this.#layout.containers, layout.containers.slice(0, used)) &&
      same(
        this.#layout.marks.filter((m) => m.end <= end),
        layout.marks.filter((m) => m.end <= end),
      )
    );
  }

  /**
   * Creates the elements of blocks `[elements.length, to)`, to be appended
   * once filled. Blocks are created as they are first painted, so a long
   * article's first screen does not wait for thousands of empty elements.
   */
  #createUpTo(to: number): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const open = this.#open;
    for (let index = this.#elements.length; index < to; index++) {
      const block = this.#blocks[index]!;
      const path = block.in ?? [];
      // Close the containers this block is not in, open those it starts.
      let shared = 0;
      while (shared < open.length && shared < path.length && open[shared]!.index === path[shared]) shared++;
      open.length = shared;
      for (const container of path.slice(shared)) {
        const element = containerElement(this.#layout.containers[container]!);
        (open.at(-1)?.element ?? fragment).append(element);
        open.push({ index: container, element });
      }
      const { outer, text } = blockElements(block, this.#text.slice(block.start, block.end));
      (open.at(-1)?.element ?? fragment).append(outer);
      this.#elements.push(text);
      this.#painted.push('');
      if (this.#details && index === 0) {
        // Under the headline; above the article when it opens inside a list or a quote.
        if (path.length === 0) fragment.append(detailsLine(this.#details));
        else fragment.prepend(detailsLine(this.#details));
      }
    }
    return fragment;
  }

  /** True once every block has been painted at least once. */
  get complete(): boolean {
    return this.#complete;
  }

  /**
   * Paints the decorations; only blocks whose decorations changed are rebuilt.
   * A change to a few blocks (a new highlight) is painted before this
   * returns. A sweeping one (every entity tinted across a long article) is
   * painted from the screen outwards in tasks of about SLICE_BUDGET_MS, so
   * what the reader sees changes first and input is never kept waiting long.
   */
  paint(decorations: readonly Decoration[]): void {
    const generation = ++this.#generation;
    // The first task's budget counts the sorting below: with 16,000 mentions it is a good part of it.
    const deadline = performance.now() + SLICE_BUDGET_MS;
    const perBlock = this.#bucket(decorations);
    this.#root.append(this.#createUpTo(this.#blocks.length));
    this.#complete = true;
    const pending: number[] = [];
    for (let index = 0; index < this.#blocks.length; index++) {
      if (this.#needsPaint(perBlock, index)) pending.push(index);
    }
    if (pending.length > 50) {
      const onScreen = upperBound(pending, this.#firstBlockOnScreen() - 1);
      pending.push(...pending.splice(0, onScreen));
    }
    let next = 0;
    this.#inTasks(generation, deadline, () => {
      const end = Math.min(next + 50, pending.length);
      for (; next < end; next++) this.#paintBlock(perBlock, pending[next]!);
      return next < pending.length;
    });
  }

  /**
   * Repeats `chunk` (a little work; false once none is left) until `deadline`,
   * then in later tasks of about SLICE_BUDGET_MS each, and calls `onDone` at
   * the end. A later paint (a newer generation) stops it.
   */
  #inTasks(generation: number, deadline: number, chunk: () => boolean, onDone?: () => void): void {
    if (generation !== this.#generation) return;
    let more: boolean;
    do more = chunk();
    while (more && performance.now() < deadline);
    if (more) setTimeout(() => this.#inTasks(generation, performance.now() + SLICE_BUDGET_MS, chunk, onDone), 0);
    else onDone?.();
  }

  /** The first block whose bottom is below the top of the viewport (blocks are in document order). */
  #firstBlockOnScreen(): number {
    let low = 0;
    let high = this.#elements.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#elements[mid]!.getBoundingClientRect().bottom > 0) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /**
   * Paints the blocks of the first `firstChars` characters at once and
   * builds the rest in tasks of about SLICE_BUDGET_MS each, so a long article
   * shows its first screen without waiting for the whole DOM, and input is
   * never kept waiting long. Offsets are unaffected: every block is still
   * exactly its slice of the text. A short article is painted at once and `onDone` runs
   * before this returns. A later `paint` or `paintProgressively` call
   * supersedes this one.
   */
  paintProgressively(
    decorations: readonly Decoration[],
    { onFirst, onDone, firstChars = 12_000 }: { onFirst?: () => void; onDone?: () => void; firstChars?: number } = {},
  ): void {
    const generation = ++this.#generation;
    const perBlock = this.#bucket(decorations);
    const blocks = this.#blocks;
    const endOfSlice = (from: number, chars: number) => {
      const limit = (blocks[from]?.start ?? 0) + chars;
      let to = from + 1;
      while (to < blocks.length && blocks[to]!.start < limit) to++;
      return Math.min(to, blocks.length);
    };
    let next = endOfSlice(0, firstChars);
    this.#paintRange(perBlock, 0, next);
    onFirst?.();
    // The rest is built off the page and added in one go (every 2 MB of text
    // for a huge one): frames in between then have nothing new to lay out,
    // which on a 1 MB article saves more than the one larger frame at the end costs.
    let rest = document.createDocumentFragment();
    let restFrom = next;
    const chunk = () => {
      const to = endOfSlice(next, 20_000);
      this.#paintRange(perBlock, next, to, rest);
      next = to;
      if (next === blocks.length || blocks[next]!.start - blocks[restFrom]!.start > 2_000_000) {
        this.#root.append(rest);
        rest = document.createDocumentFragment();
        restFrom = next;
      }
      return next < blocks.length;
    };
    const done = () => {
      this.#complete = true;
      onDone?.();
    };
    if (next < blocks.length)
      setTimeout(() => this.#inTasks(generation, performance.now() + SLICE_BUDGET_MS, chunk, done), 0);
    else done();
  }

  #paintRange(perBlock: Decoration[][], from: number, to: number, into: ParentNode = this.#root): void {
    const created = this.#createUpTo(to);
    for (let index = from; index < to; index++) {
      if (this.#needsPaint(perBlock, index)) this.#paintBlock(perBlock, index);
    }
    into.append(created);
  }

  #needsPaint(perBlock: Decoration[][], index: number): boolean {
    const block = this.#blocks[index]!;
    if (block.start === block.end) return false; // an empty caption or cell, a rule: no text to paint
    return signatureOf(perBlock[index]) !== this.#painted[index] || !this.#elements[index]!.firstChild;
  }

  #paintBlock(perBlock: Decoration[][], index: number): void {
    const own = perBlock[index] ?? [];
    this.#painted[index] = signatureOf(own);
    this.#fill(this.#elements[index]!, this.#blocks[index]!, this.#marks[index] ?? [], own);
  }

  /** Groups decorations by the blocks they overlap (blocks are sorted and disjoint). */
  #bucket(decorations: readonly Decoration[]): Decoration[][] {
    const buckets: Decoration[][] = [];
    const starts = this.#blocks.map((b) => b.start);
    for (const decoration of decorations) {
      let index = Math.max(0, upperBound(starts, decoration.start) - 1);
      for (; index < this.#blocks.length && this.#blocks[index]!.start < decoration.end; index++) {
        if (this.#blocks[index]!.end > decoration.start) (buckets[index] ??= []).push(decoration);
      }
    }
    for (const bucket of buckets) bucket?.sort((a, b) => a.start - b.start);
    return buckets;
  }

  #fill(element: HTMLElement, block: LayoutBlock, marks: InlineMark[], decorations: Decoration[]): void {
    // New nodes replace the block's: a selection or caret in it is put back at the same offsets.
    const kept = selectionTouches(element) ? selectionOffsets(this.#root) : null;
    if (decorations.length === 0 && marks.length === 0) {
      // Most blocks of a long article: one text node, nothing to split.
      element.textContent = this.#text.slice(block.start, block.end);
    } else {
      const byId = new Map(decorations.map((d) => [d.id, d]));
      const fragment = document.createDocumentFragment();
      this.#build(fragment, block.start, block.end, marks, 0, marks.length, decorations, byId);
      element.replaceChildren(fragment);
    }
    if (kept) selectOffsets(this.#root, kept.anchor, kept.focus);
  }

  /** Fills `parent` with `[from, to)`: the marks `marks[first, last)` (nested, in order) as elements, decorated text between. */
  #build(
    parent: Node,
    from: number,
    to: number,
    marks: InlineMark[],
    first: number,
    last: number,
    decorations: Decoration[],
    byId: Map<string, Decoration>,
  ): void {
    let at = from;
    let index = first;
    while (index < last) {
      const mark = marks[index]!;
      let inner = index + 1;
      while (inner < last && marks[inner]!.start < mark.end) inner++;
      this.#decoratedText(parent, at, mark.start, decorations, byId);
      const element = markElement(mark);
      this.#build(element, mark.start, mark.end, marks, index + 1, inner, decorations, byId);
      parent.appendChild(element);
      at = mark.end;
      index = inner;
    }
    this.#decoratedText(parent, at, to, decorations, byId);
  }

  /** The text `[from, to)` as text nodes, wrapped where decorations cover it. */
  #decoratedText(
    parent: Node,
    from: number,
    to: number,
    decorations: Decoration[],
    byId: Map<string, Decoration>,
  ): void {
    if (from >= to) return;
    if (decorations.length === 0) {
      parent.appendChild(document.createTextNode(this.#text.slice(from, to)));
      return;
    }
    for (const segment of segmentBlock(from, to, decorations)) {
      const node = document.createTextNode(this.#text.slice(segment.start, segment.end));
      const covering = segment.ids.map((id) => byId.get(id)!);
      parent.appendChild(covering.length > 0 ? decorate(node, covering) : node);
    }
  }
}

function selectionTouches(element: HTMLElement): boolean {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  return element.contains(selection.anchorNode) || element.contains(selection.focusNode);
}

/** Marks grouped by the block they lie in (each lies in one). */
function marksByBlock(layout: DocumentLayout): InlineMark[][] {
  const starts = layout.blocks.map((b) => b.start);
  const byBlock: InlineMark[][] = [];
  for (const mark of layout.marks) {
    let index = upperBound(starts, mark.start) - 1;
    // Empty blocks (a captionless picture) may share a start with the block that holds the mark.
    while (index > 0 && layout.blocks[index]!.end < mark.end) index--;
    (byBlock[index] ??= []).push(mark);
  }
  return byBlock;
}

/** What a block is painted with: equal signatures, equal DOM. */
function signatureOf(decorations: readonly Decoration[] | undefined): string {
  return decorations ? decorations.map((d) => `${d.id}:${d.start}:${d.end}:${d.className}`).join('|') : '';
}

function detailsLine(details: string): HTMLElement {
  const line = document.createElement('p');
  line.className = 'article-details';
  line.textContent = details;
  return line;
}

function decorate(text: Node, covering: Decoration[]): HTMLElement {
  const highlights = covering.filter((d) => d.kind === 'highlight');
  const mentions = covering.filter((d) => d.kind === 'mention');
  const element = document.createElement(highlights.length > 0 ? 'mark' : 'span');
  const classes = covering.map((d) => d.className);
  if (highlights.length > 1) classes.push('overlap');
  element.className = classes.join(' ');
  if (highlights.length > 0) {
    element.dataset.ids = highlights.map((d) => d.ref).join(' ');
    element.tabIndex = -1;
  }
  if (mentions.length > 0) element.dataset.entities = [...new Set(mentions.map((d) => d.ref))].join(' ');
  element.append(text);
  return element;
}
