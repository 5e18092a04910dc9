/**
 * A lowdb adapter that reads JSON and writes it durably (see atomic-write.ts).
 *
 * Writes are serialized through one writer that keeps only the newest data, as
 * steno does: while a write is on its way to disk, later calls wait, and the
 * next write carries the state at that moment, so every waiting caller's
 * change is in it. Each caller resolves only when a write that includes its
 * change has landed.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './atomic-write.ts';

/** The file exists but is not JSON. The caller decides what to do with it. */
export class UnparsableFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path} is not valid JSON`, { cause });
    this.name = 'UnparsableFileError';
  }
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class DurableJSONFile<T> implements Adapter<T> {
  #pending: { data: T; waiters: Waiter[] } | null = null;
  #writing = false;

  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new UnparsableFileError(this.path, error);
    }
  }

  write(data: T): Promise<void> {
    return new Promise((resolve, reject) => {
      // Only keep the most recent data; every waiter resolves when it lands.
      if (this.#pending) {
        this.#pending.data = data;
        this.#pending.waiters.push({ resolve, reject });
      } else {
        this.#pending = { data, waiters: [{ resolve, reject }] };
      }
      void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    if (this.#writing) return;
    this.#writing = true;
    try {
      while (this.#pending) {
        const { data, waiters } = this.#pending;
        this.#pending = null;
        try {
          await writeFileDurably(this.path, JSON.stringify(data));
          for (const waiter of waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
        }
      }
    } finally {
      this.#writing = false;
    }
  }
}
