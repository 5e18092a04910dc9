import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { declaredEncoding, extractHtmlArticle, paragraphsOf } from './html-article.ts';
import { ImportError } from './import-error.ts';
import { JSDOM } from 'jsdom';

/** Fragments of markup or script that must never reach the reading text. */
const CODE_LIKE = [
  /<script/i,
  /<style/i,
  /<\/?[a-z][a-z0-9]*[\s>]/i,
  /function\s*\(/,
  /\bvar\s+\w+\s*=/,
  /=>\s*\{/,
  /\bdocument\.\w+/,
  /\bwindow\.\w+/,
];

const paragraphsOfHtml = (html: string) => paragraphsOf(new JSDOM(html).window.document.body);

describe('paragraphsOf', () => {
  it('makes one paragraph per block, collapsing whitespace but keeping <br>', () => {
    const html = `<h1>Head  line</h1><p>First
      paragraph with <b>bold</b>   text.</p><div>Line one<br>Line two</div><p> </p>`;
    expect(paragraphsOfHtml(html)).toEqual(['Head line', 'First paragraph with bold text.', 'Line one\nLine two']);
  });

  it('marks list items, joins table cells and keeps code lines', () => {
    const html = `<ul><li><p>apple</p></li><li>pear</li></ul><ol><li>one</li><li>two</li></ol>
      <table><tr><th>City</th><td>Tunis</td></tr></table><pre>if (a) {\n  b();\n\n}</pre>`;
    expect(paragraphsOfHtml(html)).toEqual([
      '• apple',
      '• pear',
      '1. one',
      '2. two',
      'City | Tunis',
      'if (a) {\n  b();\n}',
    ]);
  });

  it('skips scripts, styles, SVG, hidden and form elements', () => {
    const html = `<p>Keep <script>var x = 1;</script><style>p{}</style>this<svg><text>svg</text></svg>.</p>
      <p hidden>hidden</p><button>Click</button><noscript>Enable JS</noscript>`;
    expect(paragraphsOfHtml(html)).toEqual(['Keep this.']);
  });
});

describe('extractHtmlArticle on a hostile page', () => {
  it('runs nothing, fetches nothing, and keeps none of it in the text', async () => {
    const hits: string[] = [];
    const server = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const flag = '__marginaliaPwned';

    const body = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of a perfectly ordinary news story about the harbour council and its budget for the coming year, which members debated at length on Tuesday.</p>`,
    ).join('\n');
    const html = `<!doctype html><html><head>
      <title>Council debates harbour budget</title>
      <meta http-equiv="refresh" content="0; url=${origin}/refresh">
      <link rel="stylesheet" href="${origin}/style.css">
      <style>body { background: url(${origin}/css-bg.png) } p::after { content: "STYLE-TEXT" }</style>
      <script>globalThis.${flag} = true; fetch('${origin}/script');</script>
      <script src="${origin}/external.js"></script>
      </head><body onload="globalThis.${flag} = true">
      <article>
        <h1>Council debates harbour budget</h1>
        ${body}
        <p>Read <a href="javascript:globalThis.${flag}=true">the full minutes</a> online.</p>
        <img src="${origin}/img.png" onerror="globalThis.${flag} = true" alt="ALT-TEXT">
        <svg><script>globalThis.${flag} = true</script><image href="${origin}/svg.png"/></svg>
        <iframe src="${origin}/frame"></iframe>
        <object data="${origin}/object"></object>
        <video poster="${origin}/poster.png" src="${origin}/video.mp4"></video>
        <p>Closing paragraph <script>document.write('INJECTED')</script>of the story.</p>
      </article></body></html>`;

    try {
      const doc = extractHtmlArticle(html);
      // Give any stray load a chance to arrive.
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
      expect(hits).toEqual([]);
      expect(doc.title).toBe('Council debates harbour budget');
      expect(doc.text).toContain('Paragraph 8 of a perfectly ordinary news story');
      expect(doc.text).toContain('Read the full minutes online.');
      expect(doc.text).toContain('Closing paragraph of the story.');
      for (const fragment of [
        flag,
        'javascript:',
        'fetch(',
        'url(',
        '127.0.0.1',
        'STYLE-TEXT',
        'ALT-TEXT',
        'INJECTED',
        'onerror',
        'refresh',
      ]) {
        expect(doc.text).not.toContain(fragment);
      }
      for (const pattern of CODE_LIKE) expect(doc.text).not.toMatch(pattern);
    } finally {
      server.close();
    }
  });
});

describe('extractHtmlArticle edge cases', () => {
  it('refuses a page with no text', () => {
    expect(() => extractHtmlArticle('<html><body><img src="a.png"><script>x()</script></body></html>')).toThrow(
      ImportError,
    );
    try {
      extractHtmlArticle('<html><body></body></html>');
    } catch (error) {
      expect((error as ImportError).code).toBe('no-article');
    }
  });

  it('imports a short page and falls back to the given title', () => {
    const doc = extractHtmlArticle('<p>Just one short paragraph.</p>', undefined, { fallbackTitle: 'note' });
    expect(doc).toMatchObject({ title: 'note', byline: null, source: null, publishedAt: null });
    expect(doc.text).toBe('note\n\nJust one short paragraph.');
  });

  it('does not repeat the headline or byline found at the top of the body', () => {
    const story = 'Sentence of the story that goes on for a while. '.repeat(12);
    const html = `<html><head><title>Big news</title><meta name="author" content="By Ann Lee"></head>
      <body><article><h1>Big news</h1><p>By Ann Lee</p><p>${story}</p><p>${story}</p></article></body></html>`;
    const doc = extractHtmlArticle(html);
    expect(doc.byline).toBe('Ann Lee');
    expect(doc.text.startsWith(`Big news\n\nBy: Ann Lee\n\n${story.trim()}`)).toBe(true);
  });

  it('keeps a valid published time and drops garbage', () => {
    const story = `<p>${'Words of a story. '.repeat(40)}</p>`;
    const at = (value: string) =>
      extractHtmlArticle(
        `<html><head><meta property="article:published_time" content="${value}"></head><body><article>${story}</article></body></html>`,
      ).publishedAt;
    expect(at('2019-01-03T07:00:02.000Z')).toBe('2019-01-03T07:00:02.000Z');
    expect(at('not a date')).toBeNull();
  });
});

describe('declaredEncoding', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('reads <meta charset> and http-equiv declarations', () => {
    expect(declaredEncoding(bytes('<meta charset="ISO-8859-1"><p>x'))).toBe('windows-1252');
    expect(declaredEncoding(bytes('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'))).toBe(
      'utf-8',
    );
  });

  it('ignores missing or unknown encodings', () => {
    expect(declaredEncoding(bytes('<p>no declaration</p>'))).toBeNull();
    expect(declaredEncoding(bytes('<meta charset="klingon">'))).toBeNull();
  });
});
