/**
 * All-or-nothing changes across several files of the library.
 *
 * Each file is replaced atomically on its own (atomic-write.ts). A change that
 * spans files — deleting a document drops its record from the index and its
 * annotation file — first writes an undo journal holding every touched
 * file's contents before the change, then replaces the files, then removes
 * the journal. A journal found at open means a change was cut short: its
 * files are put back as they were, so the files never disagree, and the
 * change, which was never acknowledged, is simply not there.
 *
 * An undo journal rather than a redo log: a failed change (a full disk) must
 * leave the old state, which the caller still holds in memory.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { removeFileDurably, writeFileDurably } from './atomic-write.ts';

export const JOURNAL_FILE_NAME = 'marginalia.journal.json';

export interface FileWrite {
  /** Relative to the data folder, with `/`. */
  path: string;
  /** The new contents, or null to remove the file. */
  contents: string | null;
  /** The contents it replaces (null: there was no file). */
  before: string | null;
}

interface Journal {
  files: Array<{ path: string; before: string | null }>;
}

/** Writes `files` so that after a crash either all or none of them hold the new contents. */
export async function writeFilesTogether(dataDir: string, files: readonly FileWrite[]): Promise<void> {
  if (files.length === 1) return applyFile(dataDir, files[0]!.path, files[0]!.contents);
  const journal: Journal = { files: files.map(({ path, before }) => ({ path, before })) };
  await writeFileDurably(join(dataDir, JOURNAL_FILE_NAME), JSON.stringify(journal));
  try {
    for (const file of files) await applyFile(dataDir, file.path, file.contents);
  } catch (error) {
    // Undo now; if even that fails the journal stays, and the next write or open undoes it.
    await rollBack(dataDir, journal).catch(() => undefined);
    throw error;
  }
  await removeFileDurably(join(dataDir, JOURNAL_FILE_NAME));
}

/** The journal of a change cut short, if there is one: the files it touched and their contents before it. */
export async function readJournal(dataDir: string): Promise<Journal | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, JOURNAL_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Written atomically, so it is whole; anything else is not ours to act on.
  const parsed = JSON.parse(text) as Journal;
  if (!Array.isArray(parsed.files)) throw new Error(`${JOURNAL_FILE_NAME} is not a Marginalia journal`);
  return parsed;
}

/** Puts back the files of a change cut short, then removes its journal. Returns whether there was one. */
export async function recoverJournal(dataDir: string): Promise<boolean> {
  const journal = await readJournal(dataDir);
  if (!journal) return false;
  await rollBack(dataDir, journal);
  return true;
}

async function rollBack(dataDir: string, journal: Journal): Promise<void> {
  for (const file of journal.files) await applyFile(dataDir, file.path, file.before);
  await removeFileDurably(join(dataDir, JOURNAL_FILE_NAME));
}

async function applyFile(dataDir: string, path: string, contents: string | null): Promise<void> {
  const absolute = join(dataDir, path);
  if (contents === null) return removeFileDurably(absolute);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFileDurably(absolute, contents);
}
