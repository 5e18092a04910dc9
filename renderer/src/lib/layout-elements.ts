/**
 * The elements a layout is painted with: one per block, container and mark.
 *
 * Every block's text goes into one element carrying `data-start` (its first
 * offset), whose text content is exactly the block's slice of the document:
 * `dom-offsets.ts` turns selections back into offsets from that alone.
 * Anything else shown — a picture's alt text, list numbers — is outside those
 * elements, drawn by the browser or marked `aria-hidden`/unselectable, so it
 * never enters a selection's offsets.
 */
import { isAllowedExternalUrl } from '../../../electron/shared/external-links.ts';
import {
  isShowableImage,
  type InlineMark,
  type LayoutBlock,
  type LayoutContainer,
} from '../../../electron/shared/layout-types.ts';

export function containerElement(container: LayoutContainer): HTMLElement {
  switch (container.kind) {
    case 'quote':
      return document.createElement('blockquote');
    case 'list': {
      const list = document.createElement(container.ordered ? 'ol' : 'ul');
      if (container.ordered && container.start !== undefined) list.setAttribute('start', String(container.start));
      return list;
    }
    case 'item':
      return document.createElement('li');
    case 'table': {
      const table = document.createElement('table');
      table.className = 'article-table';
      return table;
    }
    case 'row':
      return document.createElement('tr');
  }
}

function textElement(tag: string, block: LayoutBlock): HTMLElement {
  const element = document.createElement(tag);
  element.className = `block block-${block.kind}`;
  element.dataset.start = String(block.start);
  return element;
}

/**
 * `outer` goes into the page; `text` holds the block's text (the same
 * element, but for pictures). `content` is that text.
 */
export function blockElements(block: LayoutBlock, content: string): { outer: HTMLElement; text: HTMLElement } {
  switch (block.kind) {
    case 'headline':
      return same(textElement('h1', block));
    case 'heading':
      // The headline is the page's h1; the article's own headings follow it from h2.
      return same(textElement(`h${Math.min(6, Math.max(2, block.level))}`, block));
    case 'code':
      return same(textElement('pre', block));
    case 'cell':
      return same(textElement(block.header ? 'th' : 'td', block));
    case 'separator': {
      const rule = document.createElement('hr');
      rule.className = 'block-separator';
      return same(rule);
    }
    case 'figure':
      return figure(block, content);
    default:
      return same(textElement('p', block));
  }
}

const same = (element: HTMLElement) => ({ outer: element, text: element });

/**
 * A picture in a quiet frame. Remote pictures are never fetched: the frame
 * shows the alt text. A picture embedded in the page (a small raster `data:`
 * URI, checked again here) is shown.
 */
function figure(
  block: Extract<LayoutBlock, { kind: 'figure' }>,
  caption: string,
): { outer: HTMLElement; text: HTMLElement } {
  const outer = document.createElement('figure');
  outer.className = 'article-figure';
  const frame = document.createElement('div');
  frame.className = 'figure-frame';
  if (block.image && isShowableImage(block.image)) {
    const image = document.createElement('img');
    image.src = block.image;
    image.alt = block.alt;
    frame.append(image);
  } else {
    frame.classList.add('figure-placeholder');
    frame.setAttribute('role', 'img');
    frame.setAttribute('aria-label', block.alt || 'Picture');
    const label = document.createElement('span');
    label.className = 'figure-alt';
    // The alt text, unless the caption below already says it.
    label.textContent = block.alt && !sameWords(block.alt, caption) ? block.alt : 'Picture';
    label.setAttribute('aria-hidden', 'true');
    frame.append(label);
  }
  const text = textElement('figcaption', block);
  text.className = 'block block-caption';
  outer.append(frame, text);
  return { outer, text };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether `a` and `b` say the same thing, give or take punctuation and a trailing word or two. */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short !== '' && long.startsWith(short.slice(0, Math.max(20, Math.floor(short.length * 0.8))));
}

const MARK_TAGS: Record<Exclude<InlineMark['kind'], 'link' | 'dateline'>, string> = {
  emphasis: 'em',
  strong: 'strong',
  code: 'code',
  deleted: 'del',
};

/**
 * A link opens outside the app, on the reader's click only: a new tab in the
 * browser, the system browser on the desktop (the shell's window-open
 * handler). Only http(s) links are links; the importer keeps no others, and
 * this checks again.
 */
export function markElement(mark: InlineMark): HTMLElement {
  if (mark.kind === 'dateline') {
    const span = document.createElement('span');
    span.className = 'dateline';
    return span;
  }
  if (mark.kind === 'link') {
    if (!isAllowedExternalUrl(mark.href)) return document.createElement('span');
    const link = document.createElement('a');
    link.href = mark.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.title = mark.href;
    link.className = 'article-link';
    // Dragging across a link selects its text, as readers select; it does not drag the link away.
    link.draggable = false;
    return link;
  }
  return document.createElement(MARK_TAGS[mark.kind]);
}
