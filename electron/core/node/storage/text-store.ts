/**
 * Document texts, one file each under `<dataDir>/texts/<sha256>.txt`, and
 * beside a text its layout when it has one (`<sha256>.layout.json`, see
 * shared/layout-types.ts): both written once, durably, and never changed.
 *
 * Keyed by content hash so that the same text is stored once, annotations stay
 * anchored when the original file moves or disappears, and the database file
 * stays small enough to rewrite on every change.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentLayout } from '../../../shared/layout-types.ts';
import { writeFileDurably } from './atomic-write.ts';
import { WriteFailedError } from './storage-errors.ts';

const HASH = /^[0-9a-f]{64}$/;
const LAYOUT_EXTENSION = '.layout.json';

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
    if (!HASH.test(hash)) throw new Error(`not a content hash: ${hash}`);
    return readFile(this.#pathOf(hash), 'utf8');
  }

  /** Stores the layout of the text with this hash (once): written before the database names the text. */
  async putLayout(hash: string, layout: DocumentLayout): Promise<void> {
    const path = this.#pathOf(hash, LAYOUT_EXTENSION);
    if (await exists(path)) return;
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(path, JSON.stringify(layout));
  }

  /**
   * The stored layout of a text, as parsed JSON, or null when it has none (a
   * plain text, or one stored before layouts existed). The caller checks it.
   */
  async getLayout(hash: string): Promise<unknown> {
    if (!HASH.test(hash)) throw new Error(`not a content hash: ${hash}`);
    let json: string;
    try {
      json = await readFile(this.#pathOf(hash, LAYOUT_EXTENSION), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(json) as unknown;
    } catch {
      return null; // a damaged layout: the text is shown by the plain-text rules
    }
  }

  #pathOf(hash: string, extension = '.txt'): string {
    return join(this.folder, `${hash}${extension}`);
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
