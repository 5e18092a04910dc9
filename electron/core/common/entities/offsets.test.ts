/**
 * Every mention must point at exactly its surface form in the document
 * (UTF-16 offsets, [start, end)), and that form must be one a reader would
 * accept: no title, no possessive, no stray punctuation or spaces.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../../test-fixtures/fixtures.ts';
import { extractEntities } from './index.ts';

const corpusDir = path.join(FIXTURES_DIR, 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => [f, readFileSync(path.join(corpusDir, f), 'utf8')] as const);

const synthetic =
  '😀 “Prime Minister Jane Okafor’s plan,” said Mr. Drozdov. The U.S.-backed talks in Oslo — and Lima — ended on Friday.\n\n' +
  'Délégués from Côte d’Ivoire met Zoë Ångström’s team (CRI) in São Paulo, Chile and Peru.';

/** A sensible surface form, as the entity panel and highlights show it. */
function problemsWith(surface: string): string[] {
  const problems: string[] = [];
  if (surface.trim() !== surface || surface === '') problems.push('whitespace');
  if (/\n/.test(surface)) problems.push('line break');
  if (/['’]s$/i.test(surface)) problems.push('possessive');
  if (/^[^\p{L}\p{N}]/u.test(surface)) problems.push('leading punctuation');
  // A final full stop belongs only to an abbreviation ("U.S.") or an initial.
  if (/[^\p{L}\p{N}]$/u.test(surface) && !/(^|[\s.])\p{Lu}\.$/u.test(surface)) problems.push('trailing punctuation');
  if (/^(Mr|Mrs|Ms|Dr|President|Prime Minister|Minister|Spokesperson)\b/.test(surface)) problems.push('title');
  if (/-\p{Ll}+$/u.test(surface)) problems.push('hyphenated modifier');
  return problems;
}

describe('mention offsets', () => {
  it.each([...corpus, ['synthetic', synthetic] as const])(
    '%s: every mention slices to a sensible surface form',
    (_name, text) => {
      const entities = extractEntities(text);
      expect(entities.length).toBeGreaterThan(3);
      for (const e of entities) {
        for (const m of e.mentions) {
          expect(text.slice(m.start, m.end), e.id).toBe(m.text);
          expect(problemsWith(m.text), `${e.id}: "${m.text}"`).toEqual([]);
        }
      }
    },
  );

  it('counts UTF-16 code units, so astral characters before a name shift it by two', () => {
    const [person] = extractEntities('😀😀 Jane Okafor spoke.').filter((e) => e.type === 'person');
    expect(person?.mentions[0]).toEqual({ start: 5, end: 16, text: 'Jane Okafor' });
  });
});
