/**
 * A document read from markup (a web page, Markdown), before it has a text:
 * blocks with inline content, in reading order. The readers of each format
 * build drafts; `layoutFromDrafts` turns them into the one plain text and its
 * layout, so whitespace, separators and offsets follow one set of rules
 * whatever the format.
 */
import type { LayoutContainer } from '../../../shared/layout-types.ts';

export type MarkSpec = { kind: 'link'; href: string } | { kind: 'emphasis' | 'strong' | 'code' | 'deleted' };

/** A line break the author put inside a block (`<br>`, a hard break in Markdown). */
export const LINE_BREAK = { lineBreak: true } as const;

export type Inline = string | typeof LINE_BREAK | { mark: MarkSpec; children: Inline[] };

export interface BlockDraft {
  kind: 'headline' | 'heading' | 'paragraph' | 'code' | 'figure' | 'cell' | 'separator';
  /** Headings: 1–6. */
  level?: number;
  /** Figures: the picture's text alternative, and an embedded raster image (already checked). */
  alt?: string;
  image?: string;
  /** Cells: a header cell. */
  header?: boolean;
  /**
   * The containers the block sits in, outermost first. Blocks share a
   * container by holding the same object.
   */
  path: LayoutContainer[];
  /** Inline content; code blocks hold one string, taken as it is. */
  content: Inline[];
}

/** The text a draft block will show, whitespace collapsed: for comparing blocks before the layout is built. */
export function draftText(draft: BlockDraft): string {
  let text = '';
  const walk = (content: Inline[]) => {
    for (const item of content) {
      if (typeof item === 'string') text += item;
      else if ('lineBreak' in item) text += ' ';
      else walk(item.children);
    }
  };
  walk(draft.content);
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
