/**
 * Scores quotation finding and speaker attribution against hand-checked
 * quote lists (test-fixtures/quotes, written for eight of the corpus
 * articles before any rule), per article and overall.
 *
 * Run: npm run eval:quotes [-- --quotes-dir <dir> --texts-dir <dir>]
 * (a held-out set: quote lists in one folder, the texts and their entity
 * gold in another, laid out like test-fixtures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../electron/core/common/entities/index.ts';
import type { GoldFile } from '../electron/core/common/entities/score.ts';
import { extractQuotes } from '../electron/core/common/quotes/index.ts';
import { prf, scoreQuotes, type GoldQuotes } from '../electron/core/common/quotes/score.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quotesDir = path.resolve(option('--quotes-dir') ?? path.join(fixtures, 'quotes'));
const textsDir = path.resolve(option('--texts-dir') ?? fixtures);
const f = (n: number): string => n.toFixed(3);
const total = { spans: { tp: 0, fp: 0, fn: 0 }, speakers: { tp: 0, fp: 0, fn: 0 } };

console.log(`Quotations and speakers: ${quotesDir}\n`);
console.log(`${'article'.padEnd(22)} listed found | spans P   R     F1    | speakers P R   F1`);
for (const file of readdirSync(quotesDir)
  .filter((n) => n.endsWith('.quotes.json'))
  .sort()) {
  const name = file.replace('.quotes.json', '');
  const gold = JSON.parse(readFileSync(path.join(quotesDir, file), 'utf8')) as GoldQuotes;
  const goldEntities = JSON.parse(
    readFileSync(path.join(textsDir, 'gold', `${name}.entities.json`), 'utf8'),
  ) as GoldFile;
  const text = readFileSync(path.join(textsDir, gold.document), 'utf8');
  const entities = extractEntities(text);
  const found = extractQuotes(text, entities);
  const counts = scoreQuotes(text, found, entities, gold, goldEntities);
  for (const k of ['spans', 'speakers'] as const) {
    total[k].tp += counts[k].tp;
    total[k].fp += counts[k].fp;
    total[k].fn += counts[k].fn;
  }
  const s = prf(counts.spans);
  const p = prf(counts.speakers);
  console.log(
    `${name.padEnd(22)} ${String(gold.quotes.length).padStart(6)} ${String(found.length).padStart(5)} | ${f(s.precision)} ${f(s.recall)} ${f(s.f1)} | ${f(p.precision)} ${f(p.recall)} ${f(p.f1)}`,
  );
  if (process.argv.includes('--details')) {
    for (const q of found) console.log(`    found [${q.speaker?.name ?? '—'}] ${q.text.slice(0, 90)}`);
    for (const g of gold.quotes) console.log(`    gold  [${g.speaker ?? '—'}] ${g.quote.slice(0, 90)}`);
  }
}
const s = prf(total.spans);
const p = prf(total.speakers);
console.log(
  `${'overall'.padEnd(35)} | ${f(s.precision)} ${f(s.recall)} ${f(s.f1)} | ${f(p.precision)} ${f(p.recall)} ${f(p.f1)}`,
);
