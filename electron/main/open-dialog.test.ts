// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ answer: { canceled: true, filePaths: [] as string[] } }));
vi.mock('electron', () => ({ dialog: { showOpenDialog: async () => electron.answer } }));
const { createOpenDocumentDialog, readDocumentFile } = await import('./open-dialog.ts');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-open-'));
  await writeFile(join(dir, 'story.txt'), 'Headline\n\nBody.');
  await writeFile(join(dir, 'big.html'), Buffer.alloc(2048, 0x61));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readDocumentFile', () => {
  it('returns the bytes and the bare file name', async () => {
    const file = await readDocumentFile(join(dir, 'story.txt'));
    expect(file.fileName).toBe('story.txt');
    expect(Buffer.from(file.bytes).toString()).toBe('Headline\n\nBody.');
  });

  it('refuses a file over the limit from its size, with a sentence', async () => {
    await expect(readDocumentFile(join(dir, 'big.html'), 1024)).rejects.toMatchObject({
      code: 'invalid-input',
      message: '“big.html” is 2 KB; Marginalia imports documents up to 1 KB. Nothing was imported.',
    });
  });
});

describe('createOpenDocumentDialog', () => {
  it('reads the chosen file, or returns null when cancelled', async () => {
    const openDialog = createOpenDocumentDialog(() => null);
    electron.answer = { canceled: true, filePaths: [] };
    expect(await openDialog()).toBeNull();
    electron.answer = { canceled: false, filePaths: [join(dir, 'story.txt')] };
    expect((await openDialog())?.fileName).toBe('story.txt');
  });
});
