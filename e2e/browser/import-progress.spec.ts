/**
 * A big web page is read on the host in a worker thread: while it is, the
 * status line shows the time it has taken and a Cancel button, the app keeps
 * answering, and Cancel stops it with nothing imported.
 */
import { expect, test } from './host-fixture.ts';

test('a slow import shows its progress, the app keeps answering, and Cancel stops it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();

  // About 15 MB of page, made in the page: reading it takes the host's worker many seconds.
  await page.getByTestId('document-file-input').evaluate((input: HTMLInputElement) => {
    const paragraph = '<div><p>A paragraph of a very long page, with words enough to read as prose.</p></div>';
    const html = `<!doctype html><html><head><title>Big</title></head><body><article>${paragraph.repeat(180_000)}</article></body></html>`;
    const files = new DataTransfer();
    files.items.add(new File([html], 'big.html', { type: 'text/html' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const status = page.locator('p.status[role=status]');
  await expect(status).toContainText('Opening “big.html”…', { timeout: 30_000 });
  await expect(status).toContainText(/… \d+ s/, { timeout: 30_000 });

  // Meanwhile the library opens and lists what is there.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('main', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);

  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText('Stopped opening “big.html”. Nothing was imported.');
  await expect(status).toHaveClass(/error/);
  await expect(page.getByRole('main', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
});
