/**
 * Web page → article: Readability picks the article out of the page, and we
 * turn its DOM into the plain text the reader shows — one paragraph per block,
 * headline and byline on top, in the same layout as imported `.txt` articles.
 *
 * Pages are hostile input. jsdom is used as a parser only: no `runScripts`
 * (so no script, inline handler or `javascript:` URL ever runs), no
 * `resources` (so nothing is fetched: no images, stylesheets, frames or
 * refreshes), and a placeholder URL so relative links resolve without
 * pointing at a real site. The text is built from text nodes alone, skipping
 * scripts, styles, SVG and the like, so no markup or code can leak into it.
 */
import type { Readability } from '@mozilla/readability';
import type { JSDOM, VirtualConsole } from 'jsdom';
import { createRequire } from 'node:module';
import { ImportError } from './import-error.ts';
import { cleanByline } from './plain-text.ts';
import type { ImportedDocument } from './types.ts';

/**
 * jsdom takes most of a second to load and only web pages need it, so it and
 * Readability load on the first HTML import rather than with this module: the
 * app and the CLI start without waiting for them. Both are CommonJS, so a
 * synchronous require keeps importing synchronous.
 */
const require = createRequire(import.meta.url);
function pageTools() {
  const jsdom = require('jsdom') as { JSDOM: typeof JSDOM; VirtualConsole: typeof VirtualConsole };
  const readability = require('@mozilla/readability') as { Readability: typeof Readability };
  return { JSDOM: jsdom.JSDOM, VirtualConsole: jsdom.VirtualConsole, Readability: readability.Readability };
}

/** Base URL for pages without one: `.invalid` can never resolve (RFC 2606). */
export const PLACEHOLDER_URL = 'https://imported.invalid/';

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
  'img',
  'picture',
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

/** Elements that start and end a paragraph. */
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
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'center',
]);

/** Collapse whitespace inside a paragraph, keeping `<br>` line breaks. */
function collapse(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Text of a `<pre>`: line structure kept, but no blank line (it would split the paragraph). */
function preformatted(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) text += (child as Text).data;
      else if (child.nodeType === ELEMENT_NODE) {
        const name = (child as Element).localName;
        if (name === 'br') text += '\n';
        else if (!SKIPPED.has(name)) walk(child);
      }
    }
  };
  walk(element);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * Paragraphs of readable text under `root`: one per block element, list items
 * marked "• " (or "1. " in ordered lists), table cells joined with " | ".
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let line = '';
  let marker = '';
  const flush = () => {
    const text = collapse(line);
    line = '';
    if (text === '') return;
    paragraphs.push(marker + text);
    marker = '';
  };

  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        // Source line breaks are just whitespace; only <br> breaks a line.
        line += (child as Text).data.replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName;
      if (SKIPPED.has(name) || element.hasAttribute('hidden')) continue;
      if (name === 'br') {
        line += '\n';
      } else if (name === 'pre') {
        flush();
        const code = preformatted(element);
        if (code !== '') paragraphs.push(code);
      } else if (name === 'td' || name === 'th') {
        if (line.trim() !== '') line += ' | ';
        walk(element);
      } else if (BLOCKS.has(name)) {
        flush();
        if (name === 'li') {
          const list = element.parentElement;
          const index = list ? Array.prototype.indexOf.call(list.children, element) : 0;
          marker = list?.localName === 'ol' ? `${index + 1}. ` : '• ';
        }
        walk(element);
        flush();
      } else {
        walk(element);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Drop leading body paragraphs that repeat the headline or byline we put on top. */
function withoutRepeatedHeader(body: string[], title: string, byline: string | null): string[] {
  const repeats = new Set([normalized(title)]);
  if (byline) {
    repeats.add(normalized(byline));
    repeats.add(normalized(`by ${byline}`));
  }
  let skip = 0;
  while (skip < Math.min(3, body.length) && repeats.has(normalized(body[skip]!))) skip += 1;
  return body.slice(skip);
}

/** Publication time as given, if it is a date at all. */
function publishedTime(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text !== '' && !Number.isNaN(Date.parse(text)) ? text : null;
}

export interface HtmlArticleOptions {
  /** Title when the page has none (e.g. the file name). Default "Untitled". */
  fallbackTitle?: string;
}

/**
 * Extract the article of a web page as plain text with metadata.
 *
 * The text starts with the headline, a blank line, `By: <byline>` (when
 * known) and a blank line, then the body paragraphs separated by blank lines.
 *
 * @param html - The page source.
 * @param url - The page's address, used only to resolve relative links;
 *   {@link PLACEHOLDER_URL} when omitted. Nothing is ever fetched from it.
 * @throws ImportError `no-article` when no readable text is found.
 */
export function extractHtmlArticle(
  html: string,
  url: string = PLACEHOLDER_URL,
  options: HtmlArticleOptions = {},
): ImportedDocument {
  const { JSDOM, VirtualConsole, Readability } = pageTools();
  // A VirtualConsole that goes nowhere: page CSS and markup errors are not ours to log.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const pageTitle = document.title;
    let article: ReturnType<Readability<Node>['parse']>;
    try {
      article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    } catch {
      article = null;
    }
    const body = article?.content ? paragraphsOf(article.content) : [];
    if (body.length === 0) {
      throw new ImportError('no-article', 'No article text was found in this web page.');
    }

    const title =
      collapse(article?.title || pageTitle || '').replace(/\n/g, ' ') || options.fallbackTitle || 'Untitled';
    const byline = cleanByline(article?.byline);
    const paragraphs = withoutRepeatedHeader(body, title, byline);
    const header = byline ? [title, `By: ${byline}`] : [title];
    return {
      title,
      byline,
      source: collapse(article?.siteName ?? '').replace(/\n/g, ' ') || null,
      publishedAt: publishedTime(article?.publishedTime),
      text: [...header, ...paragraphs].join('\n\n'),
    };
  } finally {
    dom.window.close();
  }
}

/**
 * The encoding a page declares in its first 1024 bytes (`<meta charset>` or
 * `http-equiv="Content-Type"`), as the HTML spec's prescan does; `null` when
 * it declares none or one this runtime cannot decode.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
