/**
 * Readability's article DOM → draft blocks (see `core/common/layout`).
 *
 * Walks the element tree as a browser would lay it out: block elements start
 * blocks, inline elements become marks, lists, quotes and tables become
 * containers. Only text nodes become text, so no markup or script can reach
 * the reading text; scripts, styles, SVG, forms and the like are skipped
 * whole. Links are kept only to absolute http(s) URLs; pictures only as their
 * alt text, or as the picture itself when the page embeds it as a small
 * raster `data:` URI — nothing is ever fetched.
 */
import type { LayoutContainer } from '../../../shared/layout-types.ts';
import { isShowableImage } from '../../../shared/layout-types.ts';
import { isAllowedExternalUrl } from '../../../shared/external-links.ts';
import { LINE_BREAK, type BlockDraft, type Inline, type MarkSpec } from '../../common/layout/layout-draft.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never reading text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'button',
  'input',
  'select',
  'textarea',
  'link',
  'meta',
  'head',
  'title',
]);

/** Elements that start and end a block. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
]);

const BLOCK_SELECTOR = [...BLOCKS].join(',');

const MARKS: Record<string, Exclude<MarkSpec['kind'], 'link'>> = {
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  dfn: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  del: 'deleted',
  s: 'deleted',
  strike: 'deleted',
};

/** What a figure's picture gives the layout. */
interface Picture {
  alt: string;
  image?: string;
}

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
const isSkipped = (element: Element) =>
  SKIPPED.has(element.localName) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';

/** The picture in `element` (itself an `<img>`, or holding one), or null. */
function pictureIn(element: Element): Picture | null {
  const img = element.localName === 'img' ? element : element.querySelector('img');
  if (!img) return null;
  const src = img.getAttribute('src') ?? '';
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  return isShowableImage(src) ? { alt, image: src } : { alt };
}

/** Visible text under `node`, without skipped elements. */
function textOf(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) text += (child as Text).data;
    else if (isElement(child) && !isSkipped(child)) text += textOf(child);
  }
  return text;
}

const hasText = (node: Node) => textOf(node).trim() !== '';

export class HtmlDrafts {
  readonly drafts: BlockDraft[] = [];
  /** The block being filled with inline content, if any. */
  #current: BlockDraft | null = null;
  /** Stack of open inline content lists: the block's, then each open mark's. */
  #inline: Inline[][] = [];

  /**
   * @param resolve - Turns a link's `href` into the URL to keep, or null to
   *   drop the link and keep its text.
   */
  constructor(private readonly resolve: (href: string) => string | null) {}

  /** Draft blocks for the content of `root`. */
  static of(root: Node, resolve: (href: string) => string | null = defaultResolve): BlockDraft[] {
    const walker = new HtmlDrafts(resolve);
    walker.#blocks(root, []);
    walker.#end();
    return walker.drafts;
  }

