/**
 * The library: importing documents (file input, refusals), the library view,
 * a changed file re-anchoring highlights, delete with undo, search, and
 * importing annotations.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture.ts';
import { exportFromPanel, highlight, highlightedTexts, selectText } from './article-helpers.ts';

const BBC = 'test-fixtures/pages/bbc-1';
const UNTOUCHED = 'He vowed to keep trying';
const EDITED = 'Mr Obama lands in Kenya later on Friday for his first visit since becoming president';
const DELETED = 'However, Mr Obama said race relations had improved during his presidency.';

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/html'): Promise<void> {
  await page.getByTestId('document-file-input').setInputFiles({ name, mimeType, buffer });
}

/** The app's status line (other panels have status regions of their own). */
function statusLine(page: Page) {
  return page.locator('p.status[role=status]');
}

test('import a saved page, highlight it, then re-import a changed version', async ({ page, host }) => {
  test.setTimeout(120_000); // the page is read with jsdom + Readability, twice
  const html = await readFile(`${BBC}/source.html`, 'utf8');
  const expected = JSON.parse(await readFile(`${BBC}/expected-metadata.json`, 'utf8'));
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();

  // Import through the file input: the reader opens it, and the library lists it.
  await importFile(page, 'source.html', Buffer.from(html));
  await expect(page.locator('article.article h1')).toHaveText(expected.title, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const libraryView = page.getByRole('main', { name: 'Library' });
  await expect(libraryView).toBeVisible();
  const item = libraryView.getByRole('listitem').filter({ hasText: expected.title });
  await expect(libraryView.getByRole('listitem')).toHaveCount(2); // the sample and the page
  await expect(item).toContainText(`By ${expected.byline}`);
  await expect(item).toContainText('0 annotations');

  // Open it from the library and highlight three passages.
  await item.getByRole('button', { name: expected.title, exact: true }).click();
  await expect(page.getByRole('main', { name: 'Article' })).toBeVisible();
  for (const phrase of [UNTOUCHED, EDITED, DELETED]) await highlight(page, phrase);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('listitem')).toHaveCount(3);

  // The same file, changed: a sentence edited inside one highlight, the paragraph of another deleted.
  const changed = html
    .replace('Mr Obama lands in Kenya later on Friday', 'Mr Obama lands in Kenya late on Friday')
    .replace('<p>However, Mr Obama said race relations had improved during his presidency. </p>', '');
  expect(changed).not.toBe(html);
  await importFile(page, 'source.html', Buffer.from(changed));

  const report = page.getByRole('region', { name: 'Re-anchoring report' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report).toContainText(
    'Your 3 annotations moved to the new text: 1 exactly, 1 by best match, 1 not found.',
  );
  await expect(report.getByRole('listitem').filter({ hasText: 'Mr Obama lands in Kenya' })).toContainText(
    /placed by best match \(\d+% confidence\)/,
  );
  await expect(report.getByRole('listitem').filter({ hasText: 'However, Mr Obama' })).toContainText(
    'passage not found',
  );
  // The moved one shows its old quote beside the new, the changed word marked.
  const moved = report.getByRole('listitem').filter({ hasText: 'Mr Obama lands in Kenya' });
  await expect(moved.locator('del')).toHaveText('later');
  await expect(moved.locator('ins')).toHaveText('late');

  // The highlights follow the new text; the orphan stays listed with its quote.
  await expect.poll(() => highlightedTexts(page)).toEqual([UNTOUCHED, EDITED.replace('later', 'late')]);
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  await expect(panel.getByRole('listitem').filter({ hasText: 'However, Mr Obama' })).toContainText(
    'Passage not found in the current text.',
  );

  // The orphan is re-attached by selecting a passage and choosing "Attach here" in the report.
  const orphan = report.getByRole('listitem').filter({ hasText: 'However, Mr Obama' });
  await expect(orphan.getByRole('button', { name: 'Attach here' })).toBeDisabled();
  await selectText(page, 'common sense gun safety laws');
  await orphan.getByRole('button', { name: 'Attach here' }).click();
  await expect(orphan).toContainText('attached where you chose');
  await expect.poll(() => highlightedTexts(page)).toContain('common sense gun safety laws');
  await expect(panel.getByRole('listitem').filter({ hasText: 'common sense gun safety laws' })).not.toContainText(
    'not found',
  );
  // Undo puts it back as it was: an orphan.
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('listitem').filter({ hasText: 'However, Mr Obama' })).toContainText(
    'Passage not found in the current text.',
  );

  // Still one entry for the page, now in two versions, and it survives a reload.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(libraryView.getByRole('listitem')).toHaveCount(2);
  await expect(item).toContainText('3 annotations');
  await expect(item).toContainText('2 versions');
  await page.reload();
  await expect.poll(() => highlightedTexts(page)).toEqual([UNTOUCHED, EDITED.replace('later', 'late')]);
});

