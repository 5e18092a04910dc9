/**
 * The window at the sizes readers use: the article gets the room, panels
 * open and close by key (beside the article, or over it when the window is
 * narrow), focus mode leaves the article alone.
 */
import type { Page } from '@playwright/test';
import { selectText } from './article-helpers.ts';
import { seriousViolations } from './axe.ts';
import { expect, test } from './host-fixture.ts';

const panel = (page: Page, name: 'Entities' | 'Annotations') => page.getByRole('complementary', { name });
const firstParagraph = (page: Page) => page.locator('article.article p.block:has(.dateline)');

test.describe('at 900×700', () => {
  test.use({ viewport: { width: 900, height: 700 } });

  test('the first paragraph shows without scrolling, each panel opens and closes by key, and axe finds nothing serious', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await expect(page.locator('article.article h1')).toBeInViewport({ ratio: 1 });
    await expect(firstParagraph(page)).toBeInViewport({ ratio: 1 });
    // Both panels start put away, as toggles at the window's edges.
    await expect(panel(page, 'Entities')).toBeHidden();
    await expect(panel(page, 'Annotations')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Entities', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    for (const [key, name] of [
      ['[', 'Entities'],
      [']', 'Annotations'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(panel(page, name)).toBeVisible();
      // Beside the article, not over it: the article's text column and the panel do not overlap.
      const [text, side] = [await firstParagraph(page).boundingBox(), await panel(page, name).boundingBox()];
      expect(side!.x >= text!.x + text!.width || side!.x + side!.width <= text!.x).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press(key);
      await expect(panel(page, name)).toBeHidden();
    }

    // Remembered for this window: shown after a reload.
    await page.keyboard.press(']');
    await page.reload();
    await expect(panel(page, 'Annotations')).toBeVisible();
    await expect(panel(page, 'Entities')).toBeHidden();
  });
});

test.describe('at 900×700, the shortcut sheet', () => {
  test.use({ viewport: { width: 900, height: 700 } });

  test('opens at its top, with Close focused and in view at its foot', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.locator('article.article')).toBeFocused();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport({ ratio: 1 });
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  });
});

test.describe('at 700×900', () => {
  test.use({ viewport: { width: 700, height: 900 } });

  test('a panel opens as a drawer over the article, takes the keyboard, and Escape gives it back', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    const article = page.locator('article.article');
    await expect(firstParagraph(page)).toBeInViewport({ ratio: 1 });
    await expect(article).toBeFocused();
    await page.keyboard.press('[');
    const entities = panel(page, 'Entities');
    await expect(entities).toBeVisible();
    await expect(entities).toBeFocused();
    // Over the article: the drawer covers part of the text column.
    const [text, drawer] = [await firstParagraph(page).boundingBox(), await entities.boundingBox()];
    expect(drawer!.x + drawer!.width).toBeGreaterThan(text!.x);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(entities).toBeHidden();
    await expect(article).toBeFocused();
    // Opening one drawer closes the other.
    await page.keyboard.press('[');
    await page.keyboard.press(']');
    await expect(entities).toBeHidden();
    await expect(panel(page, 'Annotations')).toBeVisible();
  });

  test('g on a highlight opens its grade field in a drawer, and Enter puts the drawer away again', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    const article = page.locator('article.article');
    await selectText(page, 'Growing convergence between defunct');
    await page.keyboard.press('h');
    await expect(article.locator('mark.hl')).toHaveText('Growing convergence between defunct');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect(article.locator('mark.hl.active')).toBeFocused();
    await page.keyboard.press('g');
    const annotations = panel(page, 'Annotations');
    await expect(annotations.getByRole('textbox', { name: /^Grade/ })).toBeFocused();
    await page.keyboard.type('c3');
    await page.keyboard.press('Enter');
    await expect(annotations).toBeHidden();
    await expect(article.locator('mark.hl.active')).toBeFocused();
    await page.keyboard.press(']');
    await expect(annotations.locator('.grade-badge')).toHaveText('C3');
  });
});

test('focus mode hides both panels and their toggles, and comes back with the same key', async ({ page, host }) => {
  await page.goto(host.url);
  const article = page.locator('article.article');
  await expect(panel(page, 'Entities')).toBeVisible();
  await page.keyboard.press('\\');
  await expect(panel(page, 'Entities')).toBeHidden();
  await expect(panel(page, 'Annotations')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Entities', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'true');
  // Centred: as much room on either side of the text.
  const box = (await article.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(Math.abs(box.x - (width - box.x - box.width))).toBeLessThan(20);
  // A panel can still be looked at, over the article.
  await page.keyboard.press(']');
  await expect(panel(page, 'Annotations')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('\\');
  await expect(panel(page, 'Entities')).toBeVisible();
  await expect(panel(page, 'Annotations')).toBeVisible();
});
