// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DocumentLayout } from '../../../electron/shared/layout-types.ts';
import { ArticleRenderer } from './article-dom.ts';
import { offsetAt, pointAt, selectionOffsets, selectOffsets } from './dom-offsets.ts';

const TEXT = 'Harbour vote\n\nThe council met. It put off the vote.\n\nCrews asked.';
const at = (phrase: string) => TEXT.indexOf(phrase);
const layout: DocumentLayout = {
  structured: false,
  blocks: [
    { kind: 'headline', start: 0, end: at('\n') },
    { kind: 'paragraph', start: at('The'), end: at('vote.') + 5 },
    { kind: 'paragraph', start: at('Crews'), end: TEXT.length },
  ],
  containers: [],
  marks: [],
};

/** The article painted with a highlight over "met. It put", so a block holds several text nodes. */
function painted(): HTMLElement {
  const root = document.createElement('article');
  document.body.replaceChildren(root);
  new ArticleRenderer(root, TEXT, layout, 'By someone').paint([
    { id: 'a', ref: 'a', kind: 'highlight', start: at('met.'), end: at(' off'), className: 'hl' },
  ]);
  return root;
}

describe('pointAt and offsetAt', () => {
  it('map every offset inside the blocks to a DOM point and back', () => {
    const root = painted();
    for (const block of layout.blocks) {
      for (let offset = block.start; offset <= block.end; offset++) {
        const point = pointAt(root, offset)!;
        expect(offsetAt(root, point.node, point.offset)).toBe(offset);
      }
    }
  });

  it('put an offset between blocks at the start of the next block', () => {
    const root = painted();
    const point = pointAt(root, 13)!;
    expect(offsetAt(root, point.node, point.offset)).toBe(at('The'));
    // A point on the article itself, before the second paragraph, is that paragraph's start.
    const second = root.querySelectorAll('[data-start]')[1]!;
    const index = [...root.childNodes].indexOf(second as ChildNode);
    expect(offsetAt(root, root, index)).toBe(at('The'));
    expect(offsetAt(root, root, root.childNodes.length)).toBe(TEXT.length);
  });

  it('know nothing outside the article', () => {
    const root = painted();
    expect(offsetAt(root, document.body, 0)).toBeNull();
  });
});

describe('selectOffsets and selectionOffsets', () => {
  it('select forwards and backwards and read the selection back', () => {
    const root = painted();
    expect(selectOffsets(root, at('council'), at(' off'))).toBe(true);
    expect(document.getSelection()!.toString()).toBe('council met. It put');
    expect(selectionOffsets(root)).toEqual({ anchor: at('council'), focus: at(' off') });
    selectOffsets(root, at('Crews'), at('council'));
    expect(selectionOffsets(root)).toEqual({ anchor: at('Crews'), focus: at('council') });
    selectOffsets(root, 3, 3);
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });
});
