/**
 * Quality floor on the hand-checked quote lists (test-fixtures/quotes): the
 * figures `npm run eval:quotes` measured when this floor was last raised,
 * rounded down.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../../test-fixtures/fixtures.ts';
import { extractEntities } from '../entities/index.ts';
import type { GoldFile } from '../entities/score.ts';
import { extractQuotes } from './index.ts';
import { prf, scoreQuotes, type GoldQuotes } from './score.ts';

const FLOOR = { spans: 0.99, speakers: 0.97 };

describe('quotation quality on the gold quote lists', () => {
  it(`finds quotations at ${FLOOR.spans} F1 and their speakers at ${FLOOR.speakers} F1`, () => {
    const total = { spans: { tp: 0, fp: 0, fn: 0 }, speakers: { tp: 0, fp: 0, fn: 0 } };
    const files = readdirSync(path.join(FIXTURES_DIR, 'quotes')).filter((f) => f.endsWith('.quotes.json'));
    expect(files.length).toBe(8);
    for (const file of files) {
      const gold = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'quotes', file), 'utf8')) as GoldQuotes;
      const entityGold = JSON.parse(
        readFileSync(path.join(FIXTURES_DIR, 'gold', file.replace('.quotes.json', '.entities.json')), 'utf8'),
      ) as GoldFile;
      const text = readFileSync(path.join(FIXTURES_DIR, gold.document), 'utf8');
      const entities = extractEntities(text);
      const counts = scoreQuotes(text, extractQuotes(text, entities), entities, gold, entityGold);
      for (const k of ['spans', 'speakers'] as const) {
        total[k].tp += counts[k].tp;
        total[k].fp += counts[k].fp;
        total[k].fn += counts[k].fn;
      }
    }
    expect(prf(total.spans).f1).toBeGreaterThanOrEqual(FLOOR.spans);
    expect(prf(total.speakers).f1).toBeGreaterThanOrEqual(FLOOR.speakers);
  });
});