test('a binary file is refused with a reason and adds nothing', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
  ]);
  await importFile(page, 'holiday.txt', png, 'text/plain');
  await expect(statusLine(page)).toHaveText(
    '“holiday.txt” looks like a binary file, not text: Marginalia reads plain text, Markdown and web pages. Nothing was imported.',
  );
  await expect(statusLine(page)).toHaveClass(/error/);

  // A 50 MB text file, made in the page (sending it through the test driver would take longer than refusing it).
  await page.getByTestId('document-file-input').evaluate((input: HTMLInputElement) => {
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(50 * 1024 * 1024).fill(0x61)], 'huge.txt', { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(statusLine(page)).toHaveText(
    '“huge.txt” is 50 MB; Marginalia imports documents up to 20 MB. Nothing was imported.',
  );

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('main', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
});

test('search the library, delete a document and undo', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  await importFile(
    page,
    'bridge.txt',
    Buffer.from('Council approves bridge\n\nBy: Ada Lovelace\n\nThe vote on the river crossing was close.\n'),
    'text/plain',
  );
  await expect(page.locator('article.article h1')).toHaveText('Council approves bridge');
  await highlight(page, 'river crossing');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const libraryView = page.getByRole('main', { name: 'Library' });
  await libraryView.getByRole('searchbox', { name: 'Search the library' }).fill('river crossing');
  await expect(libraryView.getByRole('listitem')).toHaveCount(1);
  await expect(libraryView.getByRole('listitem')).toContainText('The vote on the river crossing was close.');
  await libraryView.getByRole('searchbox', { name: 'Search the library' }).fill('');
  await expect(libraryView.getByRole('listitem')).toHaveCount(2);

  await libraryView.getByRole('button', { name: 'Delete “Council approves bridge”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete document' });
  await expect(dialog).toContainText('Its annotation goes with it.');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(libraryView.getByRole('listitem')).toHaveCount(1);
  await expect(statusLine(page)).toContainText('Deleted “Council approves bridge” and its annotation.');
  await statusLine(page).getByRole('button', { name: 'Undo' }).click();
  await expect(libraryView.getByRole('listitem')).toHaveCount(2);
  await expect(libraryView.getByRole('listitem').filter({ hasText: 'Council approves bridge' })).toContainText(
    '1 annotation',
  );
});

test('export annotations, then import them back through the preview', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  await highlight(page, 'Growing convergence');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const exported = Buffer.from((await exportFromPanel(page)).text);

  await panel.getByRole('listitem').getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);

  await page
    .getByTestId('annotation-file-input')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: exported });
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await expect(dialog.getByTestId('import-added')).toHaveText('1 new');
  await expect(dialog.getByTestId('import-orphaned')).toContainText('0');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect.poll(() => highlightedTexts(page)).toEqual(['Growing convergence']);

  // Not JSON: a clear message, nothing changes.
  await page
    .getByTestId('annotation-file-input')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(statusLine(page)).toContainText('“notes.json” is not a JSON file.');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
});

test('drop a file on the window, press Ctrl+O, or paste from the clipboard', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();

  // A drop carries the file in a DataTransfer, as the system's drag and drop does.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Dropped headline\n\nDropped body text.\n'], 'dropped.md', { type: 'text/markdown' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  });
  await expect(page.locator('article.article h1')).toHaveText('Dropped headline');
  await expect(statusLine(page)).toHaveText('Added “Dropped headline” to the library.');

  // Ctrl+O opens the file picker. Headless Chromium does not always raise its
  // chooser event under load, so the picker's opening click is what is checked,
  // and the file is then given to the same input.
  const input = page.getByTestId('document-file-input');
  await input.evaluate((element) => {
    element.addEventListener(
      'click',
      (event) => {
        event.preventDefault(); // no system dialog in a test
        element.dataset.opened = 'yes';
      },
      { once: true },
    );
  });
  await page.keyboard.press('Control+o');
  await expect(input).toHaveAttribute('data-opened', 'yes');
  await input.setInputFiles({
    name: 'picked.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Picked headline\n\nPicked body.'),
  });
  await expect(page.locator('article.article h1')).toHaveText('Picked headline');

  // The system clipboard needs a focused window, which parallel test pages do not all get: stand in for it.
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, 'readText', {
      value: async () => 'Pasted headline\n\nText from somewhere else.',
    });
  });
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: 'New document from clipboard' }).click();
  await expect(page.locator('article.article h1')).toHaveText('Pasted headline');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('main', { name: 'Library' }).getByRole('listitem')).toHaveCount(4);
});
