/**
 * Library-wide search over 200 documents and 20,000 annotations (issue 16's
 * size): the time to build the index, then the time each keystroke's search
 * takes while typing a few queries letter by letter (median and worst).
 * Figures only; nothing is asserted.
 * Run: `npx tsx bench/library-search.ts`
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AnnotationSearch,
  type SearchableAnnotation,
} from '../electron/core/common/library-search/annotation-search.ts';
import { median, report } from './report.ts';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures', 'corpus');
const DOCUMENTS = 200;
const PER_DOCUMENT = 100;
/** Real news sentences (the corpus articles) as quotes and notes: a real vocabulary, real word frequencies. */
const SENTENCES = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(corpusDir, f), 'utf8').split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 40);

function pseudoRandom(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function library(): SearchableAnnotation[] {
  const next = pseudoRandom(7);
  const sentence = () => SENTENCES[Math.floor(next() * SENTENCES.length)]!;
  const words = (n: number) => sentence().split(/\s+/).slice(0, n).join(' ');
  const out: SearchableAnnotation[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    for (let a = 0; a < PER_DOCUMENT; a++) {
      out.push({
        id: `a${d}-${a}`,
        documentId: `d${d}`,
        documentTitle: `Report ${d}: ${words(4)}`,
        quote: sentence(),
        note: next() < 0.4 ? sentence() : '',
        tags: next() < 0.3 ? [words(1), words(1)] : [],
        color: ['yellow', 'green', 'blue', 'pink', 'purple'][a % 5]!,
        created: new Date(Date.UTC(2024, 0, 1) + (d * PER_DOCUMENT + a) * 60_000).toISOString(),
        entityKeys: [],
      });
    }
  }
  return out;
}

export async function benchLibrarySearch(): Promise<void> {
  const annotations = library();
  const started = performance.now();
  const search = new AnnotationSearch();
  for (const a of annotations) search.put(a);
  report(
    `build the index: ${DOCUMENTS} documents, ${annotations.length} annotations`,
    performance.now() - started,
    'ms',
  );
  const timings: number[] = [];
  for (const query of ['security forces', 'maori', 'interest rates rise', 'facebook privacy', 'the government']) {
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now();
      search.search(query.slice(0, i));
      timings.push(performance.now() - t);
    }
  }
  const t = performance.now();
  search.search('', { color: 'pink' });
  const filtered = performance.now() - t;
  report(`a keystroke's search, median of ${timings.length} (target ≤ 50)`, median(timings), 'ms');
  const sorted = [...timings].sort((a, b) => a - b);
  report(`  95th percentile`, sorted[Math.floor(sorted.length * 0.95)]!, 'ms');
  report(`  the slowest keystroke`, sorted.at(-1)!, 'ms');
  report(`  everything of one colour, no words`, filtered, 'ms');
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url)
  await benchLibrarySearch();
