/**
 * Quality floor on the shared gold articles: the pipeline must score at
 * least 0.83 overall F1 and stay well above raw compromise. A floor, not the
 * target (see scripts/eval-entities.ts for the full table).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../../test-fixtures/fixtures.ts';
import { extractEntities, extractRawCompromise } from './index.ts';
import { evaluate, type GoldDocument } from './evaluate.ts';
import { prf, totalCounts, type GoldFile } from './score.ts';

const docs: GoldDocument[] = readdirSync(path.join(FIXTURES_DIR, 'gold'))
  .filter((f) => f.endsWith('.entities.json'))
  .map((f) => {
    const gold = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'gold', f), 'utf8')) as GoldFile;
    return { name: f, gold, text: readFileSync(path.join(FIXTURES_DIR, gold.document), 'utf8') };
  });

describe('entity quality on the gold articles', () => {
  it('scores at least 0.83 overall F1, and 0.30 above raw compromise', () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
    const pipeline = prf(totalCounts(evaluate(docs, (t) => extractEntities(t)).totals)).f1;
    const raw = prf(totalCounts(evaluate(docs, extractRawCompromise).totals)).f1;
    expect(pipeline).toBeGreaterThanOrEqual(0.83);
    expect(pipeline - raw).toBeGreaterThanOrEqual(0.3);
  });
});
