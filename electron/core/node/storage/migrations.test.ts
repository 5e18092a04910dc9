import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToCurrent, NewerSchemaError } from './migrations.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open-database.ts';
import { CURRENT_SCHEMA_VERSION, databaseSchema } from './schema.ts';

const DOCUMENT = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'A title',
  byline: null,
  source: null,
  dateline: null,
  publishedAt: null,
  origin: { kind: 'file', fileName: 'a.txt' },
  contentHash: 'a'.repeat(64),
  textLength: 10,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};

/** A database exactly as schema-1 builds wrote it. */
const VERSION_1 = {
  schemaVersion: 1,
  documents: [DOCUMENT],
  annotations: [],
  settings: { lastDocumentId: DOCUMENT.id },
};

describe('migrateToCurrent', () => {
  it('upgrades schema 1 to 2 by adding an empty entityCorrections list and keeps everything else', () => {
    const migrated = migrateToCurrent(structuredClone(VERSION_1)) as Record<string, unknown>;
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(migrated).toEqual({ ...VERSION_1, schemaVersion: 2, entityCorrections: [] });
    expect(databaseSchema.safeParse(migrated).success).toBe(true);
  });

  it('takes a version-0 file through both steps', () => {
    const migrated = migrateToCurrent({ documents: [], annotations: [] });
    expect(migrated).toEqual({
      schemaVersion: 2,
      documents: [],
      annotations: [],
      entityCorrections: [],
      settings: { lastDocumentId: null },
    });
  });

  it('refuses a file from a newer build', () => {
    expect(() => migrateToCurrent({ ...VERSION_1, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(
      NewerSchemaError,
    );
  });
});

describe('opening a schema-1 database on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-migrate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates in place; the first write stores schema 2 with the data intact', async () => {
    const file = join(dir, DATABASE_FILE_NAME);
    await writeFile(file, JSON.stringify(VERSION_1));
    const { db, created, recovered } = await openDatabase(dir);
    expect(created).toBe(false);
    expect(recovered).toBeNull();
    expect(db.data.entityCorrections).toEqual([]);
    await db.write();
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.entityCorrections).toEqual([]);
    expect(onDisk.documents).toEqual([DOCUMENT]);
    expect(onDisk.settings).toEqual({ lastDocumentId: DOCUMENT.id });
  });
});
