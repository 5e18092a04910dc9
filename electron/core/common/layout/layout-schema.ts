/**
 * Checking a layout before it is trusted: one read back from disk may be
 * damaged or come from another build. A layout that fails is not used — the
 * document is shown by the plain-text rules — so a bad file never keeps a
 * document from opening.
 */
import * as z from 'zod';
import type { DocumentLayout } from '../../../shared/layout-types.ts';
import { isAllowedExternalUrl } from '../../../shared/external-links.ts';
import { isShowableImage } from '../../../shared/layout-types.ts';
import { upperBound } from '../../../shared/binary-search.ts';

const offset = z.number().int().nonnegative();
const range = { start: offset, end: offset, in: z.array(z.number().int().nonnegative()).max(32).optional() };

const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...range, kind: z.enum(['headline', 'paragraph', 'meta', 'dateline', 'code', 'separator']) }),
  z.strictObject({ ...range, kind: z.literal('heading'), level: z.number().int().min(1).max(6) }),
  z.strictObject({
    ...range,
    kind: z.literal('figure'),
    alt: z.string().max(10_000),
    image: z.string().refine(isShowableImage, 'not a showable image').optional(),
  }),
  z.strictObject({ ...range, kind: z.literal('cell'), header: z.boolean() }),
]);

const containerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['quote', 'item', 'table', 'row']) }),
  z.strictObject({ kind: z.literal('list'), ordered: z.boolean(), start: z.number().int().optional() }),
]);

const markSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('link'),
    start: offset,
    end: offset,
    href: z.string().refine(isAllowedExternalUrl),
  }),
  z.strictObject({ kind: z.enum(['emphasis', 'strong', 'code', 'deleted', 'dateline']), start: offset, end: offset }),
]);

export const layoutSchema = z.strictObject({
  structured: z.boolean(),
  blocks: z.array(blockSchema),
  containers: z.array(containerSchema),
  marks: z.array(markSchema),
});

/**
 * Why `layout` does not describe a text of `textLength` characters, or null
 * when it does: blocks in order without overlapping and inside the text,
 * containers that nest (each holds one run of blocks, always inside the same
 * parent; items in lists, rows in tables), marks nested and each inside one block.
 */
export function layoutProblem(layout: DocumentLayout, textLength: number): string | null {
  let previousEnd = 0;
  /** For each container: its parent (-1 at the top) and the last block that was in it. */
  const parents = new Map<number, number>();
  const lastBlock = new Map<number, number>();
  for (const [index, block] of layout.blocks.entries()) {
    if (block.start > block.end || block.end > textLength) return `block ${index} lies outside the text`;
    if (block.start < previousEnd) return `block ${index} overlaps the one before`;
    if (block.start === block.end && !['figure', 'cell', 'separator'].includes(block.kind))
      return `block ${index} (${block.kind}) is empty`;
    previousEnd = block.end;
    const path = block.in ?? [];
    for (const [depth, container] of path.entries()) {
      const kind = layout.containers[container]?.kind;
      if (kind === undefined) return `block ${index} names a container that does not exist`;
      const parent = depth === 0 ? -1 : path[depth - 1]!;
      if ((parents.get(container) ?? parent) !== parent) return `container ${container} changes its parent`;
      parents.set(container, parent);
      const last = lastBlock.get(container);
      if (last !== undefined && last !== index - 1) return `container ${container} holds blocks that are not together`;
      lastBlock.set(container, index);
      const parentKind = parent === -1 ? undefined : layout.containers[parent]?.kind;
      if ((kind === 'item') !== (parentKind === 'list')) return `container ${container}: items belong in lists`;
      if ((kind === 'row') !== (parentKind === 'table')) return `container ${container}: rows belong in tables`;
    }
    const innermost = path.length > 0 ? layout.containers[path.at(-1)!]!.kind : undefined;
    if ((block.kind === 'cell') !== (innermost === 'row')) return `block ${index}: cells belong in rows`;
  }

  const starts = layout.blocks.map((b) => b.start);
  const open: Array<{ end: number }> = [];
  let previous = { start: 0, end: Infinity };
  for (const [index, mark] of layout.marks.entries()) {
    if (mark.start >= mark.end) return `mark ${index} is empty`;
    if (mark.start < previous.start || (mark.start === previous.start && mark.end > previous.end))
      return `mark ${index} is out of order`;
    previous = mark;
    while (open.length > 0 && open.at(-1)!.end <= mark.start) open.pop();
    if (open.length > 0 && mark.end > open.at(-1)!.end) return `mark ${index} crosses the mark it starts in`;
    open.push(mark);
    const block = layout.blocks[upperBound(starts, mark.start) - 1];
    if (!block || mark.end > block.end) return `mark ${index} is not inside one block`;
  }
  return null;
}

/** The layout in `value` if it is one, checked against the text; null otherwise. */
export function parseLayout(value: unknown, textLength: number): DocumentLayout | null {
  const parsed = layoutSchema.safeParse(value);
  if (!parsed.success) return null;
  const layout = parsed.data as DocumentLayout;
  return layoutProblem(layout, textLength) === null ? layout : null;
}
