// @vitest-environment node
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  answer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  calls: [] as unknown[][],
}));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/reader/Documents' },
  dialog: {
    showSaveDialog: async (...args: unknown[]) => {
      electron.calls.push(args);
      return electron.answer;
    },
  },
}));
const { createSaveFile } = await import('./save-file.ts');

describe('createSaveFile', () => {
  let dir: string;
  afterAll(() => dir && rm(dir, { recursive: true, force: true }));

  it('writes where the user chose and returns that path', async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-save-'));
    const target = join(dir, 'out.annotations.json');
    electron.answer = { canceled: false, filePath: target };
    const saveFile = createSaveFile(() => null);
    expect(await saveFile('story.annotations.json', '{"a":1}\n')).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['out.annotations.json']); // no temp file left behind
    expect(electron.calls.at(-1)![0]).toMatchObject({
      defaultPath: join('/home/reader/Documents', 'story.annotations.json'),
    });
  });

  it.skipIf(process.platform === 'win32')(
    'saves a file other programs can read, as any saved file (0644 with the usual umask)',
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'marginalia-save-'));
      const target = join(dir, 'out.annotations.json');
      electron.answer = { canceled: false, filePath: target };
      await createSaveFile(() => null)('story.annotations.json', '{}\n');
      await writeFile(join(dir, 'plain.txt'), 'x');
      const { mode } = await stat(target);
      expect(mode & 0o777).toBe((await stat(join(dir, 'plain.txt'))).mode & 0o777); // the umask decides, not Marginalia
    },
  );

  it('returns null and writes nothing when cancelled', async () => {
    electron.answer = { canceled: true, filePath: '' };
    const parent = { id: 1 };
    expect(await createSaveFile(() => parent as never)('x.json', 'data')).toBeNull();
    expect(electron.calls.at(-1)![0]).toBe(parent);
  });
});