  #start(kind: BlockDraft['kind'], path: LayoutContainer[], extra: Partial<BlockDraft> = {}): BlockDraft {
    this.#end();
    const draft: BlockDraft = { kind, path, content: [], ...extra };
    this.drafts.push(draft);
    this.#current = draft;
    this.#inline = [draft.content];
    return draft;
  }

  #end(): void {
    this.#current = null;
    this.#inline = [];
  }

  /** Walks children that are blocks or runs of inline content, in the containers `path`. */
  #blocks(parent: Node, path: LayoutContainer[]): void {
    for (const child of parent.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (this.#current === null && data.trim() === '') continue;
        if (this.#current === null || this.#current.path !== path) this.#start('paragraph', path);
        this.#inline.at(-1)!.push(data);
        continue;
      }
      if (!isElement(child) || isSkipped(child)) continue;
      const name = child.localName;
      // An inline element wrapped around blocks (`<span><div>…</div></span>`) lays out as those blocks.
      const wrapsBlocks = !BLOCKS.has(name) && child.querySelector(BLOCK_SELECTOR) !== null;
      if (!BLOCKS.has(name) && !wrapsBlocks && !this.#isPictureOnly(child)) {
        if (this.#current === null || this.#current.path !== path) {
          if (!hasText(child)) continue;
          this.#start('paragraph', path);
        }
        this.#inlineElement(child);
        continue;
      }
      this.#end();
      if (wrapsBlocks && !this.#isPictureOnly(child)) this.#blocks(child, path);
      else this.#block(child, path);
      this.#end();
    }
  }

  /** An element that shows a picture and no text (`<img>`, `<picture>`, `<p><img></p>`, `<a><img></a>`). */
  #isPictureOnly(element: Element): boolean {
    return (element.localName === 'img' || element.querySelector('img') !== null) && !hasText(element);
  }

  #block(element: Element, path: LayoutContainer[]): void {
    const name = element.localName;
    if (/^h[1-6]$/.test(name)) {
      this.#start('heading', path, { level: Number(name[1]) });
      this.#inlineChildren(element);
    } else if (name === 'p' || name === 'dt' || name === 'summary' || name === 'caption') {
      if (this.#isPictureOnly(element)) return this.#figure(element, path);
      // Pages (and Readability's rewriting) nest blocks in paragraphs: then it holds blocks, not a line.
      if (element.querySelector(BLOCK_SELECTOR)) return this.#blocks(element, path);
      if (this.#opensWithPicture(element)) return this.#pictureThenCaption(element, path);
      this.#start('paragraph', path);
      this.#inlineChildren(element);
    } else if (name === 'pre') {
      this.#start('code', path, { content: [preformatted(element)] });
    } else if (name === 'hr') {
      this.#start('separator', path);
    } else if (name === 'ul' || name === 'ol') {
      const start = Number(element.getAttribute('start'));
      const list: LayoutContainer =
        name === 'ol' && Number.isInteger(start) && element.hasAttribute('start') && start !== 1
          ? { kind: 'list', ordered: true, start }
          : { kind: 'list', ordered: name === 'ol' };
      this.#list(element, [...path, list]);
    } else if (name === 'li') {
      this.#list(element, [...path, { kind: 'list', ordered: false }], true);
    } else if (name === 'blockquote') {
      this.#blocks(element, [...path, { kind: 'quote' }]);
    } else if (name === 'figure' || this.#isPictureOnly(element)) {
      this.#figure(element, path);
    } else if (name === 'table') {
      this.#table(element, path);
    } else {
      this.#blocks(element, path);
    }
  }

  /** A list's items; `single` when `element` is itself a stray `<li>`. */
  #list(element: Element, path: LayoutContainer[], single = false): void {
    const items = single ? [element] : [...element.children].filter((c) => !isSkipped(c));
    for (const item of items) {
      const itemPath = [...path, { kind: 'item' } as LayoutContainer];
      if (item.localName === 'li') {
        const before = this.drafts.length;
        this.#blocks(item, itemPath);
        this.#end();
        // An empty item still counts in the list's numbering: keep it as an empty paragraph.
        if (this.drafts.length === before) this.drafts.push({ kind: 'paragraph', path: itemPath, content: [] });
      } else {
        this.#block(item, itemPath);
      }
      this.#end();
    }
  }

  /**
   * A picture with its caption. The caption is the `<figcaption>`; without
   * one, other text in the figure is its caption when it says more than a
   * label ("Photo", "View photo") would.
   */
  #figure(element: Element, path: LayoutContainer[]): void {
    const picture = pictureIn(element);
    if (!picture) {
      // A figure without a picture (an embed, a pull quote): its content is ordinary blocks.
      this.#blocks(element, path);
      return;
    }
    const draft = this.#start('figure', path, { alt: picture.alt });
    if (picture.image) draft.image = picture.image;
    const captions = element.localName === 'figure' ? [...element.querySelectorAll('figcaption')] : [];
    if (captions.length > 0) {
      for (const caption of captions) {
        if (draft.content.length > 0) draft.content.push(LINE_BREAK);
        this.#inlineChildren(caption, true);
      }
    } else if (element.localName === 'figure' && wordCount(textOf(element)) > 3) {
      this.#inlineChildren(element, true);
    }
    this.#end();
  }

  /** `<p><img><br>Caption</p>`: a picture, then a line of text about it. */
  #opensWithPicture(element: Element): boolean {
    const [first, second] = [...element.childNodes].filter((n) => isElement(n) || (n as Text).data.trim() !== '');
    return (
      !!first &&
      isElement(first) &&
      this.#isPictureOnly(first) &&
      !!second &&
      isElement(second) &&
      second.localName === 'br'
    );
  }

  #pictureThenCaption(element: Element, path: LayoutContainer[]): void {
    const picture = pictureIn(element)!;
    const draft = this.#start('figure', path, { alt: picture.alt });
    if (picture.image) draft.image = picture.image;
    let seenBreak = false;
    for (const child of element.childNodes) {
      if (!seenBreak) {
        seenBreak = isElement(child) && child.localName === 'br';
        continue;
      }
      if (child.nodeType === TEXT_NODE) draft.content.push((child as Text).data);
      else if (isElement(child) && !isSkipped(child)) this.#inlineElement(child, true);
    }
    this.#end();
  }

  #table(table: Element, path: LayoutContainer[]): void {
    const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
    // Readability marks the tables it judged to hold data; others only lay the page out.
    const judged = (table as Element & { _readabilityDataTable?: boolean })._readabilityDataTable;
    const cellsOf = (row: Element) => [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th');
    const isData = judged ?? (rows.length > 1 && rows.some((row) => cellsOf(row).length > 1));
    if (!isData) {
      this.#blocks(table, path);
      return;
    }
    for (const caption of table.querySelectorAll(':scope > caption')) {
      this.#start('paragraph', path);
      this.#inlineChildren(caption);
    }
    const tablePath = [...path, { kind: 'table' } as LayoutContainer];
    for (const row of rows) {
      const rowPath = [...tablePath, { kind: 'row' } as LayoutContainer];
      for (const cell of cellsOf(row)) {
        this.#start('cell', rowPath, { header: cell.localName === 'th' });
        this.#inlineChildren(cell, true);
      }
    }
    this.#end();
  }

  /** The children of `element` as inline content of the current block; nested blocks become line breaks. */
  #inlineChildren(element: Element, spaceBetweenElements = false): void {
    let previousWasElement = false;
    for (const child of element.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        this.#inline.at(-1)!.push((child as Text).data);
        previousWasElement = false;
      } else if (isElement(child) && !isSkipped(child)) {
        // Captions are often spans set apart only by the page's style ("…in 2023.CreditJane Doe").
        if (spaceBetweenElements && previousWasElement) this.#inline.at(-1)!.push(' ');
        this.#inlineElement(child, spaceBetweenElements);
        previousWasElement = true;
      }
    }
  }

  #inlineElement(element: Element, spaceBetweenElements = false): void {
    const name = element.localName;
    const into = this.#inline.at(-1)!;
    if (name === 'br') {
      into.push(LINE_BREAK);
      return;
    }
    if (name === 'img' || name === 'picture') return;
    if (BLOCKS.has(name)) {
      // A block inside a paragraph or a cell (as pages nest them): its own line.
      if (into.length > 0) into.push(LINE_BREAK);
      this.#inlineChildren(element, spaceBetweenElements);
      into.push(LINE_BREAK);
      return;
    }
    const mark = this.#markOf(element);
    if (!mark) {
      this.#inlineChildren(element, spaceBetweenElements);
      return;
    }
    const children: Inline[] = [];
    into.push({ mark, children });
    this.#inline.push(children);
    this.#inlineChildren(element, spaceBetweenElements);
    this.#inline.pop();
  }

  #markOf(element: Element): MarkSpec | null {
    const name = element.localName;
    if (name === 'a') {
      const href = element.getAttribute('href');
      const url = href ? this.resolve(href) : null;
      return url ? { kind: 'link', href: url } : null;
    }
    const kind = MARKS[name];
    return kind ? { kind } : null;
  }
}

/** A link as the page gives it: absolute http(s) only. */
function defaultResolve(href: string): string | null {
  return isAllowedExternalUrl(href) ? new URL(href).href : null;
}

/** Text of a `<pre>`: the author's lines and indentation; `<br>` is a line break. */
function preformatted(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) text += (child as Text).data;
      else if (isElement(child) && !isSkipped(child)) {
        if (child.localName === 'br') text += '\n';
        else walk(child);
      }
    }
  };
  walk(element);
  return text;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
