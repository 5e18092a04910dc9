/**
 * The layout of a document that has none of its own — plain text, pasted
 * text, and every document stored before layouts existed: the plain-text
 * rules of `article/plain-text-structure.ts`, unchanged.
 */
import type { DocumentLayout, InlineMark, LayoutBlock } from '../../../shared/layout-types.ts';
import { detectStructure } from '../article/plain-text-structure.ts';

export function plainTextLayout(text: string): DocumentLayout {
  const blocks: LayoutBlock[] = [];
  const marks: InlineMark[] = [];
  for (const { kind, start, end, dateline } of detectStructure(text).blocks) {
    blocks.push({ kind, start, end });
    if (dateline) marks.push({ kind: 'dateline', start: dateline.start, end: dateline.end });
  }
  return { structured: false, blocks, containers: [], marks };
}
