import { describe, expect, it } from 'vitest';
import { layoutOutline } from '../../common/layout/layout-outline.ts';
import { layoutProblem } from '../../common/layout/layout-schema.ts';
import { readMarkdown } from './markdown.ts';

/** Each block as "containers>kind: text", the layout checked first. */
function outline(markdown: string): string[] {
  const { text, layout } = readMarkdown(markdown, 'file');
  expect(layoutProblem(layout!, text.length)).toBeNull();
  return layoutOutline(text, layout!);
}

describe('readMarkdown: structure', () => {
  it('lays out headings, nested lists, quotes, code, tables and rules, with no syntax in the text', () => {
    const md = [
      '# The *Big* Story',
      '',
      '## Summary ##',
      '',
      'A paragraph with a [link](https://x.example/a "t"), **bold**, `code` and ~~old~~ words.',
      '',
      '- first',
      '  - nested *one*',
      '  - nested two',
      '- second',
      '',
      '3. three',
      '4. four',
      '',
      '> A quoted line',
      '',
      '| City | Share |',
      '| ---- | ----: |',
      '| Tunis | 41% |',
      '',
      '---',
      '',
      '```js',
      'const a = **not bold**;',
      '',
      'done();',
      '```',
      '',
      '![chart of shares](chart.png)',
      '',
      '[1]: http://example.com',
    ].join('\n');
    expect(outline(md)).toEqual([
      'headline: The Big Story',
      'h2: Summary',
      'paragraph: A paragraph with a link, bold, code and old words.',
      'list>item>paragraph: first',
      'list>item>list>item>paragraph: nested one',
      'list>item>list>item>paragraph: nested two',
      'list>item>paragraph: second',
      'list>item>paragraph: three',
      'list>item>paragraph: four',
      'quote>paragraph: A quoted line',
      'table>row>cell: City',
      'table>row>cell: Share',
      'table>row>cell: Tunis',
      'table>row>cell: 41%',
      'separator: ',
      'code: const a = **not bold**;\n\ndone();',
      'figure: ',
    ]);
    const { text, layout } = readMarkdown(md, 'file');
    for (const syntax of [/(^|\n)#/, /\]\(/, /\| /, /(^|\n)- /, /(^|\n)> /, /```/]) expect(text).not.toMatch(syntax);
    expect(layout!.containers.find((c) => c.kind === 'list' && c.ordered)).toEqual({
      kind: 'list',
      ordered: true,
      start: 3,
    });
    const marks = layout!.marks.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
    expect(marks).toEqual(['emphasis:Big', 'link:link', 'strong:bold', 'code:code', 'deleted:old', 'emphasis:one']);
    expect(layout!.blocks.find((b) => b.kind === 'figure')).toMatchObject({ alt: 'chart of shares' });
    expect(layout!.blocks.find((b) => b.kind === 'figure')).not.toHaveProperty('image');
  });

  it('keeps only http(s) links, and the text of raw HTML without its tags', () => {
    const { text, layout } = readMarkdown(
      '[a](javascript:alert(1)) [b](https://ok.example) <span onclick="x()">inline</span>\n\n<div>block <b>html</b></div>\n',
      'f',
    );
    expect(text).toBe('a b inline\n\nblock html');
    expect(layout!.marks).toEqual([{ kind: 'link', start: 2, end: 3, href: 'https://ok.example/' }]);
  });

  it('marks task items and decodes character references', () => {
    expect(outline('- [x] done &amp; dusted\n- [ ] to do &#8212; soon')).toEqual([
      'list>item>paragraph: ☑ done & dusted',
      'list>item>paragraph: ☐ to do — soon',
    ]);
  });
});

describe('readMarkdown: metadata', () => {
  it('takes the title from the first # heading and the byline from a By line', () => {
    const doc = readMarkdown('Intro line\n\n# Real Title\n\nBy: Ann Lee\n\nBody.', 'file');
    expect(doc).toMatchObject({ title: 'Real Title', byline: 'Ann Lee', source: null, publishedAt: null });
  });

  it('prefers front matter and drops it from the text', () => {
    const md =
      '---\ntitle: "Front Title"\nauthor: Bo Chen\ndate: 2024-05-01\nsource: The Paper\n---\n# Heading\n\nBody.';
    expect(readMarkdown(md, 'file')).toMatchObject({
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
