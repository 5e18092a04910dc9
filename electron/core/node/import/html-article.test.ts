import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { layoutOutline } from '../../common/layout/layout-outline.ts';
import { layoutProblem } from '../../common/layout/layout-schema.ts';
import { declaredEncoding, extractHtmlArticle } from './html-article.ts';
import { ImportError } from './import-error.ts';

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

/** A page around `body`, long enough for Readability to take it for an article. */
const page = (body: string, head = '<title>Harbour council meets</title>') => {
  const filler = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of an ordinary story about the harbour council and its budget for the coming year, which members debated at length on Tuesday.</p>`,
  ).join('');
  return `<!doctype html><html><head>${head}</head><body><article>${body}${filler}</article></body></html>`;
};

/** Each block as "containers>kind: text", the layout checked first. */
function outline(html: string): string[] {
  const { text, layout } = extractHtmlArticle(html);
  expect(layoutProblem(layout!, text.length)).toBeNull();
  return layoutOutline(text, layout!);
}

describe('extractHtmlArticle: structure', () => {
  it('keeps headings, lists (nested, ordered), quotes and code as blocks, without markup in the text', () => {
    const blocks = outline(
      page(`<h2>What we know</h2>
      <ul><li>First <b>point</b></li><li>Second point<ol start="3"><li>inner three</li><li>inner four</li></ol></li></ul>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <pre>if (a) {\n  b();\n}</pre><hr><h3>Next</h3>`),
    );
    expect(blocks.slice(0, 10)).toEqual([
      'headline: Harbour council meets',
      'h2: What we know',
      'list>item>paragraph: First point',
      'list>item>paragraph: Second point',
      'list>item>list>item>paragraph: inner three',
      'list>item>list>item>paragraph: inner four',
      'quote>paragraph: Quoted one.',
      'quote>paragraph: Quoted two.',
      'code: if (a) {\n  b();\n}',
      'separator: ',
    ]);
    expect(blocks[10]).toBe('h3: Next');
  });

  it('keeps data tables as rows of cells, and lays out layout tables as their content', () => {
    const blocks = outline(
      page(
        `<table><tr><th>City</th><th>Share</th></tr><tr><td>Tunis</td><td>41%</td></tr><tr><td>Sfax</td><td></td></tr></table>`,
      ),
    );
    expect(blocks.slice(1, 7)).toEqual([
      'table>row>cell: City',
      'table>row>cell: Share',
      'table>row>cell: Tunis',
      'table>row>cell: 41%',
      'table>row>cell: Sfax',
      'table>row>cell: ',
    ]);
    // Readability judges this one a layout table (one row): its cells are ordinary blocks.
    const layoutTable = outline(
      page('<table><tr><td><p>Left column text.</p></td><td><p>Right column text.</p></td></tr></table>'),
    );
    expect(layoutTable.slice(1, 3)).toEqual(['paragraph: Left column text.', 'paragraph: Right column text.']);
  });

  it('marks links (http and https only), emphasis, strong and code inline', () => {
    const html = page(
      `<p>See <a href="https://example.org/report">the <em>full</em> report</a>, <a href="javascript:alert(1)">this</a>, <a href="mailto:a@b.c">mail</a>, <a href="#top">top</a> and <code>x = 1</code> or <strong>bold</strong>.</p>`,
    );
    const { text, layout } = extractHtmlArticle(html);
    const marks = layout!.marks.map((m) => `${m.kind}:${text.slice(m.start, m.end)}${'href' in m ? `→${m.href}` : ''}`);
    expect(marks).toEqual([
      'link:the full report→https://example.org/report',
      'emphasis:full',
      'code:x = 1',
      'strong:bold',
    ]);
    expect(text).toContain('See the full report, this, mail, top and x = 1 or bold.');
  });

  it('resolves relative links against the canonical URL, and drops them without one', () => {
    const body = '<p>Read <a href="/world/story-2">the earlier story</a> first.</p>';
    const withCanonical = extractHtmlArticle(
      page(body, '<title>T</title><link rel="canonical" href="https://news.example/world/story-3">'),
    );
    expect(withCanonical.canonicalUrl).toBe('https://news.example/world/story-3');
    expect(withCanonical.layout!.marks.find((m) => m.kind === 'link')).toMatchObject({
      href: 'https://news.example/world/story-2',
    });
    const without = extractHtmlArticle(page(body));
    expect(without.canonicalUrl).toBeNull();
    expect(without.layout!.marks.filter((m) => m.kind === 'link')).toEqual([]);
  });

  it('makes a picture a figure with its caption; only small embedded raster pictures are kept', () => {
    const png = `data:image/png;base64,${Buffer.from('not really a png but base64').toString('base64')}`;
    const html =
      page(`<figure><img src="https://cdn.example/a.jpg" alt="Boats in the harbour"><figcaption>The harbour at dawn. <span>Photo: J. Doe</span></figcaption></figure>
      <p><img src="${png}" alt="Chart"></p>
      <figure><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="Vector"></figure>`);
    const { text, layout } = extractHtmlArticle(html);
    const figures = layout!.blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((f) => [f.alt, text.slice(f.start, f.end), f.image ?? null])).toEqual([
      ['Boats in the harbour', 'The harbour at dawn. Photo: J. Doe', null],
      ['Chart', '', png],
      ['Vector', '', null],
    ]);
    expect(text).not.toContain('Boats in the harbour');
  });

  it('takes a lone line right after a picture that says what its alt text says for its caption', () => {
    const blocks = outline(
      page(`<figure><img src="a.jpg" alt="The mayor at the opening of the new bridge."></figure>
      <ul><li><p>The mayor at the opening of the new bridge</p></li></ul><p>Body text follows here.</p>`),
    );
    expect(blocks[1]).toBe('figure: The mayor at the opening of the new bridge');
    expect(blocks.some((b) => b.startsWith('list'))).toBe(false);
  });

  it('drops a kicker and the repeated headline and byline at the top; the byline is not in the text', () => {
    const html = page(
      `<h4>Politics —</h4><h1>Harbour council meets</h1><p>By Ann Lee</p>`,
      '<title>Harbour council meets | The Harbour Post</title><meta name="author" content="Ann Lee"><meta property="og:site_name" content="The Harbour Post">',
    );
    const doc = extractHtmlArticle(html);
    expect(doc).toMatchObject({ title: 'Harbour council meets', byline: 'Ann Lee', source: 'The Harbour Post' });
    expect(doc.text.startsWith('Harbour council meets\n\nParagraph 1 of')).toBe(true);
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
    expect(doc).toMatchObject({ title: 'note', byline: null, source: null, publishedAt: null, canonicalUrl: null });
    expect(doc.text).toBe('note\n\nJust one short paragraph.');
  });

  it('does not repeat the headline or byline found at the top of the body', () => {
    const story = 'Sentence of the story that goes on for a while. '.repeat(12);
    const html = `<html><head><title>Big news</title><meta name="author" content="By Ann Lee"></head>
      <body><article><h1>Big news</h1><p>By Ann Lee</p><p>${story}</p><p>${story}</p></article></body></html>`;
    const doc = extractHtmlArticle(html);
    expect(doc.byline).toBe('Ann Lee');
    expect(doc.text.startsWith(`Big news\n\n${story.trim()}`)).toBe(true);
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
