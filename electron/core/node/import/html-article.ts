/**
 * Web page → article: Readability picks the article out of the page, and its
 * DOM is walked into the reading text and its layout (`html-drafts.ts`):
 * headline on top, then the story's headings, paragraphs, lists, quotes,
 * pictures with their captions, tables, links and emphasis.
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
import { isAllowedExternalUrl } from '../../../shared/external-links.ts';
import { layoutFromDrafts } from '../../common/layout/layout-from-drafts.ts';
import { articleBody } from './article-body.ts';
import { HtmlDrafts } from './html-drafts.ts';
import { ImportError } from './import-error.ts';
import { cleanByline } from './plain-text.ts';
import { cleanTitle } from './title.ts';
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

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Publication time as given, if it is a date at all. */
function publishedTime(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text !== '' && !Number.isNaN(Date.parse(text)) ? text : null;
}

/** Where pages state their publication time when Readability's own places (meta tags, JSON-LD) do not have it. */
const PUBLISHED_SELECTORS = [
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'time[itemprop="datePublished"]',
  'time[pubdate]',
];

function publishedTimeIn(document: Document): string | null {
  for (const selector of PUBLISHED_SELECTORS) {
    const element = document.querySelector(selector);
    const value = publishedTime(element?.getAttribute('content') ?? element?.getAttribute('datetime'));
    if (value) return value;
  }
  return null;
}

/** The page's own address: `<link rel=canonical>`, else `og:url`; absolute http(s) only. */
export function canonicalUrlOf(document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const url = candidate?.trim();
    if (url && isAllowedExternalUrl(url) && new URL(url).origin !== new URL(PLACEHOLDER_URL).origin) {
      return new URL(url).href;
    }
  }
  return null;
}

/**
 * What a link in the article points to. Readability makes links absolute
 * against the page's base; links that were relative on a page saved without
 * its address point at the placeholder, and are resolved against the page's
 * canonical URL when it has one — else they lead nowhere and are dropped.
 */
function linkResolver(canonicalUrl: string | null): (href: string) => string | null {
  const placeholder = new URL(PLACEHOLDER_URL).origin;
  return (href) => {
    if (!isAllowedExternalUrl(href)) return null;
    const url = new URL(href);
    if (url.origin !== placeholder) return url.href;
    if (!canonicalUrl) return null;
    return new URL(url.pathname + url.search + url.hash, canonicalUrl).href;
  };
}

export interface HtmlArticleOptions {
  /** Title when the page has none (e.g. the file name). Default "Untitled". */
  fallbackTitle?: string;
}

/**
 * Extract the article of a web page: its text, laid out, with metadata.
 *
 * The text starts with the headline, then the story's blocks separated by
 * blank lines (see `layoutFromDrafts`). The byline is metadata, shown above
 * the story, not a line of it.
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
    const canonicalUrl = canonicalUrlOf(document);
    const fallbackPublished = publishedTimeIn(document);
    let article: ReturnType<Readability<Node>['parse']>;
    try {
      article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    } catch {
      article = null;
    }
    const drafts = article?.content ? HtmlDrafts.of(article.content, linkResolver(canonicalUrl)) : [];
    const byline = cleanByline(article?.byline);
    const source = collapse(article?.siteName) || null;
    const title =
      cleanTitle(collapse(article?.title || pageTitle), { site: source, byline }) ||
      options.fallbackTitle ||
      'Untitled';
    const body = articleBody(drafts, { title, byline });
    const { text, layout } = layoutFromDrafts([{ kind: 'headline', path: [], content: [title] }, ...body]);
    if (layout.blocks.length < 2) {
      throw new ImportError('no-article', 'No article text was found in this web page.');
    }
    return {
      title,
      byline,
      source,
      publishedAt: publishedTime(article?.publishedTime) ?? fallbackPublished,
      canonicalUrl,
      text,
      layout,
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
