import type { Locator, Page } from '@playwright/test';
import { exportFromPanel, selectText } from './article-helpers.ts';
import { expect, test } from './host-fixture.ts';

const SECTIONS = ['People', 'Organizations', 'Places', 'Dates'] as const;

function entitiesPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Entities' });
}

function section(page: Page, heading: (typeof SECTIONS)[number] | 'Quotes'): Locator {
  return entitiesPanel(page).getByRole('region', { name: new RegExp(`^${heading} \\d+$`) });
}

/** The entity buttons of a section, as [name, mention count]. */
async function listed(page: Page, heading: (typeof SECTIONS)[number]): Promise<Array<[string, number]>> {
  const items = await section(page, heading)
    .locator('.entity')
    .evaluateAll((buttons) =>
      buttons.map((b) => [
        b.querySelector('.entity-name')!.textContent!,
        Number.parseInt(b.querySelector('.count')!.textContent!, 10),
      ]),
    );
  return items as Array<[string, number]>;
}

/** The mention marked as current in the article: its text and document offset. */
async function currentMention(page: Page): Promise<{ text: string; offset: number }> {
  return page.evaluate(() => {
    const mark = document.querySelector<HTMLElement>('article.article .ent-current')!;
    const block = mark.closest<HTMLElement>('[data-start]')!;
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEndBefore(mark);
    return { text: mark.textContent!, offset: Number(block.dataset.start) + range.toString().length };
  });
}

async function waitForEntities(page: Page): Promise<void> {
  await expect(section(page, 'Places')).toBeVisible();
}

test('the four sections list each entity once with its mention count; clicking cycles through its mentions', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await waitForEntities(page);

  for (const heading of SECTIONS) {
    const region = section(page, heading);
    await expect(region.getByRole('heading', { level: 3 })).toBeVisible();
    const items = await listed(page, heading);
    await expect(region.getByTestId('entity-section-count')).toHaveText(String(items.length));
    expect(new Set(items.map(([name]) => name)).size).toBe(items.length);
    for (const [, count] of items) expect(count).toBeGreaterThan(0);
  }
  expect((await listed(page, 'People')).length).toBeGreaterThan(0);
  expect((await listed(page, 'Places')).length).toBeGreaterThan(0);

  // Sorted by mention count by default: the first place is the most mentioned one.
  const places = await listed(page, 'Places');
  const counts = places.map(([, n]) => n);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  const [name, total] = places[0]!;
  expect(total).toBeGreaterThanOrEqual(3);

  const button = section(page, 'Places').locator('.entity').filter({ hasText: name }).first();
  const row = button.locator('xpath=..');
  await button.click();
  await expect(row.getByRole('status')).toHaveText(`1 of ${total}`);
  const current = page.locator('article.article .ent-current').first();
  await expect(current).toBeInViewport();
  const first = await currentMention(page);

  await button.click();
  await expect(row.getByRole('status')).toHaveText(`2 of ${total}`);
  await expect(current).toBeInViewport();
  const second = await currentMention(page);
  expect(second.offset).toBeGreaterThan(first.offset);

  // Keyboard: the entity is a button; Enter moves on again.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(row.getByRole('status')).toHaveText(`3 of ${total}`);
  // Down moves to the next entity; focusing it tints its mentions as hovering does.
  await page.keyboard.press('ArrowDown');
  await expect(section(page, 'Places').locator('.entity').nth(1)).toBeFocused();
  await expect(page.locator('article.article .ent-hover').first()).toBeVisible();

  // Sorting by name and filtering.
  await entitiesPanel(page).getByLabel('Sort by').selectOption('name');
  const byName = (await listed(page, 'Places')).map(([n]) => n);
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
  const countAll = async () => (await Promise.all(SECTIONS.map((h) => listed(page, h)))).flat().length;
  const before = await countAll();
  await entitiesPanel(page).getByRole('searchbox', { name: 'Filter entities' }).fill(name);
  await expect.poll(countAll).toBeLessThan(before);
  expect((await listed(page, 'Places')).map(([n]) => n)).toContain(name);
});

test('hovering tints an entity’s mentions; "Tint entities" paints all of them by type', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const [name, total] = (await listed(page, 'People'))[0]!;
  await section(page, 'People').locator('.entity').filter({ hasText: name }).first().hover();
  await expect(page.locator('article.article .ent-hover.ent-person')).toHaveCount(total);
  await page.locator('article.article h1').hover();
  await expect(page.locator('article.article .ent-hover')).toHaveCount(0);

  await entitiesPanel(page).getByLabel('Tint entities').check();
  for (const type of ['person', 'organization', 'place', 'date']) {
    await expect(page.locator(`article.article .ent.ent-${type}`).first()).toBeVisible();
  }
});

