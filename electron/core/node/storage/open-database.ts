/**
 * Opens `<dataDir>/marginalia.json` as a lowdb database.
 *
 * A file written by an older version is migrated (migrations.ts) and written
 * back in place at the current schema before the library opens.
 *
 * A file that cannot be read as a Marginalia database (not JSON, wrong shape,
 * written by a newer version) is renamed aside to
 * `marginalia.json.corrupt-<timestamp>` — never overwritten — and a fresh
 * database starts in its place; the caller tells the user where the old file
 * was kept.
 */
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJSONFile, UnparsableFileError } from './durable-json-file.ts';
import { migrateToCurrent } from './migrations.ts';
import { databaseSchema, emptyDatabase, type DatabaseShape } from './schema.ts';

export const DATABASE_FILE_NAME = 'marginalia.json';

export interface OpenedDatabase {
  db: Low<DatabaseShape>;
  /** True when no database file existed: the caller seeds first-run content. */
  created: boolean;
  /** Set when an unreadable file was moved aside. */
  recovered: { keptAt: string; reason: string } | null;
}

export async function openDatabase(dataDir: string): Promise<OpenedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, DATABASE_FILE_NAME);
  const adapter = new DurableJSONFile<DatabaseShape>(path);
  const db = new Low<DatabaseShape>(adapter, emptyDatabase());

  let raw: unknown;
  let problem: string | null = null;
  try {
    raw = await adapter.read();
  } catch (error) {
    if (!(error instanceof UnparsableFileError)) throw error;
    problem = 'the file is not valid JSON';
  }

  if (problem === null && raw === null) {
    await db.write();
    return { db, created: true, recovered: null };
  }

  if (problem === null) {
    try {
      const upgraded = migrateToCurrent(raw);
      const checked = databaseSchema.safeParse(upgraded);
      if (checked.success) {
        db.data = checked.data;
        // An older file is rewritten at the current schema now, durably, so the upgrade runs once.
        if (upgraded !== raw) await db.write();
        return { db, created: false, recovered: null };
      }
      problem = `the file does not match the database schema (${checked.error.issues[0]?.path.join('.') || 'root'}: ${checked.error.issues[0]?.message})`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }

  const keptAt = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, keptAt);
  await db.write();
  return { db, created: true, recovered: { keptAt, reason: problem } };
}
