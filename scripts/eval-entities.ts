/**
 * Scores the entity pipeline and raw compromise against gold entity lists
 * and prints, per half and overall: P/R/F1 per type, then one row per
 * article (pipeline P, R, F1 beside raw compromise's F1).
 *
 * The twelve gold files (test-fixtures/gold, copies of ../shared/gold) are split into two named halves. A rule is
 * developed on one half and its effect on the other is read before it is
 * kept; `--gold-dir <dir>` scores any other folder laid out the same way
 * (gold/*.entities.json naming texts relative to the folder), such as a
 * held-out set of articles nobody tuned for.
 *
 * Run: npm run eval:entities [-- --details] [-- --half dev|heldout] [-- --gold-dir <dir>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities, extractRawCompromise } from '../electron/core/common/entities/index.ts';
import {
  evaluate,
  formatArticles,
  formatComparison,
  type GoldDocument,
} from '../electron/core/common/entities/evaluate.ts';
import { matchDocument, type GoldFile } from '../electron/core/common/entities/score.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The two halves of the gold files. `dev` holds the four articles the first
 * rules were written from plus two later ones; `heldout` holds six articles
 * no rule was written from when the split was made.
 */
export const HALVES: Record<string, readonly string[]> = {
  dev: ['ttp-isis-alliance', 'bbc-1', 'nytimes-1', 'wapo-1', 'aclu', 'cnet'],
  heldout: ['citylab-1', 'medicalnewstoday', 'nytimes-4', 'quanta-1', 'webmd-1', 'yahoo-3'],
};

/** Gold files and their documents; `document` is relative to `dir`. */
export function loadGoldDocuments(dir = path.join(repoRoot, 'test-fixtures')): GoldDocument[] {
  const goldDir = path.join(dir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.entities.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
      return { name: f.replace('.entities.json', ''), gold, text: readFileSync(path.join(dir, gold.document), 'utf8') };
    });
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function report(title: string, docs: GoldDocument[]): void {
  const pipeline = evaluate(docs, (t) => extractEntities(t));
  const raw = evaluate(docs, extractRawCompromise);
  console.log(`\n## ${title}: ${docs.length} articles\n`);
  console.log(
    formatComparison([
      { label: 'pipeline', result: pipeline },
      { label: 'raw', result: raw },
    ]),
  );
  console.log('');
  console.log(formatArticles(pipeline, raw));
}

function main(): void {
  const goldDir = option('--gold-dir');
  const all = loadGoldDocuments(goldDir ? path.resolve(goldDir) : undefined);
  const half = option('--half');
  if (goldDir) {
    report(`gold in ${goldDir}`, all);
  } else {
    for (const [name, members] of Object.entries(HALVES)) {
      if (half === undefined || half === name)
        report(
          `half "${name}"`,
          all.filter((d) => members.includes(d.name)),
        );
    }
    const unassigned = all.filter((d) => !Object.values(HALVES).some((m) => m.includes(d.name)));
    if (unassigned.length > 0) console.log(`\nnot in a half: ${unassigned.map((d) => d.name).join(', ')}`);
    if (half === undefined) report('all gold articles', all);
  }
  if (process.argv.includes('--details')) {
    const shown = half ? all.filter((d) => HALVES[half]?.includes(d.name)) : all;
    for (const d of shown) {
      const { falsePositives, falseNegatives } = matchDocument(extractEntities(d.text), d.gold);
      console.log(`\n== ${d.name}`);
      for (const e of falsePositives) console.log(`  FP ${e.type.padEnd(13)} ${e.name}  [${e.aliases.join(' | ')}]`);
      for (const g of falseNegatives) console.log(`  FN ${g.type.padEnd(13)} ${g.name}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
