/**
 * The command line's answers to the usual mistakes: each is a sentence that
 * says what was wrong and what to do, exit code 2, with no Node error code
 * and no temporary file in it.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCapturing } from './test-helpers.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-cli-errors-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(join(dir, 'locked'), 0o700).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const run = runCapturing;

function expectUserError(result: { code: number; out: string; err: string }, sentence: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err).toMatch(sentence);
  expect(result.err).not.toMatch(/\bE[A-Z]{3,}\b/); // ENOENT, EISDIR, EACCES…
  expect(result.err).not.toMatch(/\.tmp\b/);
  expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
}

/**
 * A folder this process cannot create files in: a read-only folder for a
 * normal user; for root, who may write anywhere else, Linux's sysfs, which
 * refuses new files even to root.
 */
const asRoot = process.getuid?.() === 0;
const canMakeUnwritable =
  process.platform !== 'win32' && (!asRoot || (process.platform === 'linux' && existsSync('/sys/kernel')));
async function unwritableFolder(): Promise<string> {
  if (asRoot) return '/sys/kernel';
  const locked = join(dir, 'locked');
  await mkdir(locked, { mode: 0o500 });
  return locked;
}

describe('a file that is not there', () => {
  it('import and entities say so and how to fix it', async () => {
    const missing = join(dir, 'nope.txt');
    expectUserError(
      await run(['import', missing, '--data-dir', join(dir, 'data')]),
      /There is no file at .*nope\.txt\. Check the name and the folder/,
    );
    expectUserError(await run(['entities', missing]), /There is no file at .*nope\.txt\./);
    expect(existsSync(join(dir, 'data'))).toBe(false); // nothing was created for a command that could not start
  });
});

describe('a folder given as a file', () => {
  it('import and entities ask for a file inside it', async () => {
    expectUserError(
      await run(['import', dir, '--data-dir', join(dir, 'data')]),
      /is a folder, not a file\. Give the path of a \.txt, \.md or \.html file inside it\./,
    );
    expectUserError(
      await run(['entities', dir]),
      /is a folder, not a file\. Give the path of a \.txt, \.md or \.html file inside it\./,
    );
  });
});

describe('a file that is not a document', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

  it('entities refuses binary data and asks for a text file', async () => {
    const file = join(dir, 'photo.txt');
    await writeFile(file, png);
    expectUserError(
      await run(['entities', file]),
      /looks like a binary file, not text: Marginalia reads plain text, Markdown and web pages\./,
    );
  });

  it('import refuses it, names what it can import, and adds nothing', async () => {
    const file = join(dir, 'photo.png');
    await writeFile(file, png);
    const data = join(dir, 'data');
    expectUserError(
      await run(['import', file, '--data-dir', data]),
      /is not a file Marginalia can import\. Import plain text \(\.txt\), Markdown \(\.md\) or web pages \(\.html\)/,
    );
    expect(JSON.parse((await run(['list', '--data-dir', data])).out).documents).toHaveLength(1); // the sample only
  });
});

describe('export --out', () => {
  it.skipIf(!canMakeUnwritable)(
    'into a folder that cannot be written: names the file, asks for another folder, leaves nothing behind',
    async () => {
      const folder = await unwritableFolder();
      const data = join(dir, 'data');
      const result = await run(['export', '--data-dir', data, '--out', join(folder, 'notes.json')]);
      expectUserError(result, /Cannot save .*notes\.json: permission denied\. Give --out a folder you can write to\./);
      if (folder.startsWith(dir)) expect(await readdir(folder)).toEqual([]);
    },
  );

  it('into a folder that does not exist', async () => {
    const result = await run([
      'export',
      '--data-dir',
      join(dir, 'data'),
      '--out',
      join(dir, 'no-such-folder', 'notes.json'),
    ]);
    expectUserError(
      result,
      /The folder .*no-such-folder does not exist\. Create it first, or give --out a folder that exists\./,
    );
  });

  it('under a file, as if it were a folder', async () => {
    await writeFile(join(dir, 'file.txt'), 'text');
    const result = await run(['export', '--data-dir', join(dir, 'data'), '--out', join(dir, 'file.txt', 'notes.json')]);
    expectUserError(result, /file\.txt is a file, not a folder\. Give --out a file name inside a folder\./);
  });
});

describe('--data-dir', () => {
  it('that is a file: refused before anything touches it', async () => {
    const file = join(dir, 'marginalia.json');
    await writeFile(file, '{"my": "notes"}');
    for (const command of [['list'], ['export']]) {
      expectUserError(
        await run([...command, '--data-dir', file]),
        /--data-dir .*marginalia\.json is a file, not a folder\. Give the folder that holds the library/,
      );
    }
    expect(await readFile(file, 'utf8')).toBe('{"my": "notes"}');
  });

  it('inside a file', async () => {
    await writeFile(join(dir, 'file.txt'), 'text');
    expectUserError(
      await run(['list', '--data-dir', join(dir, 'file.txt', 'library')]),
      /is inside a file, not a folder\./,
    );
  });
});
