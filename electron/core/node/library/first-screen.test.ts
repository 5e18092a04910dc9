import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation, OpenedDocument } from '../../../shared/api-contract.ts';
import type { LayoutBlock } from '../../../shared/layout-types.ts';
import type { Anchor } from '../../../shared/anchor-types.ts';
import { firstScreen } from './first-screen.ts';

function documentOf(paragraphs: string[]): OpenedDocument {
  const blocks: LayoutBlock[] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({
      kind: blocks.length === 0 ? 'headline' : 'paragraph',
      start: text.length,
      end: text.length + paragraph.length,
    });
    text += paragraph;
  }
  return {
    document: { id: 'd' } as OpenedDocument['document'],
    text,
    layout: { structured: false, blocks, containers: [], marks: [] },
    annotations: [],
  };
}

function anchored(id: string, anchor: Anchor): AnchoredAnnotation {
  return { annotation: { id } as AnchoredAnnotation['annotation'], anchor };
}

describe('firstScreen', () => {
  it('sends a short document whole, trailing blank lines included', () => {
    const opened = documentOf(['Title', 'One short paragraph.']);
    expect(firstScreen(opened, 1_000)).toEqual({ opened, complete: true });
    const trailing = { ...opened, text: `${opened.text}\n\n` };
    expect(firstScreen(trailing, 1_000)).toEqual({ opened: trailing, complete: true });
  });

  it('cuts a long document after the block that crosses the limit, keeping offsets', () => {
    const paragraphs = ['Title', ...Array.from({ length: 50 }, (_, i) => `Paragraph ${i} `.repeat(10).trim())];
    const opened = documentOf(paragraphs);
    const { opened: head, complete } = firstScreen(opened, 500);
    expect(complete).toBe(false);
    expect(opened.text.startsWith(head.text)).toBe(true);
    const last = head.layout.blocks.at(-1)!;
    expect(last.start).toBeLessThan(500);
    expect(last.end).toBe(head.text.length);
    expect(head.layout.blocks).toEqual(opened.layout.blocks.slice(0, head.layout.blocks.length));
  });

  it('keeps only the annotations that lie wholly inside the prefix', () => {
    const opened = documentOf(['Title', 'a'.repeat(300), 'b'.repeat(300), 'c'.repeat(300)]);
    opened.annotations = [
      anchored('inside', { status: 'exact', start: 10, end: 20, confidence: 1 }),
      anchored('fuzzy-inside', { status: 'fuzzy', start: 30, end: 40, confidence: 0.8 }),
      anchored('across', { status: 'exact', start: 300, end: 320, confidence: 1 }),
      anchored('after', { status: 'exact', start: 700, end: 710, confidence: 1 }),
      anchored('orphan', { status: 'orphan', start: null, end: null, confidence: 0 }),
    ];
    const { opened: head } = firstScreen(opened, 100);
    expect(head.text.length).toBe(307); // title + blank line + the first paragraph
    expect(head.annotations.map((a) => a.annotation.id)).toEqual(['inside', 'fuzzy-inside']);
  });

  it('sends a document whole when its first block alone is many screens long', () => {
    const opened = documentOf(['x'.repeat(10_000), 'y']);
    expect(firstScreen(opened, 100).complete).toBe(true);
  });
});
