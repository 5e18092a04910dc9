// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DocumentLayout, LayoutBlock } from '../../../electron/shared/layout-types.ts';
import { ArticleRenderer, type Decoration } from './article-dom.ts';

const plain = (blocks: LayoutBlock[]): DocumentLayout => ({ structured: false, blocks, containers: [], marks: [] });

function article(paragraphs: number): { text: string; blocks: LayoutBlock[]; layout: DocumentLayout } {
  const blocks: LayoutBlock[] = [];
  let text = '';
  for (let i = 0; i < paragraphs; i++) {
    if (text) text += '\n\n';
    const body = i === 0 ? 'Headline' : `Paragraph ${i} says something worth reading.`;
    blocks.push({ kind: i === 0 ? 'headline' : 'paragraph', start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, blocks, layout: plain(blocks) };
}

const highlight = (id: string, start: number, end: number): Decoration => ({
  id,
  ref: id,
  kind: 'highlight',
  start,
  end,
  className: 'hl',
});

/** Each block's DOM text must equal its slice of the document text, or offsets drift. */
function expectFaithful(root: HTMLElement, text: string, blocks: LayoutBlock[]): void {
  const elements = [...root.querySelectorAll<HTMLElement>('[data-start]')];
  expect(elements).toHaveLength(blocks.filter((b) => b.kind !== 'separator').length);
  blocks = blocks.filter((b) => b.kind !== 'separator');
  elements.forEach((element, i) => {
    expect(Number(element.dataset.start)).toBe(blocks[i]!.start);
    expect(element.textContent).toBe(text.slice(blocks[i]!.start, blocks[i]!.end));
  });
}

const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('ArticleRenderer', () => {
  it('paints every block as its exact slice of the text, with highlights as marks', () => {
    const { text, blocks, layout } = article(5);
    const root = document.createElement('article');
    const start = text.indexOf('says');
    new ArticleRenderer(root, text, layout).paint([highlight('a', start, start + 4)]);
    expectFaithful(root, text, blocks);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['says']);
  });

  it('paints a long article progressively: the first screen at once, the rest later', async () => {
    const { text, blocks, layout } = article(2_000);
    const root = document.createElement('article');
    const renderer = new ArticleRenderer(root, text, layout);
    let done = false;
    renderer.paintProgressively([highlight('last', blocks.at(-1)!.start, blocks.at(-1)!.end)], {
      firstChars: 1_000,
      onDone: () => (done = true),
    });
    const firstScreen = root.querySelectorAll('[data-start]').length;
    expect(firstScreen).toBeGreaterThan(0);
    expect(firstScreen).toBeLessThan(blocks.length);
    expect(renderer.complete).toBe(false);
    while (!done) await nextTasks();
    expect(renderer.complete).toBe(true);
    expectFaithful(root, text, blocks);
    expect(root.querySelector('mark')?.textContent).toBe(text.slice(blocks.at(-1)!.start));
  });

  it('keeps a painted first screen when the whole article follows, and adds the rest', () => {
    const whole = article(50);
    const cut = whole.blocks[9]!.end;
    const head = { text: whole.text.slice(0, cut), layout: plain(whole.blocks.slice(0, 10)) };
    const root = document.createElement('article');
    const first = new ArticleRenderer(root, head.text, head.layout, 'By Someone');
    first.paint([]);
    const headline = root.querySelector('h1');
    const renderer = new ArticleRenderer(root, whole.text, whole.layout, 'By Someone', first);
    renderer.paint([highlight('a', 0, 4)]);
    expect(root.querySelector('h1')).toBe(headline); // the same element, repainted in place
    expect(root.querySelectorAll('.article-details')).toHaveLength(1);
    expectFaithful(root, whole.text, whole.blocks);
  });

  it('paints a small change at once; a sweeping one completes, and a newer paint supersedes it', async () => {
    const { text, blocks, layout } = article(3_000);
    const root = document.createElement('article');
    const renderer = new ArticleRenderer(root, text, layout);
    renderer.paint([]);
    const one = highlight('one', blocks[5]!.start, blocks[5]!.end);
    renderer.paint([one]);
    expect(root.querySelectorAll('mark')).toHaveLength(1); // before any task ran

    const everywhere = blocks.slice(1).map((block, i) => ({
      ...highlight(`m${i}`, block.start, block.start + 9),
      kind: 'mention' as const,
      className: 'ent',
    }));
    renderer.paint([one, ...everywhere]);
    const soon = root.querySelectorAll('.ent').length;
    await expect.poll(() => root.querySelectorAll('.ent').length, { timeout: 10_000 }).toBe(everywhere.length);
    expect(soon).toBeGreaterThan(0);
    expectFaithful(root, text, blocks);
    // A newer paint supersedes an unfinished one.
    renderer.paint([one, ...everywhere.map((d) => ({ ...d, className: 'ent tinted' }))]);
    renderer.paint([one]);
    await expect.poll(() => root.querySelectorAll('.ent').length, { timeout: 10_000 }).toBe(0);
    await nextTasks(); // nothing of the superseded paint comes back
    expect(root.querySelectorAll('.ent')).toHaveLength(0);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
  });

  it('starts afresh when the new text is not a continuation of the old', () => {
    const a = article(10);
    const root = document.createElement('article');
    const first = new ArticleRenderer(root, a.text, a.layout);
    first.paint([]);
    const other = { text: a.text.replace('Headline', 'Changed!'), blocks: a.blocks };
    new ArticleRenderer(root, other.text, a.layout, '', first).paint([]);
    expectFaithful(root, other.text, other.blocks);
  });

  it('paints a structured layout: lists, quotes, links, pictures and tables, each block its exact slice', () => {
    const text = 'Title\n\nSee the report now.\nSecond item\n\nQuoted\n\nCaption\n\nA\tB';
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const layout: DocumentLayout = {
      structured: true,
      blocks: [
        { kind: 'headline', ...at('Title') },
        { kind: 'paragraph', ...at('See the report now.'), in: [0, 1] },
        { kind: 'paragraph', ...at('Second item'), in: [0, 2] },
        { kind: 'paragraph', ...at('Quoted'), in: [3] },
        { kind: 'figure', alt: 'A boat', ...at('Caption') },
        { kind: 'cell', header: true, ...at('A'), in: [4, 5] },
        { kind: 'cell', header: false, ...at('B'), in: [4, 5] },
      ],
      containers: [
        { kind: 'list', ordered: true, start: 3 },
        { kind: 'item' },
        { kind: 'item' },
        { kind: 'quote' },
        { kind: 'table' },
        { kind: 'row' },
      ],
      marks: [
        { kind: 'link', ...at('the report'), href: 'https://example.org/r' },
        { kind: 'emphasis', ...at('report') },
      ],
    };
    const root = document.createElement('article');
    // One highlight from inside the link to the second list item; one inside the caption.
    const across = { start: text.indexOf('report'), end: at('Second').end };
    const caption = at('Capt');
    new ArticleRenderer(root, text, layout).paint([
      highlight('x', across.start, across.end),
      highlight('y', caption.start, caption.end),
    ]);

    expectFaithful(root, text, layout.blocks);
    expect(root.querySelectorAll('ol[start="3"] > li')).toHaveLength(2);
    expect(root.querySelector('blockquote')?.textContent).toBe('Quoted');
    const link = root.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).toBe('https://example.org/r');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.target).toBe('_blank');
    expect(link.textContent).toBe('the report');
    expect(link.querySelector('em mark')?.textContent).toBe('report');
    // The highlight runs on past the link and into the next item, split at each edge with its id.
    expect([...root.querySelectorAll('mark[data-ids="x"]')].map((m) => m.textContent).join('')).toBe(
      text.slice(across.start, across.end).replace('\n', ''),
    );
    expect(root.querySelector('figure figcaption mark')?.textContent).toBe('Capt');
    expect(root.querySelector('.figure-alt')?.textContent).toBe('A boat');
    expect(root.querySelector('figure img')).toBeNull(); // nothing remote is ever loaded
    expect([...root.querySelectorAll('table tr > *')].map((c) => c.localName)).toEqual(['th', 'td']);
  });

  it('shows only embedded raster pictures, and never makes a link of a non-http(s) URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const text = 'Title\n\nClick';
    const layout: DocumentLayout = {
      structured: true,
      blocks: [
        { kind: 'headline', start: 0, end: 5 },
        { kind: 'figure', alt: 'Chart', image: png, start: 5, end: 5 },
        { kind: 'paragraph', start: 7, end: 12 },
      ],
      containers: [],
      marks: [{ kind: 'link', start: 7, end: 12, href: 'javascript:alert(1)' }],
    };
    const root = document.createElement('article');
    new ArticleRenderer(root, text, layout).paint([]);
    expect(root.querySelector('figure img')?.getAttribute('src')).toBe(png);
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('p.block-paragraph')?.textContent).toBe('Click');
  });
});

describe('repainting under a selection', () => {
  it('keeps the selection at the same offsets when its block is painted again', () => {
    const { text, layout } = article(3);
    const root = document.createElement('article');
    document.body.replaceChildren(root);
    const renderer = new ArticleRenderer(root, text, layout);
    renderer.paint([]);
    const start = text.indexOf('says something');
    const range = document.createRange();
    const node = root.querySelectorAll('[data-start]')[1]!.firstChild!;
    const at = start - Number((node.parentElement as HTMLElement).dataset.start);
    range.setStart(node, at);
    range.setEnd(node, at + 'says something'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    renderer.paint([highlight('a', start + 5, start + 20)]);
    expect(root.querySelector('mark')).not.toBeNull();
    expect(document.getSelection()!.toString()).toBe('says something');
  });
});
