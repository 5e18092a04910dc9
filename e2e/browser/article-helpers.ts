import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * Selects the `occurrence`-th appearance of `phrase` in the article, the way a
 * reader's drag would: one DOM Range over the text nodes, even across
 * paragraphs and existing highlights. `phrase` may contain "\n\n" for a
 * paragraph break.
 */
export async function selectText(page: Page, phrase: string, occurrence = 0): Promise<void> {
  await page.locator('article.article h1').waitFor();
  await page.evaluate(
    ({ phrase, occurrence }) => {
      const root = document.querySelector('article.article')!;
      const blocks = [...root.querySelectorAll<HTMLElement>('[data-start]')];
      // Rebuild the document text from the blocks, remembering each text node's offset.
      const nodes: Array<{ node: Text; start: number }> = [];
      let text = '';
      for (const block of blocks) {
        const blockStart = Number(block.dataset.start);
        text = text.padEnd(blockStart, '\n');
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, start: text.length });
          text += node.data;
        }
      }
      let index = -1;
      for (let i = 0; i <= occurrence; i++) index = text.indexOf(phrase, index + 1);
      if (index < 0) throw new Error(`phrase not in the article: ${phrase}`);
      // No named helper functions in here: tsx would wrap them in a `__name` call the page lacks.
      const points: Array<{ node: Text; offset: number }> = [];
      for (const [offset, preferEnd] of [
        [index, false],
        [index + phrase.length, true],
      ] as const) {
        const entry = nodes.find(
          (e) =>
            offset >= e.start &&
            (offset < e.start + e.node.data.length || (preferEnd && offset === e.start + e.node.data.length)),
        );
        if (!entry) throw new Error(`offset ${offset} not in a text node`);
        points.push({ node: entry.node, offset: offset - entry.start });
      }
      const [from, to] = points as [{ node: Text; offset: number }, { node: Text; offset: number }];
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { phrase, occurrence },
  );
  // selectionchange fires asynchronously; the toolbar shows once the app has the selection.
  await page.locator('.selection-toolbar').waitFor();
}

/** The text of each highlight mark, merged across adjacent marks of one annotation. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>('article.article mark[data-ids]')) {
      for (const id of mark.dataset.ids!.split(' ')) byId.set(id, (byId.get(id) ?? '') + mark.textContent);
    }
    return [...byId.values()];
  });
}

/** The article's text before the caret (the selection's focus). */
export function textBeforeCaret(page: Page): Promise<string> {
  return page.evaluate(() => {
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(document.querySelector('article.article')!, 0);
    range.setEnd(selection.focusNode!, selection.focusOffset);
    return range.toString();
  });
}

/**
 * Presses `key` until the text before the caret ends with `before` (at most
 * `limit` times), as a reader moves the caret while watching the screen.
 */
export async function pressUntil(page: Page, key: string, before: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await textBeforeCaret(page)).endsWith(before)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`the caret never came after “${before}”`);
}

/** The first offset of the block at the top of the reading view: where the reader is. */
export function topBlockStart(page: Page): Promise<number> {
  return page.evaluate(() => {
    const top = document.querySelector('main.reading')!.getBoundingClientRect().top;
    const blocks = [...document.querySelectorAll<HTMLElement>('article.article [data-start]')];
    return Number(blocks.find((b) => b.getBoundingClientRect().bottom > top + 1)?.dataset.start);
  });
}

/** Selects the phrase and presses h, as a reader highlights it; waits until it is painted. */
export async function highlight(page: Page, phrase: string): Promise<void> {
  await selectText(page, phrase);
  await page.keyboard.press('h');
  await expect(page.locator('article.article mark.hl', { hasText: phrase.slice(0, 20) }).first()).toBeVisible();
}

/**
 * Exports through the Annotations panel's Export… dialog, as a reader does,
 * and returns the downloaded file's suggested name and text. JSON-LD unless `format` says otherwise.
 */
export async function exportFromPanel(
  page: Page,
  options: { format?: 'Markdown' | 'CSV'; library?: boolean } = {},
): Promise<{ fileName: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  if (options.format) await dialog.getByLabel(options.format).check();
  if (options.library) await dialog.getByLabel('The whole library').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const saved = await download;
  return { fileName: saved.suggestedFilename(), text: await readFile((await saved.path())!, 'utf8') };
}

/** The reader's own annotations in a JSON-LD export: the findings (entities, quotations) left out. */
export function readersAnnotations(exported: { first: { items: any[] } }): any[] {
  return exported.first.items.filter(
    (i: { motivation: string }) => i.motivation === 'highlighting' || i.motivation === 'commenting',
  );
}

/** The rows of an RFC 4180 CSV file as records keyed by its header. */
export function csvRecords(csv: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') cell += csv[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1)!.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      rows.at(-1)!.push(cell);
      cell = '';
      rows.push([]);
      i++;
    } else cell += c;
  }
  rows.at(-1)!.push(cell);
  const [header, ...records] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return records.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i] ?? ''])));
}

/** Tags the highlight whose card is `card` by typing into its tag field. */
export async function addTag(card: Locator, tag: string): Promise<void> {
  const field = card.getByRole('combobox', { name: 'Add a tag' });
  await field.fill(tag);
  await field.press('Enter');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText(tag);
}