test('mark a missed name as a person; it survives a reload, and undo/redo are saved', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForEntities(page);
  await entitiesPanel(page).getByLabel('Tint entities').check();
  await expect(page.locator('article.article .ent').first()).toBeVisible();

  // A run of capitalised words in the article that no painted mention touches.
  const missed = await page.evaluate(() => {
    for (const block of document.querySelectorAll<HTMLElement>('article.article p[data-start]')) {
      const text = block.textContent ?? '';
      const painted: Array<[number, number]> = [];
      for (const span of block.querySelectorAll<HTMLElement>('.ent')) {
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(span);
        const start = range.toString().length;
        painted.push([start, start + span.textContent!.length]);
      }
      for (const match of text.matchAll(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu)) {
        const [start, end] = [match.index, match.index + match[0].length];
        if (painted.some(([s, e]) => s < end && e > start)) continue;
        block.scrollIntoView({ block: 'center' }); // so the selection toolbar shows on screen
        return match[0];
      }
    }
    return null;
  });
  expect(missed, 'the sample article has a capitalised name the extractor did not find').not.toBeNull();
  const name = missed!;
  const people = () => section(page, 'People').locator('.entity-name');
  await expect(people().filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(0);

  await selectText(page, name);
  await page.getByRole('button', { name: 'Mark as entity…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark as entity' });
  await dialog.getByRole('button', { name: 'Person', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(people().filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
  await expect(page.locator(`article.article .ent-person`).filter({ hasText: name }).first()).toBeVisible();

  // Undo removes it, redo puts it back; both are saved.
  await page.keyboard.press('Control+z');
  await expect(people().filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(people().filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(1);

  await page.reload();
  await waitForEntities(page);
  await expect(people().filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(1);

  // The export carries it as an identifying annotation, one target per mention.
  const exported = JSON.parse((await exportFromPanel(page)).text);
  const item = exported.first.items.find((i: any) => i.motivation === 'identifying' && i.body.value === name);
  expect(item.body['marginalia:entityType']).toBe('person');
  expect(item.target.length).toBeGreaterThan(0);
  for (const target of item.target) {
    expect(target.selector.map((s: any) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(target.selector[0].exact).toBe(name);
  }
  expect(exported.total).toBe(exported.first.items.length);
});

test('rename, change type and remove an entity, each undoable and kept after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const [name] = (await listed(page, 'People'))[0]!;
  const row = (heading: (typeof SECTIONS)[number], text: string) =>
    section(page, heading)
      .locator('.entity-item')
      .filter({ has: page.locator('.entity-name', { hasText: new RegExp(`^${text}$`) }) });

  // Rename.
  await row('People', name)
    .getByRole('button', { name: `Edit ${name}` })
    .click();
  await row('People', name).getByLabel('Name').fill('Renamed Person');
  await row('People', name).getByRole('button', { name: 'Rename' }).click();
  await expect(row('People', 'Renamed Person')).toHaveCount(1);
  await expect(row('People', name)).toHaveCount(0);

  // Change its type to place.
  await row('People', 'Renamed Person').getByRole('button', { name: 'Edit Renamed Person' }).click();
  await row('People', 'Renamed Person').getByLabel('Type').selectOption('place');
  await row('People', 'Renamed Person').getByRole('button', { name: 'Change type' }).click();
  await expect(row('Places', 'Renamed Person')).toHaveCount(1);

  // Remove it; undo brings it back.
  await row('Places', 'Renamed Person').getByRole('button', { name: 'Edit Renamed Person' }).click();
  await row('Places', 'Renamed Person')
    .getByRole('button', { name: /remove/ })
    .click();
  await expect(row('Places', 'Renamed Person')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(row('Places', 'Renamed Person')).toHaveCount(1);

  await page.reload();
  await waitForEntities(page);
  await expect(row('Places', 'Renamed Person')).toHaveCount(1);
  await expect(row('People', name)).toHaveCount(0);
});

test('a selection added as another name of an entity counts among its mentions', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const [name, count] = (await listed(page, 'People'))[0]!;
  // An unpainted word to add: the article's first capitalised word that no mention covers.
  await entitiesPanel(page).getByLabel('Tint entities').check();
  const word = await page.evaluate(() => {
    const block = document.querySelector<HTMLElement>('article.article p.block-paragraph')!;
    const painted = new Set([...block.querySelectorAll('.ent')].map((s) => s.textContent));
    const text = [...block.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join(' ');
    const found = [...text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0]).find((w) => !painted.has(w));
    block.scrollIntoView({ block: 'center' });
    return found ?? null;
  });
  expect(word).not.toBeNull();
  const occurrences = await page.evaluate((w) => {
    const text = document.querySelector('article.article')!.textContent!;
    return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu'))].length;
  }, word!);

  await selectText(page, word!);
  await page.getByRole('button', { name: 'Mark as entity…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark as entity' });
  await dialog.getByLabel('or another name of').selectOption({ label: name });
  await dialog.getByRole('button', { name: 'Add as alias' }).click();
  const button = section(page, 'People')
    .locator('.entity')
    .filter({ has: page.locator('.entity-name', { hasText: new RegExp(`^${name}$`) }) });
  await expect(button.locator('.count')).toHaveText(new RegExp(`^${count + occurrences}(?!\\d)`));
  await expect(button).toHaveAttribute('title', new RegExp(word!));

  await page.keyboard.press('Control+z');
  await expect(button.locator('.count')).toHaveText(new RegExp(`^${count}(?!\\d)`));
});

test('each document opened gets its own entities, one after another', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const samplePlaces = await listed(page, 'Places');

  // A second document: the extraction worker of the first serves it too.
  const text =
    'Talks in Lisbon\n\nAngela Merkel met Emmanuel Macron in Lisbon on Monday. Merkel said the talks in Lisbon went well.\n';
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'talks.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.locator('article.article h1')).toHaveText('Talks in Lisbon');
  await expect.poll(() => listed(page, 'Places')).toEqual([['Lisbon', 3]]);
  expect((await listed(page, 'People')).map(([name]) => name)).toEqual(
    expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron']),
  );

  // And back: the sample's entities again.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page
    .getByRole('main', { name: 'Library' })
    .getByRole('listitem')
    .filter({ hasNotText: 'Talks in Lisbon' })
    .getByRole('button')
    .first()
    .click();
  await expect.poll(() => listed(page, 'Places')).toEqual(samplePlaces);
});

test('a long document is shared out over several entity workers and its entities merged across the parts', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  // About 420,000 characters: two workers on a machine with two cores or more.
  const filler = 'The committee met again to weigh the evidence, and the witnesses waited outside. '.repeat(20);
  const paragraphs = Array.from({ length: 250 }, (_, i) => `Part ${i + 1}. ${filler}`);
  paragraphs[0] = `Talla Brenvik opened the inquiry in Lisbon on Monday. ${filler}`;
  paragraphs[249] = `In the end, Brenvik closed the inquiry in Lisbon. ${filler}`;
  const text = `A long inquiry\n\n${paragraphs.join('\n\n')}\n`;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(host.url);
  await waitForEntities(page);
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'inquiry.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.locator('article.article h1')).toHaveText('A long inquiry');
  await expect.poll(() => listed(page, 'People'), { timeout: 90_000 }).toEqual([['Talla Brenvik', 2]]);
  expect(await listed(page, 'Places')).toEqual([['Lisbon', 2]]);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  if (cores >= 2) expect(workers.filter((url) => url.includes('extract.worker')).length).toBeGreaterThanOrEqual(2);
});

test('the Quotes section lists who said what; a person lists their quotes; a click scrolls to the quotation', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const quotesSection = section(page, 'Quotes');
  await expect(quotesSection.locator('.quote').first()).toBeVisible();
  const first = quotesSection.locator('.quote').first();
  const speaker = (await first.locator('.quote-speaker-name').textContent())!;
  expect(speaker).not.toBe('Unattributed');
  const quoted = (await first.locator('.quote-text').textContent())!.replace(/^“|”$/g, '');
  await first.click();
  const shown = page.locator('article.article .quote-current');
  await expect(shown.first()).toBeInViewport();
  expect((await shown.allTextContents()).join('')).toBe(quoted);

  // A speaker not named beside the words is marked as inferred, with why on hover; a named one is not.
  const marked = quotesSection.locator('.quote').filter({ has: page.locator('.quote-basis') });
  await expect(marked.first().locator('.quote-basis')).toHaveText('inferred');
  await expect(marked.first().locator('.quote-basis')).toHaveAttribute('title', /pronoun, a role/);
  expect(await marked.count()).toBeLessThan(await quotesSection.locator('.quote').count());

  // The speaker's own entry lists the same quotation.
  const person = section(page, 'People').locator('.entity-item').filter({ hasText: speaker });
  await person.getByRole('button', { name: /quotes? by / }).click();
  await expect(person.locator('.quote-text').first()).toHaveText(`“${quoted}”`);

  // The JSON-LD export carries it as a describing annotation naming the speaker.
  const exported = JSON.parse((await exportFromPanel(page)).text);
  const said = exported.first.items.filter((i: any) => i.motivation === 'describing');
  const item = said.find((i: any) => i.target.selector[0].exact === quoted);
  expect(item.body['marginalia:quotation'].speaker).toBe(speaker);
  // …and says, as the panel does, whether that speaker was named beside the words or inferred.
  const firstInferred = (await first.locator('.quote-basis').count()) > 0;
  expect(item.body['marginalia:quotation'].speakerBasis).toBe(firstInferred ? 'inferred' : 'named');
  const entity = exported.first.items.find((i: any) => i.id === item.body['marginalia:quotation'].speakerEntity);
  expect(entity.body.value).toBe(speaker);
});

test('the reader changes who said a quotation: shown as their choice, listed under the person, kept, exported, undone', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const item = section(page, 'Quotes').locator('.quote-list > li').first();
  await expect(item).toBeVisible();
  const found = (await item.locator('.quote-speaker-name').textContent())!;
  const quoted = (await item.locator('.quote-text').textContent())!.replace(/^“|”$/g, '');

  const change = item.getByRole('button', { name: /^Change who said/ });
  await change.click();
  const picker = item.getByRole('form', { name: 'Who said this' });
  const choice = picker.getByLabel('Said by');
  await expect(choice).toBeFocused();
  const people = await choice.locator('optgroup[label="People"] option').allTextContents();
  const other = people.find((name) => name !== found)!;
  expect(other).toBeTruthy();
  await choice.selectOption({ label: other });
  await picker.getByRole('button', { name: 'Save' }).click();
  await expect(picker).toHaveCount(0);
  await expect(change).toBeFocused();
  await expect(item.locator('.quote-speaker-name')).toHaveText(other);
  await expect(item.locator('.quote-basis')).toHaveText('your choice');

  // The person chosen lists it among their quotes.
  const person = section(page, 'People').locator('.entity-item').filter({ hasText: other });
  await person.getByRole('button', { name: /quotes? by / }).click();
  await expect(person.locator('.quote-text')).toContainText([`“${quoted}”`]);

  // Undo puts back the speaker found; redo the reader's choice.
  await page.keyboard.press('Control+z');
  await expect(item.locator('.quote-speaker-name')).toHaveText(found);
  await page.keyboard.press('Control+Shift+z');
  await expect(item.locator('.quote-speaker-name')).toHaveText(other);

  // Escape closes the picker without a change; "nobody the article names" is a choice too, and undone.
  await change.click();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(item.locator('.quote-speaker-name')).toHaveText(other);
  await change.click();
  await choice.selectOption({ label: 'Nobody the article names' });
  await picker.getByRole('button', { name: 'Save' }).click();
  await expect(item.locator('.quote-speaker-name')).toHaveText('Unattributed');
  await expect(item.locator('.quote-basis')).toHaveText('your choice');
  await page.keyboard.press('Control+z');
  await expect(item.locator('.quote-speaker-name')).toHaveText(other);

  // Kept in the library: a reload shows the choice.
  await page.reload();
  await waitForEntities(page);
  const again = section(page, 'Quotes').locator('.quote-list > li').first();
  await expect(again.locator('.quote-speaker-name')).toHaveText(other);
  await expect(again.locator('.quote-basis')).toHaveText('your choice');

  // The JSON-LD export says the reader chose the speaker.
  const exported = JSON.parse((await exportFromPanel(page)).text);
  const said = exported.first.items.find(
    (i: any) => i.motivation === 'describing' && i.target.selector[0].exact === quoted,
  );
  expect(said.body['marginalia:quotation']).toMatchObject({ speaker: other, speakerBasis: 'reader' });
});

test('the reader reviews only the speakers to check, and each one answered leaves the list', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForEntities(page);
  const quotesSection = section(page, 'Quotes');
  const items = quotesSection.locator('.quote-list > li');
  await expect(items.first()).toBeVisible();
  const all = await items.count();
  const speakers = await items.locator('.quote-speaker').allTextContents();
  const toCheck = speakers.filter((s) => s.endsWith('inferred') || s === 'Unattributed').length;
  expect(toCheck).toBeGreaterThan(0);
  expect(toCheck).toBeLessThan(all);

  const filter = quotesSection.getByLabel(/Only speakers to check/);
  await expect(filter).toBeVisible();
  await expect(quotesSection.locator('.quotes-to-check')).toHaveText(`Only speakers to check (${toCheck})`);
  await filter.check();
  await expect(items).toHaveCount(toCheck);

  // Confirming the speaker found is an answer too: the quotation leaves the list.
  const first = items.first();
  const quoted = await first.locator('.quote-text').textContent();
  await first.getByRole('button', { name: /^Change who said/ }).click();
  await first.getByRole('form', { name: 'Who said this' }).getByRole('button', { name: 'Save' }).click();
  await expect(items).toHaveCount(toCheck - 1);
  await expect(quotesSection.locator('.quotes-to-check')).toHaveText(`Only speakers to check (${toCheck - 1})`);
  await expect(items.locator('.quote-text').filter({ hasText: quoted! })).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(toCheck);
  await filter.uncheck();
  await expect(items).toHaveCount(all);
});
