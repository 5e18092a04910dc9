/** The store on a real temporary folder: what opening finds and leaves, and what a change writes. */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE_NAME } from './journal.ts';
import { LibraryStore } from './library-store.ts';
import { documentDataPath, INDEX_FILE_NAME } from './schema.ts';

let dir: string;
const open: LibraryStore[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-store-'));
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function openStore(mode: 'write' | 'read' = 'write'): Promise<LibraryStore> {
  const store = await LibraryStore.open(dir, { mode });
  open.push(store);
  return store;
}
async function closeAll(): Promise<void> {
  for (const store of open.splice(0)) await store.close();
}

const DOCUMENT = {
  id: '3f2c9a4e-8b1d-4c6e-9f0a-2b7d5e1c8a90',
  title: 'Kept through the upgrade',
  byline: null,
  source: null,
  dateline: null,
  publishedAt: null,
  origin: { kind: 'file', fileName: 'kept.txt' },
  contentHash: 'a'.repeat(64),
  textLength: 10,
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
};
const ANNOTATION = {
  id: '22222222-2222-4222-8222-222222222222',
  documentId: DOCUMENT.id,
  color: 'yellow',
  note: '',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'Kept', prefix: '', suffix: ' through' },
    position: { type: 'TextPositionSelector', start: 0, end: 4 },
  },
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
};
const index = () => join(dir, INDEX_FILE_NAME);
const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('opening', () => {
  it('starts an empty library on first run, and writes nothing until the first change', async () => {
    const store = await openStore();
    expect(store.created).toBe(true);
    expect(store.index.documents).toEqual([]);
    expect((await readdir(dir)).filter((n) => n.startsWith('marginalia.json'))).toEqual([]);
  });

  it('migrates a schema-2 file in place: the old file kept as a backup, every record in the new files', async () => {
    const v2 = JSON.stringify({
      schemaVersion: 2,
      documents: [DOCUMENT],
      annotations: [ANNOTATION],
      entityCorrections: [],
      settings: { lastDocumentId: DOCUMENT.id },
    });
    await writeFile(index(), v2);
    const store = await openStore();
    expect(store.created).toBe(false);
    expect(store.notices).toEqual([]);
    expect(store.documentData(DOCUMENT.id).annotations).toEqual([ANNOTATION]);
    expect(await readFile(`${index()}.schema-2-backup`, 'utf8')).toBe(v2);
    expect(await json(index())).toEqual({
      schemaVersion: 3,
      documents: [DOCUMENT],
      settings: { lastDocumentId: DOCUMENT.id },
    });
    expect((await json(join(dir, documentDataPath(DOCUMENT.id)))).annotations).toEqual([ANNOTATION]);
  });

  it('migrates a version-0 file (no schemaVersion, no settings)', async () => {
    await writeFile(index(), JSON.stringify({ documents: [DOCUMENT], annotations: [] }));
    const store = await openStore();
    expect(store.index).toEqual({ schemaVersion: 3, documents: [DOCUMENT], settings: { lastDocumentId: null } });
    expect(await readdir(dir)).toContain(`${INDEX_FILE_NAME}.schema-0-backup`);
  });

  it('moves a file that is not JSON aside, never overwriting it', async () => {
    await writeFile(index(), '{"documents": [ broken');
    const store = await openStore();
    expect(store.created).toBe(true);
    const [notice] = store.notices;
    expect(notice?.message).toMatch(/not valid JSON/);
    expect(await readFile(notice!.keptAt, 'utf8')).toBe('{"documents": [ broken');
  });

  it('refuses a library written by a newer version and leaves it exactly as it was', async () => {
    const newer = JSON.stringify({ schemaVersion: 4, documents: [], settings: {} });
    await writeFile(index(), newer);
    await expect(openStore()).rejects.toThrow(/needs a newer Marginalia/);
    expect(await readFile(index(), 'utf8')).toBe(newer);
    expect((await readdir(dir)).filter((n) => n.startsWith('marginalia.json'))).toEqual([INDEX_FILE_NAME]);
  });

  it('leaves a current file untouched when opening it', async () => {
    const spaced = `${JSON.stringify({ schemaVersion: 3, documents: [DOCUMENT], settings: { lastDocumentId: null } })}\n\n`;
    await writeFile(index(), spaced);
    await openStore();
    expect(await readFile(index(), 'utf8')).toBe(spaced);
  });

  it('keeps document fields this build does not know through a rewrite', async () => {
    const withLayout = { ...DOCUMENT, layoutVersion: 2, futureField: { kept: true } };
    await writeFile(index(), JSON.stringify({ schemaVersion: 3, documents: [withLayout], settings: {} }));
    const store = await openStore();
    await store.change({ index: (i) => ({ ...i, settings: { lastDocumentId: DOCUMENT.id } }) });
    expect((await json(index())).documents).toEqual([withLayout]);
  });

  it('sweeps temporary files a killed writer left, and undoes a change cut short', async () => {
    await writeFile(index(), JSON.stringify({ schemaVersion: 3, documents: [DOCUMENT], settings: {} }));
    await writeFile(join(dir, `.${INDEX_FILE_NAME}.4242.7.tmp`), 'half a write');
    // A delete of the document, cut short after the index was written: the journal puts it back.
    const journal = { files: [{ path: INDEX_FILE_NAME, before: await readFile(index(), 'utf8') }] };
    await writeFile(join(dir, JOURNAL_FILE_NAME), JSON.stringify(journal));
    await writeFile(index(), JSON.stringify({ schemaVersion: 3, documents: [], settings: {} }));
    const store = await openStore();
    expect(store.index.documents).toEqual([DOCUMENT]);
    expect((await readdir(dir)).sort()).toEqual(['marginalia.json', 'marginalia.lock', 'marginalia.lock.json']);
  });
});

