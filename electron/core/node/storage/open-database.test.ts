import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from './open-database.ts';
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-db-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = () => join(dir, DATABASE_FILE_NAME);

describe('openDatabase', () => {
  it('creates an empty database file on first run', async () => {
    const { created, recovered } = await openDatabase(dir);
    expect(created).toBe(true);
    expect(recovered).toBeNull();
    const onDisk = JSON.parse(await readFile(file(), 'utf8'));
    expect(onDisk).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      documents: [],
      annotations: [],
      entityCorrections: [],
      settings: { lastDocumentId: null },
    });
  });

  it('moves a file that is not JSON aside and never overwrites it', async () => {
    await writeFile(file(), '{"documents": [ broken');
    const { created, recovered } = await openDatabase(dir);
    expect(created).toBe(true);
    expect(recovered?.reason).toMatch(/not valid JSON/);
    expect(await readFile(recovered!.keptAt, 'utf8')).toBe('{"documents": [ broken');
    expect(JSON.parse(await readFile(file(), 'utf8')).documents).toEqual([]);
  });

  it('moves a file of the wrong shape aside', async () => {
    const wrong = JSON.stringify({
      schemaVersion: 1,
      documents: 'nope',
      annotations: [],
      settings: { lastDocumentId: null },
    });
    await writeFile(file(), wrong);
    const { recovered } = await openDatabase(dir);
    expect(recovered?.reason).toMatch(/does not match the database schema \(documents/);
    expect(await readFile(recovered!.keptAt, 'utf8')).toBe(wrong);
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith(`${DATABASE_FILE_NAME}.corrupt-`))).toHaveLength(1);
  });

  it('keeps aside a database written by a newer version instead of downgrading it', async () => {
    const newer = JSON.stringify({
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      documents: [],
      annotations: [],
      settings: {},
    });
    await writeFile(file(), newer);
    const { recovered } = await openDatabase(dir);
    expect(recovered?.reason).toMatch(/newer Marginalia/);
    expect(await readFile(recovered!.keptAt, 'utf8')).toBe(newer);
  });

  it('migrates a version-0 file (no schemaVersion, no settings) in place', async () => {
    const document = {
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
    await writeFile(file(), JSON.stringify({ documents: [document], annotations: [] }));
    const { db, created, recovered } = await openDatabase(dir);
    expect(created).toBe(false);
    expect(recovered).toBeNull();
    expect(db.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.data.settings).toEqual({ lastDocumentId: null });

    // On disk, before any other write: the same file, now at the current schema, its document kept; nothing set aside.
    expect(await readdir(dir)).toEqual([DATABASE_FILE_NAME]);
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      documents: [document],
      annotations: [],
      entityCorrections: [],
      settings: { lastDocumentId: null },
    });
  });

  it('leaves a current file untouched when opening it', async () => {
    await openDatabase(dir);
    const before = await readFile(file(), 'utf8');
    const spaced = `${before}\n\n`;
    await writeFile(file(), spaced);
    await openDatabase(dir);
    expect(await readFile(file(), 'utf8')).toBe(spaced);
  });

  it('leaves no temporary files behind after writes', async () => {
    const { db } = await openDatabase(dir);
    await Promise.all(Array.from({ length: 20 }, () => db.write()));
    expect(await readdir(dir)).toEqual([DATABASE_FILE_NAME]);
  });
});
