/**
 * The small things a daily reader notices: where the status line sits and
 * how long it stays, the flash on arriving at a highlight, exporting from
 * the library by key, a card's time through undo, the note editor's keys,
 * and where focus goes around dialogs.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { selectText } from './article-helpers.ts';
import { expect, test } from './host-fixture.ts';

const FIRST = 'Growing convergence between defunct';
const HARBOUR = {
  name: 'harbour.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('Harbour plan goes to a vote\n\nThe council will vote on the harbour plan on Tuesday.'),
};

const status = (page: Page) => page.locator('p.status[role=status]');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

/** An API call from the page, as the window makes them. */
function api(page: Page, channel: string, request: object): Promise<any> {
  return page.evaluate(
    async ({ channel, request }) => {
      const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) };
      return (await (await fetch(`api/${encodeURIComponent(channel)}`, init)).json()).value;
    },
    { channel, request },
  );
}

test('the status line sits under the text, never over it, and goes when another document opens', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByTestId('document-file-input').setInputFiles(HARBOUR);
  await expect(status(page)).toHaveText('Added “Harbour plan goes to a vote” to the library.');
  const [line, reading] = [await status(page).boundingBox(), await page.locator('main.reading').boundingBox()];
  expect(line!.y).toBeGreaterThanOrEqual(reading!.y + reading!.height - 1);

  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: /^TTP and ISIS/ }).click();
  await expect(page.locator('article.article h1')).toContainText('TTP and ISIS');
  await expect(status(page)).toBeHidden();

  // And it can be put away by hand.
  await selectText(page, FIRST);
  await page.keyboard.press('h');
  await expect(page.locator('mark.hl.active')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(status(page)).toContainText('Annotation deleted.');
  await status(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(status(page)).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the flash on arriving at a highlight starts once the scroll has ended, and shows (${colorScheme})`, async ({
    page,
    host,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(host.url);
    await selectText(page, 'greatly contributing in tacking the menace');
    await page.keyboard.press('h');
    await page.locator('main.reading').evaluate((reading) => reading.scrollTo({ top: 0 }));
    await expect(page.locator('mark.hl')).not.toBeInViewport();
    // What happens, in order: the scroll ending, the flash starting.
    await page.evaluate(() => {
      const events: string[] = ((window as any).__events = []);
      document.querySelector('main.reading')!.addEventListener('scrollend', () => events.push('scrollend'));
      new MutationObserver(() => {
        if (document.querySelector('mark.flash') && !events.includes('flash')) events.push('flash');
      }).observe(document.querySelector('article.article')!, { attributes: true, subtree: true });
    });
    await panel(page)
      .getByRole('button', { name: /greatly contributing/ })
      .click();
    await expect(page.locator('mark.flash')).toBeInViewport();
    expect(await page.evaluate(() => (window as any).__events.slice(0, 2))).toEqual(['scrollend', 'flash']);
    // The ring stands out, at 3:1 or more, from the page and from every highlight colour of this theme.
    const contrast = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const luminance = (name: string) => {
        const hex = style.getPropertyValue(name).trim();
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
        const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
      };
      const ring = luminance('--flash');
      const against = ['--bg', '--hl-yellow', '--hl-green', '--hl-blue', '--hl-pink', '--hl-purple'].map(luminance);
      return Math.min(...against.map((l) => (Math.max(ring, l) + 0.05) / (Math.min(ring, l) + 0.05)));
    });
    expect(contrast).toBeGreaterThanOrEqual(3);
  });
}

test('Ctrl+E in the library offers the document whose entry has focus, exports it, and says which', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await selectText(page, FIRST);
  await page.keyboard.press('h');
  await page.getByTestId('document-file-input').setInputFiles(HARBOUR);
  await expect(page.locator('article.article h1')).toHaveText('Harbour plan goes to a vote');
  await page.getByRole('button', { name: 'Library' }).click();
  // The sample's entry, not the open document.
  const entry = page.getByRole('button', { name: /^TTP and ISIS/ });
  await entry.focus();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await expect(dialog.getByRole('radio', { name: /^This document \(“TTP and ISIS/ })).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^ttp-and-isis-deadly-alliance/);
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(exported.total).toBe(1);
  await expect(status(page)).toHaveText(
    'Exported 1 annotation of “TTP and ISIS deadly alliance emerges against Pakistan, China and Russia”.',
  );
  await expect(entry).toBeFocused();
});

test('recolouring and undoing leaves the card’s time as it was', async ({ page, host }) => {
  await page.goto(host.url);
  await selectText(page, FIRST);
  await page.keyboard.press('h');
  const card = panel(page).getByRole('listitem');
  const time = card.locator('time');
  const before = await time.getAttribute('datetime');
  await card.getByRole('button', { name: 'Green' }).click();
  await expect(card).toHaveClass(/color-green/);
  await expect(time).not.toHaveAttribute('datetime', before!);
  await page.keyboard.press('Control+z');
  await expect(card).toHaveClass(/color-yellow/);
  await expect(time).toHaveAttribute('datetime', before!);
  // As stored.
  const { documents } = await api(page, 'library:list', {});
  const opened = await api(page, 'document:open', { documentId: documents[0].id });
  expect(opened.annotations[0].annotation.modified).toBe(before);
});

test('the note editor: Tab reaches Save and Cancel, Escape asks before throwing changes away, HTML is flagged', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await selectText(page, FIRST);
  await page.keyboard.press('n');
  const card = panel(page).getByRole('listitem');
  const editor = card.getByRole('textbox', { name: 'Note (Markdown)' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('See <img src=x> the minutes');
  await expect(card.locator('.note-left-out')).toContainText('<img>');

  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Save note' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(editor).toBeVisible(); // Tab moves on; it neither saves nor closes
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(editor).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(card.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape'); // the question goes, the draft stays
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('See <img src=x> the minutes');
  await page.keyboard.press('Control+Enter');
  await expect(card.locator('.note')).toHaveText('See the minutes');
  await expect(card.locator('.note-left-out')).toContainText('<img>');

  // Changes thrown away on purpose: Escape, then Discard.
  await card.getByRole('button', { name: 'Edit note' }).click();
  await expect(editor).toBeFocused();
  await page.keyboard.type(' and more');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Discard' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(card.locator('.note')).toHaveText('See the minutes');
  // Unchanged, Escape closes at once; the keyboard goes back to the card.
  await card.getByRole('button', { name: 'Edit note' }).click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(card.getByRole('button', { name: /Growing convergence/ })).toBeFocused();
});

test('dialogs open on their safe choice and give focus back; the entity editor closes on Escape', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByTestId('document-file-input').setInputFiles(HARBOUR);
  await expect(page.locator('article.article h1')).toHaveText('Harbour plan goes to a vote');
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('main', { name: 'Library' });
  const remove = library.getByRole('button', { name: 'Delete “Harbour plan goes to a vote”' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete document' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(library.getByRole('listitem')).toHaveCount(1);
  // The entry is gone: focus goes to the one in its place.
  await expect(library.getByRole('button', { name: /^TTP and ISIS/ })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.locator('article.article h1')).toContainText('TTP and ISIS');
  // This document's entities, not the last one's being replaced.
  await expect(page.getByRole('region', { name: /^People/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Finding entities' })).toBeHidden();
  const edit = page.locator('.entities-panel .entity-edit').first();
  await edit.click();
  const name = page.locator('.entity-editor').getByLabel('Name');
  await expect(name).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.entity-editor')).toHaveCount(0);
  await expect(edit).toBeFocused();
});
