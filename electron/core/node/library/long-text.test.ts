/**
 * A very long plain text opens on its first screen at once: the structure of
 * its opening is worked out, not the whole text's, so the first screen costs
 * the same for 1 MB or 20 MB. (The whole document follows with `document:open`.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countArrayVisitsAsync } from '../../common/testing/array-visits.ts';
import { testLibrary, type TestLibrary } from './test-library.ts';

let t: TestLibrary;
beforeEach(async () => {
  t = await testLibrary();
});
afterEach(() => t.cleanup());

const shortParagraphs = (n: number) =>
  ['A very long text', ...Array.from({ length: n }, (_, i) => `Line ${i} of many.`)].join('\n\n');

describe('the first screen of a long plain text', () => {
  it('is the same prefix of whole blocks the whole document starts with', async () => {
    const { id } = await t.library.addDocument({
      text: shortParagraphs(50_000),
      origin: { kind: 'clipboard', fileName: null },
    });
    const library = await t.reopen();
    const first = await library.openFirstScreen(id);
    const whole = await library.openDocument(id);
    expect(first.complete).toBe(false);
    expect(whole.text.startsWith(first.opened.text)).toBe(true);
    expect(first.opened.layout.blocks).toEqual(whole.layout.blocks.slice(0, first.opened.layout.blocks.length));
    expect(first.opened.layout.blocks.at(-1)!.end).toBe(first.opened.text.length);
  });

  it('costs the same at 4× the length (the whole text is not walked)', async () => {
    const visits: number[] = [];
    for (const n of [60_000, 240_000]) {
      const { id } = await t.library.addDocument({
        text: shortParagraphs(n),
        origin: { kind: 'clipboard', fileName: null },
      });
      const library = await t.reopen();
      visits.push(await countArrayVisitsAsync(() => library.openFirstScreen(id)));
    }
    expect(visits[1]! / visits[0]!).toBeLessThan(2);
  });
});
