/**
 * Across the library (issue 16): tags and named colours, the search over
 * every note, and the entity index over several articles.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES_DIR } from '../../test-fixtures/fixtures.ts';
import { addTag, selectText } from './article-helpers.ts';
import { expect, test } from './host-fixture.ts';

const ARTICLES = {
  port: { file: 'port-deal.txt', title: 'Māori trust signs port deal in Tauranga' },
  council: { file: 'council-costs.txt', title: 'Council questions the cost of a new berth' },
  wharf: { file: 'second-wharf.txt', title: 'Harbour trust plans a second wharf' },
};

const article = (page: Page) => page.locator('article.article');
const annotations = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

/** Opens a fixture through the file picker, as "Open file…" does, and waits for it to show. */
async function openFile(page: Page, which: keyof typeof ARTICLES): Promise<void> {
  await page.getByTestId('document-file-input').setInputFiles(join(FIXTURES_DIR, 'workspace', ARTICLES[which].file));
  await expect(article(page).locator('h1')).toHaveText(ARTICLES[which].title);
}

test('tags and a named colour: the search finds notes of every document, and Enter opens the passage', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(article(page).locator('h1')).toBeVisible();

  // First document: select, press t, type a tag.
  await openFile(page, 'port');
  await selectText(page, 'Aroha Ngata, who chairs the Māori trust');
  await page.keyboard.press('t');
  const tagField = annotations(page).getByRole('combobox', { name: 'Add a tag' });
  await expect(tagField).toBeFocused();
  await page.keyboard.type('port deal');
  await page.keyboard.press('Enter');
  const firstCard = annotations(page).locator('li.annotation');
  await expect(firstCard.getByRole('list', { name: 'Tags' })).toHaveText(/port deal/);
  // Backspace in the empty field takes the last tag off; undo puts it back.
  await page.keyboard.type('typo');
  await page.keyboard.press('Enter');
  await expect(firstCard.locator('.tag')).toHaveCount(2);
  await page.keyboard.press('Backspace');
  await expect(firstCard.locator('.tag')).toHaveCount(1);
  // t on a highlight clicked in the article focuses its card's tag field.
  await page.keyboard.press('Escape');
  await article(page).locator('mark.hl').first().click();
  await page.keyboard.press('t');
  await expect(tagField).toBeFocused();
  await page.keyboard.press('Escape');
  // Graded B2 on its card, for the search's grade filter.
  await firstCard.getByRole('button', { name: 'Grade' }).click();
  await page.keyboard.type('b2');
  await page.keyboard.press('Enter');
  await expect(firstCard.locator('.grade-badge')).toHaveText('B2');

  // Second document: a highlight with a note, then a tag picked from the library's tags as it is typed.
  await openFile(page, 'council');
  await selectText(page, 'the trust would not pay for overruns');
  await page.keyboard.press('n');
  await annotations(page).getByRole('textbox', { name: 'Note (Markdown)' }).fill('The Māori trust draws a line');
  await page.keyboard.press('Control+Enter');
  const secondCard = annotations(page).locator('li.annotation');
  const field = secondCard.getByRole('combobox', { name: 'Add a tag' });
  await field.click();
  await field.pressSequentially('po');
  await expect(secondCard.getByRole('option', { name: 'port deal' })).toBeVisible();
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(secondCard.getByRole('list', { name: 'Tags' })).toHaveText(/port deal/);
  // A tag's × removes it.
  await addTag(secondCard, 'costs');
  await secondCard.getByRole('button', { name: 'Remove tag costs' }).click();
  await expect(secondCard.locator('.tag')).toHaveCount(1);

  // Name a colour; the toolbar, the cards and the filters say it; recolour the second highlight to it.
  await annotations(page).getByText('Name the colours…').click();
  await annotations(page).getByLabel('Name for Pink').fill('question');
  await annotations(page).getByLabel('Name for Pink').press('Enter');
  await secondCard.getByRole('button', { name: 'question', exact: true }).click();
  await expect(article(page).locator('mark.hl-pink')).toHaveText('the trust would not pay for overruns');
  await expect(annotations(page).getByRole('button', { name: 'Show question' })).toBeVisible();
  await selectText(page, 'A decision on the extra spending');
  await expect(page.getByRole('button', { name: 'Highlight question' })).toHaveAttribute(
    'title',
    'Highlight question (pink) (H)',
  );
  await page.keyboard.press('Escape');

  // Ctrl+Shift+F: the search over every note.
  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('main', { name: 'Search all notes' });
  const box = search.getByRole('searchbox', { name: 'Search all notes' });
  await expect(box).toBeFocused();
  await search.getByLabel('Tag').selectOption('port deal');
  const quotes = search.locator('.search-hit-quote');
  await expect(quotes).toHaveText(
    ['“the trust would not pay for overruns”', '“Aroha Ngata, who chairs the Māori trust”'].sort().reverse(),
  );
  await search.getByRole('button', { name: 'Clear filters' }).click();
  // Accent-free: "maori" finds the quote of one and the note of the other, grouped by document.
  await box.fill('maori trust');
  await expect(search.locator('.search-group h3')).toHaveCount(2);
  for (const { title } of [ARTICLES.port, ARTICLES.council]) {
    await expect(search.getByRole('listitem', { name: title })).toBeVisible();
  }
  await expect(search.getByText('The Māori trust draws a line')).toBeVisible();
  // The named colour filters.
  await search.getByRole('button', { name: 'Only question' }).click();
  await expect(quotes).toHaveText(['“the trust would not pay for overruns”']);
  await search.getByRole('button', { name: 'Only question' }).click();
  await expect(quotes).toHaveCount(2);
  // And the grade: any B grade, then the ungraded.
  await search.getByLabel('Grade').selectOption('B');
  await expect(quotes).toHaveText(['“Aroha Ngata, who chairs the Māori trust”']);
  await expect(search.locator('.grade-chip')).toHaveText('B2');
  await search.getByLabel('Grade').selectOption('ungraded');
  await expect(quotes).toHaveText(['“the trust would not pay for overruns”']);
  await search.getByRole('button', { name: 'Clear filters' }).click();

  // Enter on the other document's result opens it at the passage, flashing.
  await page.getByRole('button', { name: 'Library' }).click(); // somewhere else first
  await page.keyboard.press('Control+Shift+F');
  await expect(box).toHaveValue('maori trust');
  await openFile(page, 'wharf');
  await page.keyboard.press('Control+Shift+F');
  const hit = search.locator('.search-group', { hasText: ARTICLES.council.title }).locator('.search-hit');
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect(article(page).locator('h1')).toHaveText(ARTICLES.council.title);
  const mark = article(page).locator('mark.hl-pink');
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/flash/);

  // Tags and colour names outlive a restart, and travel in the export.
  await host.restart();
  await page.goto(host.url);
  await expect(annotations(page).locator('li.annotation').getByRole('list', { name: 'Tags' })).toHaveText(/port deal/);
  const download = page.waitForEvent('download');
  await annotations(page).getByRole('button', { name: 'Export…' }).click();
  await page
    .getByRole('dialog', { name: 'Export annotations' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(exported['marginalia:colorNames']).toEqual({ pink: 'question' });
  expect(exported.first.items[0].body).toContainEqual({ type: 'TextualBody', value: 'port deal', purpose: 'tagging' });
});

