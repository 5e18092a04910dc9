import { readFile } from 'node:fs/promises';
import { expect, test } from './host-fixture.ts';
import {
  addTag,
  csvRecords,
  exportFromPanel,
  highlight,
  highlightedTexts,
  readersAnnotations,
  selectText,
} from './article-helpers.ts';

const FIRST = 'Growing convergence between defunct';
const SECOND = 'Islamabad looks at this as a positive development';

test('read, highlight, note, reload, undo and redo, export', async ({ page, host }) => {
  await page.goto(host.url);
  const article = page.locator('article.article');
  const panel = page.getByRole('complementary', { name: 'Annotations' });

  // The sample article: headline and byline.
  await expect(article.locator('h1')).toHaveText(
    'TTP and ISIS deadly alliance emerges against Pakistan, China and Russia',
  );
  await expect(page.locator('.article-details')).toContainText('By Maqbool Malik');
  await expect(article.locator('.dateline')).toHaveText('ISLAMABAD');

  // Select → h → highlighted and listed.
  await selectText(page, FIRST);
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
  await page.keyboard.press('h');
  await expect(article.locator('mark.hl')).toHaveText(FIRST);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem').first()).toContainText(FIRST);

  // Another passage → n → note.
  await selectText(page, SECOND);
  await page.keyboard.press('n');
  const editor = panel.getByRole('textbox', { name: 'Note (Markdown)' });
  await expect(editor).toBeFocused();
  await editor.fill('Compare with the **December** statement.');
  await page.keyboard.press('Control+Enter');
  await expect(panel.locator('.note strong')).toHaveText('December');
  await expect(panel.getByTestId('annotation-count')).toHaveText('2');

  // Reload: both still there.
  await page.reload();
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => highlightedTexts(page)).toEqual([FIRST, SECOND]);
  await expect(panel.locator('.note')).toContainText('Compare with the December statement.');

  // Delete the first with the Delete key, then undo and redo; each step persists.
  await article.locator('mark.hl').first().click();
  await page.keyboard.press('Delete');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await page.reload();
  await expect(panel.getByRole('listitem')).toHaveCount(2);

  // Export: the downloaded file parses and holds both, with quotes and the note.
  const exported = JSON.parse((await exportFromPanel(page)).text);
  expect(exported['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
  expect(exported.type).toBe('AnnotationCollection');
  // The window's findings follow the notes (entities.spec.ts checks them).
  expect(exported.total).toBe(exported.first.items.length);
  const items = readersAnnotations(exported);
  expect(items).toHaveLength(2);
  const quotes = items.map((item: any) => item.target.selector.find((s: any) => s.type === 'TextQuoteSelector').exact);
  expect(quotes).toEqual([FIRST, SECOND]);
  expect(items[0].motivation).toBe('highlighting');
  expect(items[1].motivation).toBe('commenting');
  expect(items[1].body).toMatchObject({
    type: 'TextualBody',
    value: 'Compare with the **December** statement.',
    format: 'text/markdown',
  });
});

test('every change can be undone and redone, and each step is saved', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const item = panel.getByRole('listitem');
  await selectText(page, FIRST);
  await page.keyboard.press('h');
  await expect(item).toHaveCount(1);

  await item.getByRole('button', { name: 'Green' }).click();
  await expect(item).toHaveClass(/color-green/);
  await item.getByRole('button', { name: 'Add note' }).click();
  await panel.getByRole('textbox').fill('first thought');
  await page.keyboard.press('Control+Enter');
  await expect(item.locator('.note')).toHaveText('first thought');

  await page.keyboard.press('Control+z'); // note
  await expect(item.locator('.note')).toHaveCount(0);
  await page.keyboard.press('Control+z'); // colour
  await expect(item).toHaveClass(/color-yellow/);
  await page.keyboard.press('Control+z'); // highlight
  await expect(item).toHaveCount(0);
  await page.reload();
  await expect(panel.getByText('Select text, then press')).toBeVisible();
  await expect(item).toHaveCount(0);
});

