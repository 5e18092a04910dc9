// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Library } from '../core/node/library/library.ts';
import { OPEN_DOCUMENT_CHANNEL } from '../shared/constants.ts';

type Fn = (...args: any[]) => any;
const electron = vi.hoisted(() => ({ listeners: new Map<string, Fn>(), errors: [] as string[][] }));
vi.mock('electron', () => ({
  app: { on: (name: string, listener: Fn) => electron.listeners.set(name, listener) },
  dialog: {
    showErrorBox: (title: string, message: string) => electron.errors.push([title, message]),
    showOpenDialog: async () => ({}),
  },
}));
const { documentPathsFromArgv, registerFileAssociations } = await import('./file-associations.ts');

describe('documentPathsFromArgv', () => {
  it('finds document paths and makes them absolute', () => {
    expect(
      documentPathsFromArgv(['/opt/Marginalia/marginalia', 'story.html', '/home/r/Notes.MD', 'a.txt'], '/home/r'),
    ).toEqual([resolve('/home/r', 'story.html'), '/home/r/Notes.MD', resolve('/home/r', 'a.txt')]);
  });

  it('skips the executable, flags, flag values and the app folder', () => {
    expect(
      documentPathsFromArgv(
        ['/usr/bin/electron', '--no-sandbox', '.', '--data-dir', '/tmp/lib.txt', '--inspect=0', 'photo.png', 'x.htm'],
        '/w',
      ),
    ).toEqual([resolve('/w', 'x.htm')]);
    expect(documentPathsFromArgv(['story.txt'], '/w')).toEqual([]); // argv[0] is never a document
  });
});

describe('registerFileAssociations', () => {
  let dir: string;
  let library: Library;
  const send = vi.fn();
  const window = { isDestroyed: () => false, webContents: { send } };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-assoc-'));
    await writeFile(join(dir, 'launch.txt'), 'Launch headline\n\nThe text opened at launch.');
    await writeFile(join(dir, 'later.md'), '# Later headline\n\nOpened while running.');
    await writeFile(join(dir, 'empty.txt'), '');
    library = await Library.open({
      dataDir: join(dir, 'data'),
      sampleArticlePath: resolve('resources', 'sample-article.txt'),
    });
  });
  afterAll(async () => {
    await library.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports launch files before the window exists and makes the last one the start document', async () => {
    const associations = registerFileAssociations(['/opt/M/marginalia', 'launch.txt'], dir);
    await associations.start({ library, window: () => null });
    const launched = library.listDocuments().find((d) => d.title === 'Launch headline');
    expect(launched).toBeDefined();
    expect(library.startDocumentId()).toBe(launched!.id);
    expect(send).not.toHaveBeenCalled();

    // While running: a second launch, then a macOS open-file event; the page is told to show each (no reload).
    await associations.start({ library, window: () => window as never });
    electron.listeners.get('second-instance')!({}, ['/opt/M/marginalia', 'later.md'], dir);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const later = library.listDocuments().find((d) => d.title === 'Later headline');
    expect(send).toHaveBeenLastCalledWith(OPEN_DOCUMENT_CHANNEL, later!.id);
    expect(library.startDocumentId()).toBe(later!.id);

    const prevented = vi.fn();
    electron.listeners.get('open-file')!({ preventDefault: prevented }, join(dir, 'launch.txt'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send).toHaveBeenLastCalledWith(OPEN_DOCUMENT_CHANNEL, launched!.id);
    expect(prevented).toHaveBeenCalled();
    expect(library.startDocumentId()).toBe(launched!.id);
    expect(library.listDocuments().filter((d) => d.title === 'Launch headline')).toHaveLength(1); // same text: not added twice
  });

  it('tells the user why a file could not be opened, and changes nothing', async () => {
    const before = await readFile(join(dir, 'data', 'marginalia.json'));
    const associations = registerFileAssociations(['/opt/M/marginalia', 'empty.txt', 'missing.html'], dir);
    await associations.start({ library, window: () => null });
    expect(electron.errors.map(([title]) => title)).toEqual([
      `Could not open ${join(dir, 'empty.txt')}`,
      `Could not open ${join(dir, 'missing.html')}`,
    ]);
    expect(electron.errors[0]![1]).toMatch(/empty/);
    expect(electron.errors[1]![1]).toBe('The file could not be read (ENOENT).');
    expect((await readFile(join(dir, 'data', 'marginalia.json'))).equals(before)).toBe(true);
  });
});
