/**
 * Product code must work on articles it has never seen: it may not name
 * anything from the shared gold lists (not even in comments), so a rule can
 * only be a general fact about English news text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../../test-fixtures/fixtures.ts';
import type { GoldFile } from './score.ts';
import { ORG_HEADS, PLACE_HEADS } from './lexicon.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldDir = path.join(FIXTURES_DIR, 'gold');
const productFiles = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(here, f)),
  path.resolve(here, '..', '..', '..', 'cli', 'entities-command.ts'),
];

/**
 * Names worth checking: long enough not to be codes, and not generic head
 * words the lexicon must list ("Congress", "Parliament").
 */
function goldNames(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.entities.json'))) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
    for (const e of gold.entities) {
      if (e.type === 'date') continue;
      for (const n of [e.name, ...e.aliases]) {
        const lower = n.toLowerCase();
        if (n.length >= 5 && !ORG_HEADS.has(lower) && !PLACE_HEADS.has(lower)) names.add(lower);
      }
    }
  }
  return [...names];
}

function containsWord(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(source);
}

describe('entity product code', () => {
  it('names nothing from the gold articles', () => {
    const names = goldNames();
    expect(names.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const file of productFiles) {
      const source = readFileSync(file, 'utf8').toLowerCase();
      // Whole words only: "comparison" does not name Paris, nor "European" Europe.
      for (const n of names) if (containsWord(source, n)) hits.push(`${path.basename(file)}: ${n}`);
    }
    expect(hits).toEqual([]);
  });
});
