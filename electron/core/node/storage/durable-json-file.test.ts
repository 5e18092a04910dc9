import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJSONFile, UnparsableFileError } from './durable-json-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DurableJSONFile', () => {
  it('reads null when the file does not exist', async () => {
    expect(await new DurableJSONFile(join(dir, 'x.json')).read()).toBeNull();
  });

  it('throws UnparsableFileError on invalid JSON', async () => {
    await writeFile(join(dir, 'x.json'), 'nope');
    await expect(new DurableJSONFile(join(dir, 'x.json')).read()).rejects.toBeInstanceOf(UnparsableFileError);
  });

  it('resolves every one of 1,000 concurrent writes, and the last data wins', async () => {
    const path = join(dir, 'x.json');
    const adapter = new DurableJSONFile<{ n: number }>(path);
    await Promise.all(Array.from({ length: 1000 }, (_, n) => adapter.write({ n })));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 999 });
  });

  it('rejects a write that cannot reach the disk', async () => {
    const adapter = new DurableJSONFile(join(dir, 'missing-folder', 'x.json'));
    await expect(adapter.write({})).rejects.toThrow();
  });
});
