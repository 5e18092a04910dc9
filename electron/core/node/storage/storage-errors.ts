/**
 * The storage layer's failures, each a sentence naming its cause: a full
 * disk, a folder the user may not write, a library another Marginalia holds,
 * a library written by a newer Marginalia. Callers show `message` as it is.
 */

/** Why a file operation failed, in words, from its Node error code. */
export function causeOf(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EBUSY':
    case 'ELOCKED':
      return 'the file is locked by another program';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the library folder is gone';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** True for the failures that mean "this folder cannot be written" (as opposed to a full disk or a bug). */
export function isPermissionProblem(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** A change that could not be saved. Nothing of it was applied, in memory or on disk. */
export class WriteFailedError extends Error {
  override readonly name = 'WriteFailedError';
  /** @param reason - Overrides the cause's own words (a read-only library says why it is read-only). */
  constructor(cause: unknown, reason = causeOf(cause)) {
    super(`Could not save: ${reason}. Nothing was changed.`, { cause });
  }
}

/** A change that would store a record the store itself would refuse to read. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(what: string, problem: string) {
    super(`Could not save ${what}: ${problem}. Nothing was changed.`);
  }
}

/** The library or one of its files was written by a newer Marginalia: it is neither read nor touched. */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
  constructor(
    readonly path: string,
    readonly version: number,
    readonly supported: number,
  ) {
    super(
      `This library needs a newer Marginalia: ${path} was written by a newer version (schema ${version}; this one reads up to ${supported}). Nothing was opened or changed; update Marginalia to open it.`,
    );
  }
}

/** A file of the library is not JSON, and the caller may not move it aside (a read-only command). */
export class UnreadableLibraryError extends Error {
  override readonly name = 'UnreadableLibraryError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(
      `The library file ${path} cannot be read (${reason}). Nothing was changed; open Marginalia to set it aside and start again.`,
    );
  }
}

/** Another process holds the library. */
export class LibraryLockedError extends Error {
  override readonly name = 'LibraryLockedError';
  constructor(
    message: string,
    readonly owner: LockOwner | null,
  ) {
    super(message);
  }
}

/** Who holds a library, as written beside its lock. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** What kind of process: the desktop app, the browser host or a command. */
  kind: 'desktop' | 'browser-host' | 'command';
  /** Where the browser host serves the app, for messages. */
  url?: string;
  /** Where other processes send their changes (loopback), and the token they must show. */
  endpoint?: { url: string; token: string };
  since: string;
}

/**
 * Why a library could not be opened, as a sentence for the person starting
 * the app; null for a fault of ours (a bug), which the caller logs.
 */
export function openFailureMessage(error: unknown, dataDir: string): string | null {
  if (
    error instanceof LibraryLockedError ||
    error instanceof NewerSchemaError ||
    error instanceof UnreadableLibraryError
  ) {
    return error.message;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('E')) {
    return `The library folder ${dataDir} cannot be used: ${causeOf(error)}. Choose a folder you can write to (--data-dir or MARGINALIA_DATA_DIR).`;
  }
  return null;
}
