/**
 * Every saved page in test-fixtures/pages, imported as a reader would and
 * compared with what Readability itself makes of the page: the headings,
 * list items, links, pictures and captions of its article are in the reader's
 * DOM as headings, list items, links and figures — not flattened into
 * paragraphs — and no caption is shown as a body paragraph.
 *
 * The expectations are computed here from Readability's own output, never
 * kept by hand, so a new page in the folder is checked the same way.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture.ts';

const PAGES = 'test-fixtures/pages';

/** Text compared without white space: the DOM joins blocks without the text's separators. */
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

interface ArticleParts {
  headings: string[];
  items: string[];
  links: Array<{ href: string; text: string }>;
  /** `<figure>`s holding a picture. */
  figures: number;
  captions: string[];
}

/** What Readability's article holds, read from its own DOM. */
function readabilityParts(html: string): ArticleParts {
  const dom = new JSDOM(html, { url: 'https://imported.invalid/', virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  const content = new JSDOM(article?.content ?? '').window.document;
  const texts = (selector: string) =>
    [...content.querySelectorAll(selector)].map((e) => squeeze(e.textContent)).filter((t) => t !== '');
  const links = [...content.querySelectorAll('a[href]')]
    .map((a) => ({ href: a.getAttribute('href')!, text: squeeze(a.textContent) }))
    .filter(({ href, text }) => /^https?:\/\//.test(href) && !href.includes('imported.invalid') && text !== '')
    .map(({ href, text }) => ({ href: new URL(href).href, text }));
  return {
    headings: texts('h1, h2, h3, h4, h5, h6'),
    items: texts('li'),
    links,
    figures: [...content.querySelectorAll('figure')].filter((f) => f.querySelector('img')).length,
    captions: texts('figcaption'),
  };
}

/** The same parts as the reader shows them. */
function readerParts(page: Page): Promise<ArticleParts & { paragraphs: string[]; text: string }> {
  return page.evaluate(() => {
    const root = document.querySelector('article.article')!;
    const squeezeIn = (text: string | null) => (text ?? '').replace(/\s+/g, '');
    const texts = (selector: string) => [...root.querySelectorAll(selector)].map((e) => squeezeIn(e.textContent));
    return {
      headings: texts('h2, h3, h4, h5, h6'),
      items: texts('li'),
      links: [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({
        href: a.href,
        text: squeezeIn(a.textContent),
      })),
      figures: root.querySelectorAll('figure').length,
      captions: texts('figcaption'),
      paragraphs: texts('p.block-paragraph'),
      text: squeezeIn(root.textContent),
    };
  });
}

for (const name of readdirSync(PAGES).sort()) {
  test(`saved page ${name}: imported, opened and laid out as its article`, async ({ page, host }) => {
    test.setTimeout(120_000); // a large page is read with jsdom + Readability twice: here and in the host
    const html = readFileSync(`${PAGES}/${name}/source.html`);
    const expected = readabilityParts(html.toString('utf8'));

    await page.goto(host.url);
    await expect(page.locator('article.article h1')).toBeVisible();
    const sample = await page.locator('article.article h1').textContent();
    await page
      .getByTestId('document-file-input')
      .setInputFiles({ name: `${name}.html`, mimeType: 'text/html', buffer: html });
    await expect(page.locator('article.article h1')).not.toHaveText(sample!, { timeout: 60_000 });
    await expect(page.locator('p.status[role=status]')).toContainText('Added');
    const shown = await readerParts(page);
    const title = squeeze(await page.locator('article.article h1').textContent());

    // Headings stay headings. One that is not shown at all was left out on purpose
    // (the headline repeated, a section label); none is turned into a paragraph.
    const missing = expected.headings.filter((h) => !shown.headings.includes(h));
    for (const heading of missing) {
      expect(shown.paragraphs, `heading “${heading}” became a paragraph`).not.toContain(heading);
      expect(shown.items).not.toContain(heading);
    }
    expect(missing.filter((h) => h !== title).length, `headings left out: ${missing.join(' | ')}`).toBeLessThanOrEqual(
      1,
    );

    // List items stay list items, unless they are a picture's caption.
    for (const item of expected.items) {
      const kept = shown.items.includes(item) || shown.captions.some((c) => c.includes(item));
      expect(kept, `list item “${item}”`).toBe(true);
    }

    // Links stay links, to the same address.
    for (const link of expected.links) {
      if (!shown.text.includes(link.text)) continue; // inside something left out (a section label)
      expect(shown.links, `link “${link.text}”`).toContainEqual(link);
    }

    // Pictures are figures; captions are figure captions, never body paragraphs.
    expect(shown.figures).toBeGreaterThanOrEqual(expected.figures);
    for (const caption of expected.captions) {
      expect(
        shown.captions.some((c) => c.includes(caption)),
        `caption “${caption}”`,
      ).toBe(true);
      expect(
        shown.paragraphs.some((p) => p.includes(caption)),
        `caption “${caption}” inside a paragraph`,
      ).toBe(false);
    }

    // Nothing remote was loaded: every picture is a frame or an embedded data: image.
    const sources = await page
      .locator('article.article img')
      .evaluateAll((images) => images.map((i) => i.getAttribute('src') ?? ''));
    for (const src of sources) expect(src.startsWith('data:image/')).toBe(true);
  });
}
