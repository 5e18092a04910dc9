// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderNote } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**bold** and *em*')).toBe('<p><strong>bold</strong> and <em>em</em></p>\n');
  });

  it('drops HTML and script from notes', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)><script>alert(2)</script><iframe src="https://x"></iframe>text',
    );
    expect(html).not.toMatch(/<img|<script|<iframe|onerror/);
    expect(html).toContain('text');
  });

  it('keeps http links, opening outside the app, and removes javascript: links', () => {
    expect(renderMarkdown('[ok](https://example.org)')).toContain(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">ok</a>',
    );
    expect(renderMarkdown('[bad](javascript:alert(1))')).not.toContain('javascript:');
  });
});

describe('renderNote', () => {
  it('says which tags and attributes written in the note were left out', () => {
    const { html, leftOut } = renderNote('<img src=x onerror=alert(1)> <b onclick="x()">bold</b> *fine*');
    expect(html).toContain('<em>fine</em>');
    expect(leftOut).toEqual(expect.arrayContaining(['<img>', '<b>']));
    expect(renderNote('[link](https://example.org) and **Markdown**').leftOut).toEqual([]);
  });
});
