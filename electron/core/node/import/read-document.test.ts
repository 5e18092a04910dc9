import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_URL } from '../../../../test-fixtures/fixtures.ts';
import { layoutProblem } from '../../common/layout/layout-schema.ts';
import { ImportError, MAX_DOCUMENT_BYTES, readDocument } from './read-document.ts';
import type { ImportErrorCode } from './read-document.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

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

function refusal(bytes: Uint8Array, fileName: string): ImportError {
  try {
    readDocument(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${fileName} was imported`);
}

describe('readDocument: plain text', () => {
  it('stores the file text, with line endings normalised and BOM removed', () => {
    const source = readFileSync(new URL('corpus/ttp-isis-alliance.txt', FIXTURES_URL), 'utf8');
    const crlf = utf8('\uFEFF' + source.replace(/\n/g, '\r\n'));
    const doc = readDocument(crlf, 'ttp-isis-alliance.txt');
    expect(doc.text).toBe(source);
    expect(doc).toMatchObject({
      title: 'TTP and ISIS deadly alliance emerges against Pakistan, China and Russia',
      byline: 'Maqbool Malik',
      source: 'link',
      publishedAt: null,
    });
  });

  it.each(['bbc-1', 'nytimes-1', 'wapo-1'])('reads the byline of corpus/%s.txt', (name) => {
    const doc = readDocument(readFileSync(new URL(`corpus/${name}.txt`, FIXTURES_URL)), `${name}.txt`);
    const lines = doc.text.split('\n');
    expect(doc.title).toBe(lines[0]);
    expect(lines[2]).toMatch(/^By:? /);
    expect(doc.byline).toBe(lines[2]!.replace(/^By:? /, ''));
  });

  it('decides by extension regardless of case or folders', () => {
    expect(readDocument(utf8('# Not a heading in .txt'), 'C:\\notes\\STORY.TXT').text).toBe('# Not a heading in .txt');
    expect(readDocument(utf8('# Heading\n\nText'), '/home/me/story.Markdown').title).toBe('Heading');
  });
});

describe('readDocument: Markdown', () => {
  it('strips syntax and takes the first # heading as title', () => {
    const doc = readDocument(utf8('# A *Title*\r\n\r\nBy Jane Doe\r\n\r\nSee [this](http://x).\r\n'), 'a.md');
    expect(doc).toMatchObject({
      title: 'A Title',
      byline: 'Jane Doe',
      source: null,
      publishedAt: null,
      canonicalUrl: null,
      text: 'A Title\n\nBy Jane Doe\n\nSee this.',
    });
    expect(doc.layout!.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
  });
});

describe('readDocument: HTML', () => {
  const pages = readdirSync(new URL('pages/', FIXTURES_URL));

  it.each(pages)('imports pages/%s with the expected title and byline, laid out', (page) => {
    const folder = new URL(`pages/${page}/`, FIXTURES_URL);
    const expected = JSON.parse(readFileSync(new URL('expected-metadata.json', folder), 'utf8')) as {
      title: string;
      byline: string | null;
      siteName: string | null;
    };
    const doc = readDocument(readFileSync(new URL('source.html', folder)), 'source.html');

    // Readability's own byline keeps the page's line breaks and indentation; the
    // app shows it on one line, so compare with whitespace collapsed.
    const expectedByline =
      expected.byline
        ?.replace(/^by\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim() ?? null;
    expect(doc.byline).toBe(expectedByline);
    // Readability's title keeps a " | Author" or " - Site" suffix the page adds; the app's does not.
    let title = expected.title;
    for (const name of [expectedByline, expected.siteName]) {
      if (name && new RegExp(`\\s[|–—-]\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(title)) {
        title = title.slice(0, title.length - name.length).replace(/\s[|–—-]\s$/, '');
      }
    }
    expect(doc.title).toBe(title);
    expect(doc.text.length).toBeGreaterThan(500);
    for (const pattern of CODE_LIKE) expect(doc.text).not.toMatch(pattern);

    // The headline opens the text; the byline is shown above the article, not repeated in it.
    const layout = doc.layout!;
    expect(layoutProblem(layout, doc.text.length)).toBeNull();
    expect(layout.blocks[0]).toMatchObject({ kind: 'headline', start: 0, end: doc.title.length });
    expect(doc.text.startsWith(`${doc.title}\n\n`)).toBe(true);
    expect(doc.text).not.toMatch(/^By:? /m);
    // Whitespace is collapsed in every block but code (ars-1 quotes a code sample).
    for (const block of layout.blocks) {
      if (block.kind === 'code') continue;
      expect(doc.text.slice(block.start, block.end)).not.toMatch(/^\s|\s$| {2}|[ \t]\n/);
    }
  });

  it('keeps preformatted blocks as they are', () => {
    const doc = readDocument(readFileSync(new URL('pages/ars-1/source.html', FIXTURES_URL)), 'ars.html');
    expect(doc.text).toContain('rekt: {\n    list: [\n        list: [');
  });

  it('decodes the encoding a page declares', () => {
    const story = 'Le café est fermé. '.repeat(30);
    const latin1 = Uint8Array.from(
      `<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><article><p>${story}</p></article></body></html>`,
      (c) => c.charCodeAt(0),
    );
    const doc = readDocument(latin1, 'cafe.htm');
    expect(doc.title).toBe('Café');
    expect(doc.text).toContain('Le café est fermé.');
  });

  it('refuses a page without an article', () => {
    expect(refusal(utf8('<html><body><script>x()</script></body></html>'), 'empty.html').code).toBe('no-article');
  });
});

