/**
 * Notes are Markdown. They are rendered with `marked` and then sanitised with
 * DOMPurify, so no HTML written in a note (a `<script>`, an `onerror`, a
 * `javascript:` link) reaches the DOM as markup.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  // Links in notes open outside the app, never in its window.
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function renderMarkdown(source: string): string {
  return renderNote(source).html;
}

/**
 * The note as HTML, and what was left out of it: the tags (`<img>`) and
 * attributes (`onerror`) written in the note that never reach the page, so
 * the card can say so rather than drop them silently.
 */
export function renderNote(source: string): { html: string; leftOut: string[] } {
  const html = sanitize(marked.parse(source, { async: false, gfm: true, breaks: true }));
  const leftOut = new Set<string>();
  for (const removed of purifier.removed as Array<{ element?: Node; attribute?: Attr | null }>) {
    if (removed.attribute) leftOut.add(removed.attribute.name);
    // DOMPurify lists the <body> it parsed into as removed too: not the note's.
    else if (removed.element instanceof Element && removed.element.nodeName !== 'BODY') {
      leftOut.add(`<${removed.element.nodeName.toLowerCase()}>`);
    }
  }
  return { html, leftOut: [...leftOut] };
}

function sanitize(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS: [
      'p',
      'br',
      'strong',
      'em',
      'del',
      'code',
      'pre',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'hr',
    ],
    ALLOWED_ATTR: ['href', 'title', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}
