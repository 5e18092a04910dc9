/**
 * A long document with many highlights: the window starts on its first screen
 * and then shows the whole of it, every highlight included; every annotation
 * gets its card; a click on a highlight far down shows its card.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture.ts';

const PARAGRAPHS = 120;
/** Distinct, recognisable paragraphs of about 600 characters: some 70,000 in all. */
const paragraph = (n: number) =>
  `Paragraph ${n} opens here. ${'The committee met again to weigh the evidence and the witnesses. '.repeat(8)}It closes with marker ${n}.`;
const TEXT = `A long report\n\n${Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`;

/** Highlights "marker N." in every paragraph through the API, as the reader's `h` would. */
async function highlightEveryParagraph(page: Page): Promise<void> {
  await page.evaluate(async (count) => {
    const post = async (channel: string, body: unknown) => {
      const response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = await response.json();
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    const { documents } = await post('library:list', {});
    const report = documents.find((d: { title: string }) => d.title === 'A long report');
    const { text } = await post('document:open', { documentId: report.id });
    for (let n = 1; n <= count; n++) {
      const start = text.indexOf(`marker ${n}.`);
      await post('annotation:create', {
        documentId: report.id,
        start,
        end: start + `marker ${n}`.length,
        color: 'green',
      });
    }
  }, PARAGRAPHS);
}

test('a long document opens on its first screen, then whole, with every highlight and its card', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  // Opened after the import: its first screen first, then the whole.
  const opened = page.waitForResponse((response) => response.url().endsWith('/api/document%3Aopen-first-screen'));
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  expect((await (await opened).json()).value.complete).toBe(false);
  await expect(page.locator('article.article h1')).toHaveText('A long report');
  await expect(page.locator('article.article')).toContainText(`It closes with marker ${PARAGRAPHS}.`);
  await highlightEveryParagraph(page);

  // Restart on it: app:start sends only the first screen, then the whole document follows.
  const start = page.waitForResponse((response) => response.url().endsWith('/api/app%3Astart'));
  await page.reload();
  const { value } = await (await start).json();
  expect(value.startDocument.complete).toBe(false);
  expect(value.startDocument.opened.text.length).toBeLessThan(TEXT.length / 2);
  expect(TEXT.startsWith(value.startDocument.opened.text)).toBe(true);

  const article = page.locator('article.article');
  await expect(article.locator('mark.hl')).toHaveCount(PARAGRAPHS);
  await expect(article.locator('mark.hl').last()).toHaveText(`marker ${PARAGRAPHS}`);
  await expect(article).toContainText(`It closes with marker ${PARAGRAPHS}.`);

  // The panel counts all of them at once; their cards follow (built while the page is idle, or as it is scrolled).
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByTestId('annotation-count')).toHaveText(String(PARAGRAPHS));
  const cards = panel.getByRole('listitem');
  await expect(cards.first()).toContainText('marker 1');
  await expect(async () => {
    await panel.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    expect(await cards.count()).toBe(PARAGRAPHS);
  }).toPass();
  await expect(cards.last()).toContainText(`marker ${PARAGRAPHS}`);

  // After a reload, a click on a highlight near the end shows its card, built or not yet.
  await page.reload();
  await expect(article.locator('mark.hl')).toHaveCount(PARAGRAPHS);
  const lastMark = article.locator('mark.hl').last();
  await lastMark.scrollIntoViewIfNeeded();
  await lastMark.click();
  const card = cards.filter({ hasText: `marker ${PARAGRAPHS}` });
  await expect(card).toBeInViewport();
  await expect(card).toHaveClass(/active/);
});
