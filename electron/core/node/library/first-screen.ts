/**
 * The first screen of an opened document: a prefix of its text made of whole
 * blocks, with the annotations that lie inside it.
 *
 * The window shows this at once (at start-up, and when it opens a document)
 * and asks for the whole document next. A 1 MB article then reads as soon as its first screen arrives instead
 * of after 1.7 MB of text and annotations crossed the transport. Offsets are
 * unchanged (the text is a prefix), so the rest simply follows.
 */
import type { FirstScreen, OpenedDocument } from '../../../shared/api-contract.ts';
import { layoutPrefix } from '../../common/layout/layout-prefix.ts';

/** About three screens of text: enough to read while the rest arrives. */
export const FIRST_SCREEN_CHARS = 16_000;

export function firstScreen(opened: OpenedDocument, chars = FIRST_SCREEN_CHARS): FirstScreen {
  const all = opened.layout.blocks;
  let count = 0;
  while (count < all.length && all[count]!.start < chars) count++;
  const end = all[count - 1]?.end ?? 0;
  // A document that fits, or whose first block alone is far longer than a screen, goes whole.
  if (count === all.length || count === 0 || end > chars * 4) return { opened, complete: true };
  return {
    opened: {
      document: opened.document,
      text: opened.text.slice(0, end),
      layout: layoutPrefix(opened.layout, count),
      // Highlights that run past the prefix are painted with the whole document.
      annotations: opened.annotations.filter(({ anchor }) => anchor.status !== 'orphan' && anchor.end <= end),
    },
    complete: false,
  };
}
