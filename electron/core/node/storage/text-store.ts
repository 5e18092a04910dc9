/**
 * Document texts, one file each under `<dataDir>/texts/<sha256>.txt`.
 *
 * Keyed by content hash so that the same text is stored once, annotations stay
 * anchored when the original file moves or disappears, and the database file
 * stays small enough to rewrite on every change.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './atomic-write.ts';
import { WriteFailedError } from './storage-errors.ts';

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class TextStore {
  readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'texts');
  }

  /** Stores the text (once) and returns its hash; a WriteFailedError names why it could not. */
  async put(text: string): Promise<string> {
    const hash = hashText(text);
    const path = this.#pathOf(hash);
    if (!(await exists(path))) {
      try {
        await mkdir(this.folder, { recursive: true });
        await writeFileDurably(path, text);
      } catch (error) {
        throw new WriteFailedError(error);
      }
    }
    return hash;
  }

  async get(hash: string): Promise<string> {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a content hash: ${hash}`);
    return readFile(this.#pathOf(hash), 'utf8');
  }

  #pathOf(hash: string): string {
    return join(this.folder, `${hash}.txt`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
