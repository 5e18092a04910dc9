/**
 * A Markdown file as a reader opens it: headings, nested lists, a table, code
 * and links are shown as such, with no Markdown syntax in the text; a
 * highlight runs across a list item and the paragraph after it; the export
 * quotes exactly the text highlighted.
 */
import { expect, test } from './host-fixture.ts';
import { exportFromPanel, highlightedTexts, readersAnnotations, selectText } from './article-helpers.ts';

const MARKDOWN = `# Harbour budget passes

## What changed

The council approved the **harbour budget** on Tuesday, after a [public hearing](https://council.example/hearing).

- Dredging starts in *spring*
  - the north channel first
  - then the south basin
- The ferry fare stays the same

After the list, a paragraph about what comes next.

### Costs

| Item | Cost |
| --- | ---: |
| Dredging | 4.2 m |
| Ferry | 1.1 m |

\`\`\`
total = 4.2 + 1.1
\`\`\`

> Quoted from the minutes.
`;

test('a Markdown file is laid out, highlighted across a list item and a paragraph, and exported', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.locator('article.article h1')).toBeVisible();
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'budget.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) });
  const article = page.locator('article.article');
  await expect(article.locator('h1')).toHaveText('Harbour budget passes');

  await expect(article.locator('h2')).toHaveText('What changed');
  await expect(article.locator('h3')).toHaveText('Costs');
  await expect(article.locator('ul > li')).toHaveCount(4); // two items, one holding a list of two
  await expect(article.locator('ul > li > ul > li')).toHaveText(['the north channel first', 'then the south basin']);
  await expect(article.locator('li em')).toHaveText('spring');
  await expect(article.locator('strong')).toHaveText('harbour budget');
  const link = article.getByRole('link', { name: 'public hearing' });
  await expect(link).toHaveAttribute('href', 'https://council.example/hearing');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(article.locator('table th')).toHaveText(['Item', 'Cost']);
  await expect(article.locator('table td')).toHaveText(['Dredging', '4.2 m', 'Ferry', '1.1 m']);
  await expect(article.locator('pre')).toHaveText('total = 4.2 + 1.1');
  await expect(article.locator('blockquote')).toHaveText('Quoted from the minutes.');
  for (const syntax of ['##', '**', '](', '| ---', '```']) await expect(article).not.toContainText(syntax);

  // A highlight from the last list item into the paragraph after the list.
  await selectText(page, 'fare stays the same\n\nAfter the list');
  await page.keyboard.press('h');
  await expect.poll(() => highlightedTexts(page)).toEqual(['fare stays the sameAfter the list']);
  await expect(article.locator('li mark')).toHaveText('fare stays the same');
  await expect(article.locator(':scope > p mark')).toHaveText('After the list');

  // The export quotes the text exactly, the line break between the blocks included.
  const [annotation] = readersAnnotations(JSON.parse((await exportFromPanel(page)).text));
  const [quote, position] = annotation.target.selector;
  expect(quote.exact).toBe('fare stays the same\n\nAfter the list');
  expect(quote.prefix.endsWith('The ferry ')).toBe(true);
  expect(quote.suffix.startsWith(', a paragraph')).toBe(true);
  expect(position.end - position.start).toBe(quote.exact.length);
});
