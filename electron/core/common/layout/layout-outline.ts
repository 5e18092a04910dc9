/**
 * A layout as one line per block — "list>item>paragraph: its text" — so a
 * test states a document's structure at a glance.
 */
import type { DocumentLayout } from '../../../shared/layout-types.ts';

export function layoutOutline(text: string, layout: DocumentLayout): string[] {
  return layout.blocks.map((block) => {
    const path = (block.in ?? []).map((i) => layout.containers[i]!.kind).join('>');
    const name = block.kind === 'heading' ? `h${block.level}` : block.kind;
    return `${path ? `${path}>` : ''}${name}: ${text.slice(block.start, block.end)}`;
  });
}
