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