describe('a read-only open', () => {
  it('writes nothing: no migration, no lock, nothing moved', async () => {
    await writeFile(index(), JSON.stringify({ documents: [DOCUMENT], annotations: [ANNOTATION] }));
    const store = await openStore('read');
    expect(store.documentData(DOCUMENT.id).annotations).toEqual([ANNOTATION]);
    expect(await readdir(dir)).toEqual([INDEX_FILE_NAME]);
    await expect(store.change({ index: (i) => i })).rejects.toThrow(/only reads/);
  });

  it('reads the state before a change that was cut short, without undoing it on disk', async () => {
    const before = JSON.stringify({ schemaVersion: 3, documents: [DOCUMENT], settings: {} });
    await writeFile(join(dir, JOURNAL_FILE_NAME), JSON.stringify({ files: [{ path: INDEX_FILE_NAME, before }] }));
    await writeFile(index(), JSON.stringify({ schemaVersion: 3, documents: [], settings: {} }));
    const store = await openStore('read');
    expect(store.index.documents).toEqual([DOCUMENT]);
    expect(await readdir(dir)).toContain(JOURNAL_FILE_NAME);
  });

  it('fails with a sentence on a file it cannot read', async () => {
    await writeFile(index(), 'not json');
    await expect(openStore('read')).rejects.toThrow(/cannot be read \(the file is not valid JSON\)/);
    expect(await readFile(index(), 'utf8')).toBe('not json');
  });
});

describe('changes', () => {
  it('rewrite only the files they touch', async () => {
    const store = await openStore();
    await store.change({ index: (i) => ({ ...i, documents: [...i.documents, DOCUMENT as never] }) });
    const indexBefore = await readFile(index(), 'utf8');
    await store.change({ documents: { [DOCUMENT.id]: (d) => ({ ...d, annotations: [ANNOTATION as never] }) } });
    expect(await readFile(index(), 'utf8')).toBe(indexBefore);
    expect((await json(join(dir, documentDataPath(DOCUMENT.id)))).annotations).toEqual([ANNOTATION]);
  });

  it('refuse a record the schema would refuse to read, and apply nothing', async () => {
    const store = await openStore();
    const bad = { ...ANNOTATION, created: '+010000-01-01T00:00:00.000Z' };
    await expect(
      store.change({ documents: { [DOCUMENT.id]: (d) => ({ ...d, annotations: [bad as never] }) } }),
    ).rejects.toThrow(/Could not save the annotation: created/);
    expect(store.documentData(DOCUMENT.id).annotations).toEqual([]);
  });

  it('resolve every one of 500 concurrent changes, each on disk', async () => {
    const store = await openStore();
    await store.change({ index: (i) => ({ ...i, documents: [...i.documents, DOCUMENT as never] }) });
    await Promise.all(
      Array.from({ length: 500 }, (_, n) =>
        store.change({
          documents: {
            [DOCUMENT.id]: (d) => ({
              ...d,
              annotations: [
                ...d.annotations,
                { ...ANNOTATION, id: `22222222-2222-4222-8222-${String(n).padStart(12, '0')}` } as never,
              ],
            }),
          },
        }),
      ),
    );
    expect((await json(join(dir, documentDataPath(DOCUMENT.id)))).annotations).toHaveLength(500);
    expect((await readdir(join(dir, 'documents'))).length).toBe(1);
  });

  it('write through a symlinked library file to where it points', async () => {
    const elsewhere = join(dir, 'synced');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'library.json'), JSON.stringify({ schemaVersion: 3, documents: [], settings: {} }));
    const data = join(dir, 'data');
    await mkdir(data);
    await symlink(join(elsewhere, 'library.json'), join(data, INDEX_FILE_NAME));
    const store = await LibraryStore.open(data, { mode: 'write' });
    open.push(store);
    await store.change({ index: (i) => ({ ...i, documents: [DOCUMENT as never] }) });
    expect((await json(join(elsewhere, 'library.json'))).documents).toEqual([DOCUMENT]);
    expect((await readdir(elsewhere)).sort()).toEqual(['library.json']);
    const { lstat } = await import('node:fs/promises');
    expect((await lstat(join(data, INDEX_FILE_NAME))).isSymbolicLink()).toBe(true);
  });
});

describe('the lock', () => {
  it('lets one store write a folder at a time, and the next one in once it closes', async () => {
    await openStore();
    await expect(openStore()).rejects.toThrow(/already open in a marginalia command/);
    await closeAll();
    await openStore();
  });
});
