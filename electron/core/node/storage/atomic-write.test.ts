import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAVED_FILE_MODE, writeFileDurably } from './atomic-write.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const permissions = async (path: string) => (await stat(path)).mode & 0o777;

describe('writeFileDurably', () => {
  it('replaces the file and leaves nothing else in the folder', async () => {
    const path = join(dir, 'data.json');
    await writeFileDurably(path, 'one');
    await writeFileDurably(path, 'two');
    expect(await readFile(path, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the library private to its user by default', async () => {
    await writeFileDurably(join(dir, 'marginalia.json'), '{}');
    expect(await permissions(join(dir, 'marginalia.json'))).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('gives a saved export the permissions of any saved file', async () => {
    await writeFileDurably(join(dir, 'story.annotations.json'), '{}', SAVED_FILE_MODE);
    await writeFile(join(dir, 'saved-by-another-program.txt'), 'x');
    expect(await permissions(join(dir, 'story.annotations.json'))).toBe(
      await permissions(join(dir, 'saved-by-another-program.txt')),
    );
  });

  it('removes its temporary file when the rename fails', async () => {
    const folderInTheWay = join(dir, 'out.json');
    await mkdir(folderInTheWay);
    await writeFile(join(folderInTheWay, 'keep.txt'), 'x');
    await expect(writeFileDurably(folderInTheWay, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['out.json']);
  });
});
