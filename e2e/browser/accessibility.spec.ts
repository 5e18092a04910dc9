/**
 * axe-core over every view and dialog, in the light and the dark theme: no
 * serious or critical violation (contrast, names, roles, focus) may appear.
 */
import type { Page } from '@playwright/test';
import { selectText } from './article-helpers.ts';
import { seriousViolations } from './axe.ts';
import { expect, test } from './host-fixture.ts';

const NOTE = 'Compare with the **December** statement.';

/** The sample with a highlight and a graded note, so cards, marks, notes and grades are scanned too. */
async function annotated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await selectText(page, 'Growing convergence between defunct');
  await page.keyboard.press('h');
  await selectText(page, 'Islamabad looks at this as a positive development');
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused();
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.annotations-panel .note strong')).toHaveText('December');
  await page.keyboard.press('g');
  await page.keyboard.type('b2');
  await page.keyboard.press('Enter');
  await expect(page.locator('.annotations-panel .grade-badge')).toHaveText('B2');
  await expect(page.locator('.entities-panel .entity').first()).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the reading view, its popovers and the shortcut sheet', async ({ page, host }) => {
      await annotated(page, host.url);
      expect(await seriousViolations(page), 'reading view').toEqual([]);

      await selectText(page, 'Both the outlawed terror outfits');
      expect(await seriousViolations(page), 'selection toolbar').toEqual([]);
      await page.getByRole('button', { name: 'Mark as entity…' }).click();
      await expect(page.getByRole('dialog', { name: 'Mark as entity' })).toBeVisible();
      expect(await seriousViolations(page), 'mark as entity').toEqual([]);
      await page.keyboard.press('Escape');

      // The note editor, and its question before changes are thrown away.
      const card = page.locator('.annotations-panel li').nth(1);
      await card.getByRole('button', { name: 'Edit note' }).click();
      await expect(card.getByRole('textbox')).toBeFocused();
      await page.keyboard.type(' <img src=x>');
      await page.keyboard.press('Escape');
      await expect(card.getByRole('button', { name: 'Keep editing' })).toBeFocused();
      expect(await seriousViolations(page), 'note editor').toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Enter');

      await page.locator('.entities-panel .entity-edit').first().click();
      expect(await seriousViolations(page), 'entity editor').toEqual([]);
      await page.keyboard.press('Escape');

      await page.locator('article.article').focus();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await seriousViolations(page), 'shortcut sheet').toEqual([]);
      await page.keyboard.press('Escape');

      await page.keyboard.press('\\');
      expect(await seriousViolations(page), 'focus mode').toEqual([]);
    });

    test('the tag field, the colour legend, the search over every note, the entity index and the timeline', async ({
      page,
      host,
    }) => {
      await annotated(page, host.url);
      const card = page.locator('.annotations-panel li').nth(1);
      await card.getByRole('combobox', { name: 'Add a tag' }).fill('statements');
      await card.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
      await page.locator('.annotations-panel li').first().getByRole('combobox', { name: 'Add a tag' }).fill('st');
      await expect(page.getByRole('option', { name: 'statements' })).toBeVisible();
      await page.getByText('Name the colours…').click();
      expect(await seriousViolations(page), 'tag suggestions and colour legend').toEqual([]);
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+Shift+F');
      const search = page.getByRole('main', { name: 'Search all notes' });
      await search.getByRole('searchbox', { name: 'Search all notes' }).fill('december');
      await expect(search.locator('.search-hit')).toHaveCount(1);
      expect(await seriousViolations(page), 'search view').toEqual([]);

      await page.getByRole('button', { name: 'Entity index' }).click();
      const index = page.getByRole('main', { name: 'People, organizations and places' });
      await expect(index.getByText('1 of 1 documents indexed')).toBeVisible({ timeout: 30_000 });
      await index.locator('.index-entity').first().click();
      await index.getByText('Correct in every document…').click();
      expect(await seriousViolations(page), 'entity index').toEqual([]);

      await page.getByRole('button', { name: 'Timeline' }).click();
      const timeline = page.getByRole('main', { name: 'Timeline' });
      await expect(timeline.locator('.timeline-event').first()).toBeVisible();
      expect(await seriousViolations(page), 'article timeline').toEqual([]);
      await timeline.getByRole('button', { name: 'Whole library' }).click();
      await expect(timeline.getByText('Every document’s dates')).toBeVisible();
      expect(await seriousViolations(page), 'library timeline').toEqual([]);
    });

    test('the export dialog, the library, its delete dialog and the annotation import preview', async ({
      page,
      host,
    }) => {
      await annotated(page, host.url);
      // An export to import back, for the preview dialog.
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export annotations' });
      await expect(dialog).toBeVisible();
      expect(await seriousViolations(page), 'export dialog').toEqual([]);
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      const exported = await (await download).path();
      await page.getByTestId('annotation-file-input').setInputFiles(exported);
      await expect(page.getByRole('dialog', { name: 'Import annotations' })).toBeVisible();
      expect(await seriousViolations(page), 'import preview').toEqual([]);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Library' }).click();
      const library = page.getByRole('main', { name: 'Library' });
      await expect(library.getByRole('listitem')).toHaveCount(1);
      expect(await seriousViolations(page), 'library').toEqual([]);
      await library.getByRole('button', { name: /^Delete/ }).click();
      await expect(page.getByRole('dialog', { name: 'Delete document' })).toBeVisible();
      expect(await seriousViolations(page), 'delete dialog').toEqual([]);
    });
  });
}
