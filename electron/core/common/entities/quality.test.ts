/**
 * Quality floor on the twelve gold articles (copied into test-fixtures/): the
 * figures `npm run eval:entities` measured when this floor was last raised,
 * rounded down. A floor, not the target: it rises with each gain and fails
 * any change that loses what was won. See scripts/eval-entities.ts for the
 * full table and the two halves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../../test-fixtures/fixtures.ts';
import { ENTITY_TYPES } from '../../../shared/constants.ts';
import { extractEntities, extractRawCompromise } from './index.ts';
import { evaluate, type GoldDocument } from './evaluate.ts';
import { prf, totalCounts, type GoldFile } from './score.ts';

const docs: GoldDocument[] = readdirSync(path.join(FIXTURES_DIR, 'gold'))
  .filter((f) => f.endsWith('.entities.json'))
  .map((f) => {
    const gold = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'gold', f), 'utf8')) as GoldFile;
    return { name: f, gold, text: readFileSync(path.join(FIXTURES_DIR, gold.document), 'utf8') };
  });

const FLOOR = { overall: 0.93, perType: 0.85, perArticle: 0.8, aboveRaw: 0.4 };

describe('entity quality on the gold articles', () => {
  const pipeline = evaluate(docs, (t) => extractEntities(t));

  it(`scores at least ${FLOOR.overall} overall F1 and ${FLOOR.aboveRaw} above raw compromise`, () => {
    expect(docs.length).toBe(12);
    const f1 = prf(totalCounts(pipeline.totals)).f1;
    const raw = prf(totalCounts(evaluate(docs, extractRawCompromise).totals)).f1;
    expect(f1).toBeGreaterThanOrEqual(FLOOR.overall);
    expect(f1 - raw).toBeGreaterThanOrEqual(FLOOR.aboveRaw);
  });

  it(`scores at least ${FLOOR.perType} F1 on every type and ${FLOOR.perArticle} on every article`, () => {
    for (const type of ENTITY_TYPES) {
      expect(prf(pipeline.totals[type]).f1, type).toBeGreaterThanOrEqual(FLOOR.perType);
    }
    for (const file of pipeline.perFile) {
      expect(prf(totalCounts(file.counts)).f1, file.name).toBeGreaterThanOrEqual(FLOOR.perArticle);
    }
  });
});
