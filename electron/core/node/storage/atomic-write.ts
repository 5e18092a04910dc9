/**
 * Durable file replacement: write a temp file beside the target, fsync it,
 * rename it over the target, then fsync the folder.
 *
 * steno (lowdb's writer) renames but never fsyncs, so after a power cut the
 * renamed file can be empty. Annotations are the user's own work; a write is
 * acknowledged only once it is on disk.
 */
import { open, readdir, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/** Permissions (before the umask) of a file the user saves for other programs to read: 0644 with the usual umask. */
export const SAVED_FILE_MODE = 0o666;

/**
 * @param mode - Permissions of the new file, before the umask. The default,
 *   0600, keeps the library private to its user; exports pass
 *   {@link SAVED_FILE_MODE}.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  path = await followLink(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter++}${TEMP_SUFFIX}`);
  const handle = await open(temp, 'w', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true }); // a full disk or a refused rename leaves no temp file behind
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Removes a file durably; a file that is not there is fine. */
export async function removeFileDurably(path: string): Promise<void> {
  await rm(path, { force: true });
  await syncFolder(dirname(path));
}

const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /^\..+\.\d+\.\d+\.tmp$/;

/**
 * Removes the temporary files a killed process left in `folder`. Only the
 * library's owner calls it, under the library lock, so no write of another
 * process is in flight there.
 */
export async function sweepTemporaryFiles(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => TEMP_NAME.test(name));
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  return stale.length;
}

/**
 * A symlinked library file keeps pointing where it pointed: the new contents
 * replace the link's target, not the link.
 */
async function followLink(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path; // not there yet (or a dangling link, which the write then replaces)
  }
}

/** Windows refuses a rename while another process (a virus scanner, say) holds the target open. */
async function renameWithRetry(from: string, to: string, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= attempts || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Makes a rename or removal itself durable. Folders cannot be opened for sync on Windows. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
