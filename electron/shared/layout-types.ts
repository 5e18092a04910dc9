/**
 * How a document is laid out, written down once.
 *
 * A document has one plain text, which the reader sees, annotations anchor to
 * and entities are found in. Its layout describes that same text — nothing is
 * added or removed — as blocks and inline marks over `[start, end)` offsets
 * (UTF-16 code units, as everywhere). So a highlight, an entity tint or a
 * search hit is painted over the layout exactly as over plain paragraphs, and
 * a document's offsets do not depend on how it is shown.
 *
 * A flat list of blocks, not a tree: blocks are painted one by one (a long
 * article's first screen first) and found by binary search. Nesting — a
 * paragraph inside a list item inside a block quote — is given by the
 * containers each block sits in.
 */

/** Text blocks; every one but `separator` is painted as one element holding exactly its slice of the text. */
export type LayoutBlock =
  /** The document's headline. */
  | (BlockRange & { kind: 'headline' })
  /** A heading inside the body; `level` as the source gave it (1–6). */
  | (BlockRange & { kind: 'heading'; level: number })
  | (BlockRange & { kind: 'paragraph' })
  /** Plain text only: a short "By: …" / "Source: …" line. */
  | (BlockRange & { kind: 'meta' })
  /** Plain text only: a date line under the headline. */
  | (BlockRange & { kind: 'dateline' })
  /** Preformatted text or code; line breaks and indentation are the text's own. */
  | (BlockRange & { kind: 'code' })
  /**
   * A picture. Its range is the caption (empty when it has none). `alt` is
   * shown in the picture's frame and is not part of the text. `image` is set
   * only for a picture embedded in the page as a `data:` URI of a raster type
   * (see MAX_INLINE_IMAGE_BYTES): nothing is ever fetched to show a picture.
   */
  | (BlockRange & { kind: 'figure'; alt: string; image?: string })
  /** A table cell, inside a `row` container; may be empty. */
  | (BlockRange & { kind: 'cell'; header: boolean })
  /** A thematic break (`<hr>`, `---`): empty, between the blocks around it. */
  | (BlockRange & { kind: 'separator' });

export type LayoutBlockKind = LayoutBlock['kind'];

export interface BlockRange {
  start: number;
  end: number;
  /**
   * The containers this block sits in, as indexes into
   * {@link DocumentLayout.containers}, outermost first. Consecutive blocks
   * naming the same container share it.
   */
  in?: number[];
}

/** Structure around blocks. A container holds a consecutive run of blocks. */
export type LayoutContainer =
  | { kind: 'quote' }
  /** `start` is the first number of an ordered list that does not start at 1. */
  | { kind: 'list'; ordered: boolean; start?: number }
  /** One list item, directly inside a `list`. */
  | { kind: 'item' }
  | { kind: 'table' }
  /** One table row, directly inside a `table`. */
  | { kind: 'row' };

/** Inline marks: each lies inside one block; marks nest properly (one inside another, never crossing). */
export type InlineMark =
  /** A link to an absolute http(s) URL; links to anything else are not kept. */
  | (MarkRange & { kind: 'link'; href: string })
  | (MarkRange & { kind: 'emphasis' | 'strong' | 'code' | 'deleted' })
  /** Plain text only: a dateline opening a paragraph ("CAIRO —"). */
  | (MarkRange & { kind: 'dateline' });

export type InlineMarkKind = InlineMark['kind'];

export interface MarkRange {
  start: number;
  end: number;
}

export interface DocumentLayout {
  /**
   * True when the layout comes from the document's own markup (a web page,
   * Markdown): line breaks inside a block are the author's and are shown.
   * False for plain text laid out by the plain-text rules, whose line breaks
   * may be hard wraps and flow together as they always have.
   */
  structured: boolean;
  /** In text order; they never overlap. */
  blocks: LayoutBlock[];
  containers: LayoutContainer[];
  /** Sorted by start, then outermost first. */
  marks: InlineMark[];
}

/** Pictures embedded in a page are shown only up to this size; larger ones show their frame. */
export const MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;

/** `data:` URIs of raster images, the only pictures ever shown. */
export const INLINE_IMAGE_PATTERN = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Whether `uri` is a picture Marginalia may show: a raster `data:` URI under {@link MAX_INLINE_IMAGE_BYTES}. */
export function isShowableImage(uri: string): boolean {
  // 4 base64 characters carry 3 bytes; checked before the pattern, which walks the whole string.
  const base64 = uri.length - uri.indexOf(',') - 1;
  return (base64 * 3) / 4 <= MAX_INLINE_IMAGE_BYTES && INLINE_IMAGE_PATTERN.test(uri);
}
