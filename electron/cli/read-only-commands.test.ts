/**
 * `list` and `export` only read: on a library they cannot read they say why
 * on stderr and exit non-zero, and every file in the folder stays as it was.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCapturing } from './test-helpers.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-cli-read-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const run = runCapturing;

/** A real library: the CLI's import creates it. */
async function seed(data: string): Promise<void> {
  await writeFile(join(dir, 'story.txt'), 'A story\n\nWith a paragraph.\n');
  expect((await run(['import', join(dir, 'story.txt'), '--data-dir', data])).code).toBe(0);
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (name.isFile()) {
      const path = join(name.parentPath, name.name);
      files[path] = await readFile(path, 'utf8');
    }
  }
  return files;
}

describe('read-only commands on a library they cannot read', () => {
  it.each([
    ['not JSON', '{"documents": [ broken', /cannot be read.*not valid JSON/],
    ['written by a newer Marginalia', JSON.stringify({ schemaVersion: 999, documents: [] }), /newer Marginalia/],
  ])(
    'a file that is %s: said on stderr, exit non-zero, nothing renamed or written',
    async (_name, contents, reason) => {
      const data = join(dir, 'data');
      await seed(data);
      await writeFile(join(data, 'marginalia.json'), contents);
      const before = await snapshot(data);
      for (const command of [['list'], ['export'], ['export', '--document', '11111111-1111-4111-8111-111111111111']]) {
        const result = await run([...command, '--data-dir', data]);
        expect(result.code).not.toBe(0);
        expect(result.out).toBe('');
        expect(result.err).toMatch(reason);
        expect(await snapshot(data)).toEqual(before);
      }
    },
  );

  it('never creates a library where there is none', async () => {
    const data = join(dir, 'empty');
    const result = await run(['list', '--data-dir', data]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({ documents: [] });
    await expect(readdir(data)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the app on a library written by a newer Marginalia', () => {
  it('opens nothing and never moves the file aside', async () => {
    const { Library } = await import('../core/node/library/library.ts');
    const data = join(dir, 'data');
    await seed(data);
    const newer = JSON.stringify({ schemaVersion: 999, documents: [], settings: {} });
    await writeFile(join(data, 'marginalia.json'), newer);
    const before = await snapshot(data);
    await expect(Library.open({ dataDir: data, sampleArticlePath: join(dir, 'none.txt') })).rejects.toThrow(
      /needs a newer Marginalia/,
    );
    expect(await snapshot(data)).toEqual(before);
  });
});