test('redo after undo restores the same annotation with its note and colour', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const item = panel.getByRole('listitem');
  await selectText(page, SECOND);
  await page.keyboard.press('n');
  await panel.getByRole('textbox').fill('kept');
  await page.keyboard.press('Control+Enter');
  await expect(item.locator('.note')).toHaveText('kept');
  const id = await item.getAttribute('data-annotation-id');

  await page.keyboard.press('Control+z'); // note
  await page.keyboard.press('Control+z'); // highlight
  await expect(item).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(item.locator('.note')).toHaveText('kept');
  await page.reload();
  await expect(item).toHaveAttribute('data-annotation-id', id!);
  await expect(item.locator('.note')).toHaveText('kept');
});

test('a selection across paragraphs and overlapping highlights', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const across = 'at very low scale.\n\nBoth the forces have killed';
  await selectText(page, across);
  await page.keyboard.press('h');
  await selectText(page, 'very low scale.\n\nBoth');
  await page.locator('.selection-toolbar').getByRole('button', { name: 'Highlight Pink' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  // Marks hold the text of each paragraph; the paragraph break between them is not inside a mark.
  const painted = [across.replace('\n\n', ''), 'very low scale.Both'];
  await expect.poll(() => highlightedTexts(page)).toEqual(painted);
  await expect(page.locator('article p:has(mark.overlap)')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText('at very low scale. Both the forces have killed');
  await page.reload();
  await expect.poll(() => highlightedTexts(page)).toEqual(painted);
});

test('HTML in a note is shown as text, never run', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await selectText(page, FIRST);
  await page.keyboard.press('n');
  await panel
    .getByRole('textbox')
    .fill('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [link](javascript:alert(1)) *ok*');
  await page.keyboard.press('Control+Enter');
  await expect(panel.locator('.note em')).toHaveText('ok');
  await expect(panel.locator('.note img, .note script')).toHaveCount(0);
  await expect(panel.locator('.note a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('filtering the panel by text and colour', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await selectText(page, FIRST);
  await page.keyboard.press('h');
  await selectText(page, SECOND);
  await page.locator('.selection-toolbar').getByRole('button', { name: 'Highlight Blue' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByRole('searchbox', { name: 'Filter annotations' }).fill('islamabad looks');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByTestId('annotation-count')).toHaveText('1 of 2');
  await panel.getByRole('searchbox', { name: 'Filter annotations' }).fill('');
  await panel.getByRole('button', { name: 'Show Yellow' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem')).toContainText(FIRST);
});

test('undoing the delete of an orphaned highlight brings it back as an orphan, not over other text', async ({
  page,
  host,
}) => {
  const paragraphs = [
    'Harbour plan goes to a vote',
    'The council will vote on the harbour plan on Tuesday, the mayor said.',
    'Fishing crews asked for a second public meeting before any decision is made.',
    'The plan would widen the quay and move the ferry berth to the north side.',
  ];
  const ORPHAN = 'Fishing crews asked for a second public meeting';
  const KEPT = 'move the ferry berth';
  const file = (lines: string[]) => ({
    name: 'harbour.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(lines.join('\n\n')),
  });
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  const input = page.getByTestId('document-file-input');
  await input.setInputFiles(file(paragraphs));
  await expect(page.locator('article.article h1')).toHaveText(paragraphs[0]!);
  for (const phrase of [ORPHAN, KEPT]) {
    await selectText(page, phrase);
    await page.keyboard.press('h');
  }
  await expect.poll(() => highlightedTexts(page)).toEqual([ORPHAN, KEPT]);

  // A new version of the file replaces the orphan's paragraph with other words of about the same length.
  const changed = [...paragraphs];
  changed[2] = 'Weather permitting, the ferry will keep its usual timetable over the holiday weekend.';
  await input.setInputFiles(file(changed));
  await expect(page.getByRole('region', { name: 'Re-anchoring report' })).toContainText('1 not found');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const orphanCard = panel.getByRole('listitem').filter({ hasText: ORPHAN });
  await expect(orphanCard).toContainText('Passage not found in the current text.');
  await expect.poll(() => highlightedTexts(page)).toEqual([KEPT]);

  // Delete the orphan from its card, then undo: it is listed again, still an orphan, and paints nothing.
  await orphanCard.getByRole('button', { name: new RegExp(ORPHAN) }).focus();
  await page.keyboard.press('Delete');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await page.locator('article.article h1').click();
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(orphanCard).toContainText('Passage not found in the current text.');
  await expect.poll(() => highlightedTexts(page)).toEqual([KEPT]);

  // Redo and undo again: the same.
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(orphanCard).toContainText('Passage not found in the current text.');
  await expect.poll(() => highlightedTexts(page)).toEqual([KEPT]);
});

test('export a document as Markdown and the library as CSV, each with its provenance', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  await highlight(page, 'Growing convergence');
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });

  const { fileName, text: markdown } = await exportFromPanel(page, { format: 'Markdown' });
  expect(fileName).toMatch(/\.annotations\.md$/);
  expect(markdown).toMatch(/^---\ntitle: ".+"\n/);
  expect(markdown).toMatch(/content_sha256: "[0-9a-f]{64}"/);
  expect(markdown).toMatch(/generator: "Marginalia \d+\.\d+\.\d+"/);
  expect(markdown).toContain('> Growing convergence');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  await dialog.getByLabel('CSV').check();
  await dialog.getByLabel('The whole library').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('library.annotations.csv');
  const [header, row] = (await readFile((await saved.path())!, 'utf8')).split('\r\n');
  expect(header!.split(',')).toEqual(expect.arrayContaining(['document', 'quote', 'content_sha256', 'generator']));
  expect(row).toContain('Growing convergence');
});

test('grade a highlight B2 by key, filter by it, export it with its note, tags and provenance, and import it back', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await highlight(page, FIRST);
  await highlight(page, SECOND);
  const first = panel.locator('li.annotation').filter({ hasText: FIRST });
  await first.getByRole('button', { name: 'Add note' }).click();
  await panel.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Check against the ministry statement');
  await page.keyboard.press('Control+Enter');
  await addTag(first, 'ministry claims');
  await first.getByRole('button', { name: /“/ }).focus();
  await page.keyboard.press('g');
  const field = panel.getByRole('textbox', { name: /Grade/ });
  await expect(field).toBeFocused();
  await field.fill('b2');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.grade-badge')).toHaveText('B2');

  await panel.getByRole('combobox', { name: 'Filter by grade' }).selectOption('B2');
  await expect(panel.locator('li.annotation')).toHaveCount(1);
  await expect(panel.locator('li.annotation')).toContainText(FIRST);
  await panel.getByRole('combobox', { name: 'Filter by grade' }).selectOption('ungraded');
  await expect(panel.locator('li.annotation')).toHaveCount(1);
  await expect(panel.locator('li.annotation')).toContainText(SECOND);
  await panel.getByRole('combobox', { name: 'Filter by grade' }).selectOption('');

  // Markdown and CSV: the quote, its note, the grade, and where the text came from.
  const markdown = (await exportFromPanel(page, { format: 'Markdown' })).text;
  expect(markdown).toContain(`> ${FIRST}`);
  expect(markdown).toContain('Check against the ministry statement');
  expect(markdown).toMatch(/grade: B2/);
  expect(markdown).toContain('#ministry-claims');
  expect(markdown).toMatch(/content_sha256: "?[0-9a-f]{64}/);
  expect(markdown).toMatch(/generator: "Marginalia \d+\.\d+\.\d+"/);
  const records = csvRecords((await exportFromPanel(page, { format: 'CSV' })).text);
  const row = records.find((r) => r.quote === FIRST)!;
  const cell = (name: string) => row[name];
  expect(cell('note')).toBe('Check against the ministry statement');
  expect(cell('grade')).toBe('B2');
  expect(cell('tags')).toBe('ministry claims');
  expect(cell('content_sha256')).toMatch(/^[0-9a-f]{64}$/);
  expect(cell('generator')).toMatch(/^Marginalia \d+\.\d+\.\d+$/);

  // JSON-LD: an assessing body, which an import reads back as the grade.
  const exported = JSON.parse((await exportFromPanel(page)).text);
  const graded = readersAnnotations(exported).find((i) => JSON.stringify(i.body ?? '').includes('assessing'));
  expect([graded.body].flat()).toContainEqual(expect.objectContaining({ purpose: 'assessing', value: 'B2' }));
  await first.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.locator('.grade-badge')).toHaveCount(0);
  await page.getByTestId('annotation-file-input').setInputFiles({
    name: 'graded.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await expect(dialog.getByTestId('import-added')).toHaveText('1 new');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(first.locator('.grade-badge')).toHaveText('B2');
  await expect(first.locator('.note')).toHaveText('Check against the ministry statement');
  await expect(first.locator('.tag')).toContainText(['ministry claims']);
});
