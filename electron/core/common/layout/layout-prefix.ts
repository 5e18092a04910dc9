/**
 * The layout of a prefix of a document: its first `count` blocks, the
 * containers they sit in and the marks inside them. Container indexes stay
 * the same, so the prefix is painted exactly as the start of the whole.
 */
import type { DocumentLayout } from '../../../shared/layout-types.ts';

export function layoutPrefix(layout: DocumentLayout, count: number): DocumentLayout {
  const blocks = layout.blocks.slice(0, count);
  const end = blocks.at(-1)?.end ?? 0;
  const used = blocks.reduce((most, b) => Math.max(most, ...(b.in ?? [])), -1) + 1;
  return {
    structured: layout.structured,
    blocks,
    containers: layout.containers.slice(0, used),
    marks: layout.marks.filter((m) => m.end <= end),
  };
}