describe('readDocument: sniffing files without a known extension', () => {
  const page = `<!DOCTYPE html><html><head><title>Sniffed</title></head><body><article><p>${'Text of the story. '.repeat(40)}</p></article></body></html>`;

  it('recognises a web page and a Markdown file', () => {
    expect(readDocument(utf8(page), 'download.php').title).toBe('Sniffed');
    expect(readDocument(utf8(`<!-- saved -->\n${page}`), 'page').title).toBe('Sniffed');
    expect(readDocument(utf8('# Notes\n\n**Bold** text'), 'notes').text).toBe('Notes\n\nBold text');
  });

  it('reads a text file without an extension as plain text', () => {
    expect(readDocument(utf8('README\n\nPlain words.'), 'README').title).toBe('README');
  });

  it('refuses other types', () => {
    expect(refusal(utf8('a,b,c\n1,2,3'), 'table.csv').code).toBe('unsupported-type');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    const error = refusal(zip, 'report.docx');
    expect(error.code).toBe('unsupported-type');
    expect(error.message).toMatch(/report\.docx.*\.txt.*\.md.*\.html/);
  });
});

describe('readDocument: refusals', () => {
  it.each<[string, Uint8Array, string, ImportErrorCode]>([
    ['an empty file', new Uint8Array(), 'a.txt', 'empty'],
    ['a whitespace-only file', utf8(' \r\n\t \n '), 'a.txt', 'empty'],
    ['a BOM-only file', utf8('\uFEFF\n'), 'a.md', 'empty'],
    ['Markdown with nothing to read', utf8('![only](an-image.png)\n\n---\n'), 'a.md', 'empty'],
    ['binary data', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), 'a.txt', 'binary'],
    ['binary data without an extension', new Uint8Array([0x00, 0x01, 0x02, 0x03]), 'blob', 'binary'],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0x20, 0xff, 0xfe, 0x21]), 'a.txt', 'invalid-utf8'],
    ['a truncated UTF-8 sequence', new Uint8Array([0x63, 0x61, 0x66, 0xc3]), 'a.md', 'invalid-utf8'],
    ['Latin-1 text in a .txt file', Uint8Array.from('café', (c) => c.charCodeAt(0)), 'a.txt', 'invalid-utf8'],
  ])('refuses %s', (_label, bytes, fileName, code) => {
    const error = refusal(bytes, fileName);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportError');
    expect(error.code).toBe(code);
    expect(error.message).toContain(fileName);
  });

  it('refuses a 50 MB file quickly, with the reason', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61); // 50 MB of "a"
    for (const name of ['big.txt', 'big.html', 'big']) {
      const began = performance.now();
      const error = refusal(big, name);
      expect(performance.now() - began).toBeLessThan(100);
      expect(error.code).toBe('too-large');
      expect(error.message).toMatch(/50 MB.*20 MB/);
    }
  });

  it('accepts a file of exactly the maximum size', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
    const text = new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61);
    text.set(utf8('Title\n\n'));
    expect(readDocument(text, 'max.txt').title).toBe('Title');
  });
});
