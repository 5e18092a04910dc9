/**
 * The core loop without a mouse: every step here is a key press. The test
 * reads the page (where the caret is, what is selected) only to decide how
 * many times to press a key, as a reader watching the screen would.
 */
import type { Page } from '@playwright/test';
import { pressUntil, textBeforeCaret, topBlockStart } from './article-helpers.ts';
import { expect, test } from './host-fixture.ts';

const FIRST = 'Growing convergence between defunct';
const SECOND = 'Islamabad looks at this as a positive development';

const selected = (page: Page) => page.evaluate(() => document.getSelection()!.toString().trim());
test('the whole core loop by keyboard, and the reading position after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  const article = page.locator('article.article');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const cards = panel.getByRole('listitem');
  await expect(article.locator('h1')).toBeVisible();
  // Opening a document puts the keyboard in its article.
  await expect(article).toBeFocused();

  // Caret browsing: the caret starts at the article's start; words, then Shift to select.
  await page.keyboard.press('F7');
  await expect(page.locator('.article-caret')).toBeVisible();
  expect(await textBeforeCaret(page)).toBe('');
  await pressUntil(page, 'Control+ArrowRight', 'ISLAMABAD');
  await pressUntil(page, 'ArrowRight', 'ISLAMABAD - ');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  expect(await selected(page)).toBe(FIRST);
  await page.keyboard.press('h');
  await expect(article.locator('mark.hl')).toHaveText(FIRST);
  await expect(cards).toHaveCount(1);

  // By paragraphs to the one before the second passage, a character into the next, then words.
  await pressUntil(page, 'Control+ArrowDown', 'including a key commander of the Islamic States last month.');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  expect(await selected(page)).toBe(SECOND);
  await page.keyboard.press('n');
  const editor = panel.getByRole('textbox', { name: 'Note (Markdown)' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Compare with the December statement.');
  await page.keyboard.press('Control+Enter');
  await expect(cards.nth(1).locator('.note')).toHaveText('Compare with the December statement.');
  // Saved: the keyboard is back on the new highlight in the article.
  await expect(article.locator('mark.hl.active')).toBeFocused();
  await expect(article.locator('mark.hl.active')).toHaveText(SECOND);

  // j and k between highlights; Enter opens the card, Escape comes back.
  await page.keyboard.press('k');
  await expect(article.locator('mark.hl.active')).toHaveText(FIRST);
  await expect(article.locator('mark.hl.active')).toBeFocused();
  await page.keyboard.press('j');
  await expect(article.locator('mark.hl.active')).toHaveText(SECOND);
  await page.keyboard.press('Enter');
  await expect(cards.nth(1).getByRole('button', { name: new RegExp(SECOND) })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(article.locator('mark.hl.active')).toBeFocused();

  // g grades the active highlight on its card; Enter saves it and the keyboard comes back.
  await page.keyboard.press('g');
  await expect(cards.nth(1).getByRole('textbox', { name: /^Grade/ })).toBeFocused();
  await page.keyboard.type('b2');
  await page.keyboard.press('Enter');
  await expect(cards.nth(1).locator('.grade-badge')).toHaveText('B2');
  await expect(article.locator('mark.hl.active')).toBeFocused();

  // Delete, then undo.
  await page.keyboard.press('Delete');
  await expect(cards).toHaveCount(1);
  await expect(article.locator('mark.hl')).toHaveText(FIRST);
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1).locator('.note')).toHaveText('Compare with the December statement.');

  // Read on to the end; once the view rests, the place is kept.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+End');
  await expect(article.locator('p').last()).toBeInViewport();
  const stored = () =>
    page.evaluate(async () => {
      const api = async (channel: string, request: object) => {
        const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) };
        return (await (await fetch(`api/${encodeURIComponent(channel)}`, init)).json()).value;
      };
      const { documents } = await api('library:list', {});
      return (await api('document:open', { documentId: documents[0].id })).document.readingPosition?.offset ?? 0;
    });
  const before = await topBlockStart(page);
  await expect.poll(stored).toBeGreaterThanOrEqual(Number(before));

  await page.reload();
  await expect(article.locator('mark.hl')).toHaveCount(2);
  await expect.poll(() => topBlockStart(page)).toBe(before);
  await expect(article.locator('h1')).not.toBeInViewport();
  await expect(article.locator('p').last()).toBeInViewport();
  await expect(article).toBeFocused();
});

test('s and p select the sentence and paragraph at the caret, again for one more', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article')).toBeFocused();
  await page.keyboard.press('F7');
  await pressUntil(page, 'Control+ArrowDown', 'including a key commander of the Islamic States last month.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('s');
  expect(await selected(page)).toBe(
    `${SECOND} and hopes that Afghan government should launch a major offensive not only against Khorasan but also the TTP.`,
  );
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  const paragraph = await selected(page);
  expect(paragraph.startsWith(SECOND)).toBe(true);
  await page.keyboard.press('p');
  const two = await selected(page);
  expect(two.startsWith(paragraph)).toBe(true);
  expect(two.length).toBeGreaterThan(paragraph.length + 20);
  // Shift+Alt+← takes the selection's end back a sentence.
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  expect(await selected(page)).toBe(paragraph);
});

test('the shortcut sheet lists the keys from the one table, and gives focus back', async ({ page, host }) => {
  await page.goto(host.url);
  const article = page.locator('article.article');
  await expect(article).toBeFocused();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const label of [
    'Highlight the selection',
    'Next highlight',
    'Grade the active highlight (source A–F, information 1–6, e.g. B2)',
    'Caret browsing on or off',
    'Focus mode: the article alone',
  ]) {
    await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  }
  // The keys the page is waiting on do nothing behind the sheet.
  await page.keyboard.press('j');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(article).toBeFocused();
});

test('opening from the library by keyboard puts focus at the article’s start', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article')).toBeFocused();
  // Shift+Tab back to the top bar's Library button.
  const library = page.getByRole('button', { name: 'Library' });
  for (let i = 0; i < 200 && !(await library.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  const entry = page.getByRole('main', { name: 'Library' }).getByRole('button', {
    name: 'TTP and ISIS deadly alliance emerges against Pakistan, China and Russia',
    exact: true,
  });
  await expect(entry).toBeVisible();
  while (!(await entry.evaluate((b) => b === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('article.article')).toBeFocused();
  await expect(page.locator('article.article h1')).toBeInViewport();
});
