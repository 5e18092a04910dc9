/**
 * One writer per library folder.
 *
 * `proper-lockfile` holds the lock: an atomic `mkdir` of
 * `<data-dir>/marginalia.lock`, whose time it refreshes while the owner
 * runs, so a lock left by a crashed process goes stale and is taken over
 * after {@link STALE_MS}. Beside it, `marginalia.lock.json` says who holds
 * it (process id, kind, the browser host's address, the endpoint that takes
 * other processes' changes): a second process can then name the running one,
 * send its change there, and — when that process is gone from this machine —
 * take the lock at once instead of waiting for it to go stale.
 */
import { hostname } from 'node:os';
import { readFile, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { removeFileDurably, writeFileDurably } from './atomic-write.ts';
import { LibraryLockedError, type LockOwner } from './storage-errors.ts';

export const LOCK_NAME = 'marginalia.lock';
export const OWNER_FILE_NAME = 'marginalia.lock.json';
/** A lock not refreshed for this long belongs to a process that no longer runs (or hangs). */
const STALE_MS = 10_000;
const RETRY_MS = 200;

export interface AcquireOptions {
  kind: LockOwner['kind'];
  url?: string;
  /** How long to wait for another process to let go before giving up; 0 gives up at once. */
  waitMs?: number;
  /** Told once, when the lock is busy and waiting starts. */
  onWait?: (owner: LockOwner | null) => void;
}

export class LibraryLock {
  #compromised: Error | null = null;
  #release: (() => Promise<void>) | null;
  #owner: LockOwner;

  private constructor(
    readonly dataDir: string,
    release: () => Promise<void>,
    owner: LockOwner,
  ) {
    this.#release = release;
    this.#owner = owner;
  }

  static async acquire(dataDir: string, options: AcquireOptions): Promise<LibraryLock> {
    const deadline = Date.now() + (options.waitMs ?? 0);
    let told = false;
    let lock: LibraryLock | null = null;
    for (;;) {
      try {
        const release = await lockfile.lock(dataDir, {
          lockfilePath: join(dataDir, LOCK_NAME),
          realpath: false,
          stale: STALE_MS,
          onCompromised: (error) => {
            if (lock) lock.#compromised = error;
          },
        });
        const owner: LockOwner = {
          pid: process.pid,
          hostname: hostname(),
          kind: options.kind,
          ...(options.url ? { url: options.url } : {}),
          since: new Date().toISOString(),
        };
        lock = new LibraryLock(dataDir, release, owner);
        await lock.#writeOwner();
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        const owner = await readOwnerFile(dataDir);
        if (owner && ownerIsGone(owner)) {
          // Its process is no longer running on this machine: the lock is stale now, not in ten seconds.
          await rmdir(join(dataDir, LOCK_NAME)).catch(() => undefined);
          continue;
        }
        // An app holds a library for as long as it runs; only a command is worth waiting for.
        const app = owner?.kind === 'desktop' || owner?.kind === 'browser-host';
        if (app || Date.now() >= deadline) throw new LibraryLockedError(lockedMessage(dataDir, owner), owner);
        if (!told) options.onWait?.(owner);
        told = true;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  /** Set when another process took the lock over (this one hung past the stale time): writing must stop. */
  get compromised(): Error | null {
    return this.#compromised;
  }

  /** Publishes where other processes may send their changes. */
  async setEndpoint(endpoint: LockOwner['endpoint'], url?: string): Promise<void> {
    this.#owner = { ...this.#owner, ...(endpoint ? { endpoint } : {}), ...(url ? { url } : {}) };
    await this.#writeOwner();
  }

  async release(): Promise<void> {
    const release = this.#release;
    if (!release) return;
    this.#release = null;
    await removeFileDurably(join(this.dataDir, OWNER_FILE_NAME)).catch(() => undefined);
    await release().catch(() => undefined); // compromised or already gone: nothing left to release
  }

  #writeOwner(): Promise<void> {
    return writeFileDurably(join(this.dataDir, OWNER_FILE_NAME), JSON.stringify(this.#owner));
  }
}

/** Who holds the library now, or null when nobody (or a process that is gone) does. */
export async function currentOwner(dataDir: string): Promise<LockOwner | null> {
  const locked = await lockfile
    .check(dataDir, { lockfilePath: join(dataDir, LOCK_NAME), realpath: false, stale: STALE_MS })
    .catch(() => false);
  if (!locked) return null;
  const owner = await readOwnerFile(dataDir);
  return owner && !ownerIsGone(owner) ? owner : null;
}

async function readOwnerFile(dataDir: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(join(dataDir, OWNER_FILE_NAME), 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string' ? owner : null;
  } catch {
    return null; // not written yet, or left half-way by a crash: the stale time decides
  }
}

/** True when the owner ran on this machine and its process has ended. */
function ownerIsGone(owner: LockOwner): boolean {
  if (owner.hostname !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** "Marginalia is already using this library (…)": names the running process and what to do. */
export function lockedMessage(dataDir: string, owner: LockOwner | null): string {
  const who =
    owner?.kind === 'browser-host'
      ? `the browser host${owner.url ? ` at ${owner.url}` : ''} (process ${owner.pid})`
      : owner?.kind === 'desktop'
        ? `the desktop app (process ${owner.pid})`
        : owner?.kind === 'command'
          ? `a marginalia command (process ${owner.pid})`
          : 'another Marginalia';
  const what = owner?.kind === 'browser-host' && owner.url ? ` Open ${owner.url} to use it, or` : ' Use that one, or';
  return `This library (${dataDir}) is already open in ${who}.${what} close it first.`;
}
