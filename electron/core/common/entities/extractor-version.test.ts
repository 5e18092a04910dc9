import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_EXTRACTOR_VERSION, EXTRACTOR_SOURCE_FINGERPRINT } from './extractor-version.ts';

/** Every source file of the extractor (tests and this version file aside), line ends normalised. */
function fingerprint(): string {
  const folder = import.meta.dirname;
  const hash = createHash('sha256');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'extractor-version.ts')
    .sort();
  for (const file of files)
    hash.update(`${file}\n${readFileSync(join(folder, file), 'utf8').replace(/\r\n/g, '\n')}\n`);
  return hash.digest('hex');
}

describe('ENTITY_EXTRACTOR_VERSION', () => {
  it('was bumped when the extractor last changed (kept extractions are then found again)', () => {
    const now = fingerprint();
    expect(
      EXTRACTOR_SOURCE_FINGERPRINT,
      `The entity extractor's source changed. If what it finds can change, bump ENTITY_EXTRACTOR_VERSION ` +
        `(now ${ENTITY_EXTRACTOR_VERSION}); either way set EXTRACTOR_SOURCE_FINGERPRINT in extractor-version.ts to '${now}'.`,
    ).toBe(now);
  });
});
