/**
 * Scores the entity pipeline and raw compromise against every gold file in
 * ../shared/gold and prints both side by side.
 * Run: npx tsx scripts/eval-entities.ts [--details]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities, extractRawCompromise } from '../electron/core/common/entities/index.ts';
import { evaluate, formatComparison, type GoldDocument } from '../electron/core/common/entities/evaluate.ts';
import { matchDocument, type GoldFile } from '../electron/core/common/entities/score.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Gold files and their documents; `document` is relative to the shared dir. */
export function loadGoldDocuments(root = repoRoot): GoldDocument[] {
  const sharedDir = path.resolve(root, '..', 'shared');
  const goldDir = path.join(sharedDir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.entities.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
      return {
        name: f.replace('.entities.json', ''),
        gold,
        text: readFileSync(path.join(sharedDir, gold.document), 'utf8'),
      };
    });
}

function main(): void {
  const docs = loadGoldDocuments();
  const pipeline = evaluate(docs, (t) => extractEntities(t));
  const raw = evaluate(docs, extractRawCompromise);
  console.log(`Entity extraction on ${docs.length} gold documents\n`);
  console.log(
    formatComparison([
      { label: 'pipeline', result: pipeline },
      { label: 'raw', result: raw },
    ]),
  );
  if (process.argv.includes('--details')) {
    for (const d of docs) {
      const predicted = extractEntities(d.text);
      const { falsePositives, falseNegatives } = matchDocument(predicted, d.gold);
      console.log(`\n== ${d.name}`);
      for (const e of falsePositives) console.log(`  FP ${e.type.padEnd(13)} ${e.name}  [${e.aliases.join(' | ')}]`);
      for (const g of falseNegatives) console.log(`  FN ${g.type.padEnd(13)} ${g.name}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
