import { describe, expect, it } from 'vitest';
import { markdownToText, readMarkdown, stripInline } from './markdown.ts';

describe('stripInline', () => {
  it.each([
    ['**bold** and __strong__', 'bold and strong'],
    ['*em* and _em_ but snake_case_name', 'em and em but snake_case_name'],
    ['~~gone~~ `code`', 'gone code'],
    ['see [the report](https://example.com "t") now', 'see the report now'],
    ['ref [link][1] here', 'ref link here'],
    ['pic ![alt text](img.png) end', 'pic  end'],
    ['<https://example.com>', 'https://example.com'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['escaped \\*stars\\*', 'escaped *stars*'],
  ])('%s', (input, output) => {
    expect(stripInline(input)).toBe(output);
  });
});

describe('markdownToText', () => {
  it('turns a Markdown article into paragraphs of plain text', () => {
    const md = [
      '# The *Big* Story',
      '',
      'By Jane Doe',
      '',
      '## Section one ##',
      '',
      'A paragraph with a [link](http://x.y) and **bold**.',
      '',
      '![chart](chart.png)',
      '',
      '> A quoted line',
      '',
      '* first',
      '+ second',
      '',
      '---',
      '',
      '```js',
      'const a = **not bold**;',
      '',
      '```',
      '',
      '[1]: http://example.com',
    ].join('\n');
    const { text, heading } = markdownToText(md);
    expect(heading).toBe('The Big Story');
    expect(text).toBe(
      [
        'The Big Story',
        '',
        'By Jane Doe',
        '',
        'Section one',
        '',
        'A paragraph with a link and bold.',
        '',
        'A quoted line',
        '',
        '- first',
        '- second',
        '',
        'const a = **not bold**;',
      ].join('\n'),
    );
  });

  it('reads setext headings', () => {
    expect(markdownToText('Title\n=====\n\nSub\n---\n\nBody')).toEqual({
      text: 'Title\n\nSub\n\nBody',
      heading: 'Title',
    });
  });
});

describe('readMarkdown', () => {
  it('takes the title from the first # heading and the byline from a By line', () => {
    const doc = readMarkdown('Intro line\n\n# Real Title\n\nBy: Ann Lee\n\nBody.', 'file');
    expect(doc).toMatchObject({ title: 'Real Title', byline: 'Ann Lee', source: null, publishedAt: null });
  });

  it('prefers front matter and drops it from the text', () => {
    const md =
      '---\ntitle: "Front Title"\nauthor: Bo Chen\ndate: 2024-05-01\nsource: The Paper\n---\n# Heading\n\nBody.';
    expect(readMarkdown(md, 'file')).toEqual({
      title: 'Front Title',
      byline: 'Bo Chen',
      source: 'The Paper',
      publishedAt: '2024-05-01',
      text: 'Heading\n\nBody.',
    });
  });

  it('falls back to the first line without a heading', () => {
    expect(readMarkdown('Plain *first* line\n\nMore.', 'file').title).toBe('Plain first line');
  });
});