test('the entity index joins a person across three articles, opens each at the first mention, and follows a library-wide correction', async ({
  page,
  host,
}) => {
  // Three articles imported but never opened: the index extracts them in the background.
  for (const { file } of Object.values(ARTICLES)) {
    const text = await readFile(join(FIXTURES_DIR, 'workspace', file), 'utf8');
    const response = await page.request.post(`${host.url}api/document:import-text`, { data: { text } });
    expect((await response.json()).ok).toBe(true);
  }
  await page.goto(host.url);
  await expect(article(page).locator('h1')).toBeVisible();
  await page.getByRole('button', { name: 'Entity index' }).click();
  const index = page.getByRole('main', { name: 'People, organizations and places' });
  await expect(index.getByText('4 of 4 documents indexed')).toBeVisible({ timeout: 60_000 });

  await index.locator('.index-entity', { hasText: 'Aroha Ngata' }).click();
  const details = index.getByRole('region', { name: 'Entity details' });
  await expect(details.getByRole('heading', { name: 'Aroha Ngata' })).toBeVisible();
  // Newest first.
  await expect(details.locator('.index-document')).toHaveText([
    ARTICLES.wharf.title,
    ARTICLES.council.title,
    ARTICLES.port.title,
  ]);
  await expect(details.locator('.appears-with-entity')).toContainText(['Bay of Plenty Regional Council']);

  // A document opens at the entity's first mention, cycling on from there in the side panel.
  await details.locator('.index-document', { hasText: ARTICLES.council.title }).click();
  await expect(article(page).locator('h1')).toHaveText(ARTICLES.council.title);
  const entities = page.getByRole('complementary', { name: 'Entities' });
  const row = entities.locator('.entity-item', { hasText: 'Aroha Ngata' });
  await expect(row.getByRole('status')).toHaveText('1 of 2');
  await expect(article(page).locator('.ent-current')).toHaveText('Aroha Ngata');
  await expect(article(page).locator('.ent-current')).toBeInViewport();
  await row.locator('button.entity').click();
  await expect(row.getByRole('status')).toHaveText('2 of 2');
  await expect(article(page).locator('.ent-current')).toHaveText('Ngata');

  // "Always treat Tauranga as an organisation", from this article's panel: every document, and the index, follow.
  await entities
    .locator('.entity-item', { hasText: 'Tauranga' })
    .getByRole('button', { name: 'Edit Tauranga' })
    .click();
  const editor = entities.getByRole('group', { name: 'Correct Tauranga' });
  await editor.getByLabel('In every document').check();
  await editor.getByLabel('Type').selectOption('organization');
  await editor.getByRole('button', { name: 'Change type' }).click();
  await expect(entities.getByRole('region', { name: /^Organizations/ })).toContainText('Tauranga');
  await page.getByRole('button', { name: 'Entity index' }).click();
  await index.getByRole('tab', { name: /Organizations/ }).click();
  await expect(index.locator('.index-entity', { hasText: 'Tauranga' })).toContainText('3 docs');
  await index.getByRole('tab', { name: /Places/ }).click();
  await expect(index.locator('.index-entity', { hasText: 'Tauranga' })).toHaveCount(0);

  // The network exports as JSON nodes and edges.
  const download = page.waitForEvent('download');
  await index.getByRole('button', { name: 'JSON' }).click();
  const graph = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(graph.nodes).toContainEqual(expect.objectContaining({ label: 'Aroha Ngata', type: 'person', documents: 3 }));
  expect(graph.edges.length).toBeGreaterThan(0);

  // Renamed in every document from the index itself; undo gives the name back.
  await index.getByRole('tab', { name: /People/ }).click();
  await index.locator('.index-entity', { hasText: 'Sam Reid' }).click();
  await details.getByText('Correct in every document…').click();
  await details.getByLabel('Call it').fill('Samuel Reid');
  await details.getByRole('button', { name: 'Rename everywhere' }).click();
  await expect(index.locator('.index-entity', { hasText: 'Samuel Reid' })).toContainText('2 docs');
  await expect(details.getByRole('heading', { name: 'Samuel Reid' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(index.locator('.index-entity', { hasText: 'Sam Reid' })).toContainText('2 docs');
  await expect(index.locator('.index-entity', { hasText: 'Samuel Reid' })).toHaveCount(0);
});
