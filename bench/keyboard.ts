/**
 * Reading by keyboard on a long article: a 1 MB plain text (one paragraph in
 * five breaks, as in library.ts), in Debian's Chromium through the browser host.
 * - one caret move by word, by sentence, and `s` (select the sentence), in the
 *   middle of the article: the key's handler, from the key event to the new
 *   selection (dispatched in the page, so no input round trip is counted);
 * - reopening the document at a reading position near its end: navigation →
 *   the view resting there;
 * - reading positions written while the reader scrolls through 40 screens.
 * Prints figures; asserts nothing about time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../electron/core/node/library/library.ts';
import { importText } from '../electron/core/node/library/import-document.ts';
import { sampleArticlePath } from '../electron/core/node/paths.ts';
import { startHost } from '../e2e/browser/host-fixture.ts';
import { launchChromium } from './chromium.ts';
import { makeProse, prng } from './library.ts';
import { median, report } from './report.ts';

const RUNS = 9;

export async function benchKeyboard(): Promise<void> {
  const text = `Reading by keyboard\n\n${makeProse(prng(20261130), 1_000_000)}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-bench-keyboard-'));
  const library = await Library.open({ dataDir, sampleArticlePath: sampleArticlePath() });
  const { document: added } = await importText(library, text, 'Reading by keyboard');
  await library.openDocument(added.id);
  await library.close(); // one writer per library: the host takes it
  const host = await startHost(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(host.url);
    await page.waitForFunction(() => performance.getEntriesByName('marginalia:article-painted').length > 0, null, {
      timeout: 60_000,
    });
    await page.keyboard.press('F7');

    // The middle of the article, then each key in turn, timed in the page.
    const middle = Math.floor(text.length / 2);
    for (const [label, key, mods] of [
      ['caret by a word (Ctrl+→) in the middle of 1 MB', 'ArrowRight', { ctrlKey: true }],
      ['caret by a sentence (Alt+→)', 'ArrowRight', { altKey: true }],
      ['select the sentence at the caret (s)', 's', {}],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        times.push(
          await page.evaluate(
            ({ middle, key, mods }) => {
              const article = document.querySelector<HTMLElement>('article.article')!;
              const blocks = [...article.querySelectorAll<HTMLElement>('[data-start]')];
              const block = blocks.findLast((b) => Number(b.dataset.start) <= middle)!;
              document.getSelection()!.collapse(block.firstChild!, 0);
              article.focus({ preventScroll: true });
              const t0 = performance.now();
              article.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...mods }));
              return performance.now() - t0;
            },
            { middle, key, mods },
          ),
        );
      }
      report(label, median(times), 'ms');
    }

    // Reopening at a place near the end.
    const near = text.length - 20_000;
    const restores: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await fetch(new URL('api/document%3Aset-reading-position', host.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ documentId: added.id, offset: near }),
      });
      await page.goto(`${host.url}favicon.svg`);
      const t0 = Date.now();
      await page.goto(host.url);
      await page.waitForFunction(
        (near) => {
          const top = document.querySelector('main.reading')?.getBoundingClientRect().top ?? 0;
          const blocks = [...document.querySelectorAll<HTMLElement>('article.article [data-start]')];
          const block = blocks.find((b) => b.getBoundingClientRect().bottom > top + 1);
          const next = block ? blocks[blocks.indexOf(block) + 1] : undefined;
          return !!block && Number(block.dataset.start) <= near && (!next || Number(next.dataset.start) > near);
        },
        near,
        { timeout: 60_000, polling: 'raf' },
      );
      restores.push(Date.now() - t0);
    }
    report('reopen at a position 20,000 characters from the end: navigation → there', median(restores), 'ms');

    // Scrolling through: how many writes.
    let writes = 0;
    page.on('request', (request) => {
      if (decodeURIComponent(request.url()).endsWith('document:set-reading-position')) writes++;
    });
    await page.mouse.move(640, 400);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, -700);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1_500); // the position settles
    report('reading positions written while scrolling up 40 screens (a pause at the end)', writes, 'writes');
  } finally {
    await browser.close();
    host.process.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchKeyboard();
