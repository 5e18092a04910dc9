/**
 * Converts a DOM selection in the article into document offsets.
 *
 * Every block element carries `data-start`, the offset of its first character,
 * and its text content is exactly that slice of the document text; so a
 * boundary's offset is the block's start plus the length of the text before
 * the boundary inside the block. A boundary that falls between blocks snaps to
 * the nearest block edge inside the selection.
 */
const BLOCK_SELECTOR = '[data-start]';

function blockOf(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null;
  return block && root.contains(block) ? block : null;
}

function offsetIn(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return Number(block.dataset.start) + range.toString().length;
}

function blockEnd(block: HTMLElement): number {
  return Number(block.dataset.start) + (block.textContent ?? '').length;
}

/** Returns `[start, end)` for the part of `range` inside the article, or null when it holds no text. */
export function rangeToOffsets(range: Range, root: Element): { start: number; end: number } | null {
  if (range.collapsed || (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root))) return null;
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)].filter((b) => range.intersectsNode(b));
  if (blocks.length === 0) return null;

  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const startBlock = blockOf(range.startContainer, root);
  const endBlock = blockOf(range.endContainer, root);
  const start =
    startBlock === first ? offsetIn(first, range.startContainer, range.startOffset) : Number(first.dataset.start);
  const end = endBlock === last ? offsetIn(last, range.endContainer, range.endOffset) : blockEnd(last);
  return end > start ? { start, end } : null;
}

/** The element of the first highlight mark for an annotation id. */
export function findMark(root: Element, annotationId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[data-ids~="${CSS.escape(annotationId)}"]`);
}

/** The block elements in document order, each with its first offset. */
function blockElements(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
}

/**
 * The DOM point of document offset `offset`: in the text of the block that
 * holds it (at a block's end, that block), or at the start of the next block
 * when it falls between blocks. Null when the article holds no block.
 */
export function pointAt(root: Element, offset: number): { node: Node; offset: number } | null {
  const blocks = blockElements(root);
  if (blocks.length === 0) return null;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (Number(blocks[mid]!.dataset.start) <= offset) low = mid + 1;
    else high = mid;
  }
  // The last block starting at or before `offset`; past its end, the next one's start.
  let block = blocks[Math.max(0, low - 1)]!;
  if (offset > blockEnd(block) && low < blocks.length) block = blocks[low]!;
  let left = Math.max(0, Math.min(offset, blockEnd(block)) - Number(block.dataset.start));
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return { node, offset: left };
    left -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: block, offset: 0 };
}

/**
 * The document offset of a DOM point in the article: inside a block, its
 * offset there; elsewhere (between blocks, on the article itself), the start
 * of the next block, or the end of the last one. Null outside the article.
 */
export function offsetAt(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const block = blockOf(node, root);
  if (block) return offsetIn(block, node, offset);
  const point = document.createRange();
  point.setStart(node, offset);
  const blocks = blockElements(root);
  const next = blocks.find((b) => point.comparePoint(b, 0) >= 0);
  if (next) return Number(next.dataset.start);
  const last = blocks.at(-1);
  return last ? blockEnd(last) : null;
}

/** Where the selection starts (anchor) and where the caret is (focus), as offsets; null when it is not in the article. */
export function selectionOffsets(root: Element): { anchor: number; focus: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  const anchor = offsetAt(root, selection.anchorNode, selection.anchorOffset);
  const focus = offsetAt(root, selection.focusNode, selection.focusOffset);
  return anchor === null || focus === null ? null : { anchor, focus };
}

/** Selects `[anchor, focus]` in the article (collapsed when equal); false when the article has no text. */
export function selectOffsets(root: Element, anchor: number, focus: number): boolean {
  const from = pointAt(root, anchor);
  const to = anchor === focus ? from : pointAt(root, focus);
  if (!from || !to) return false;
  document.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}
