/**
 * Durable file replacement: write a temp file beside the target, fsync it,
 * rename it over the target, then fsync the folder.
 *
 * steno (lowdb's writer) renames but never fsyncs, so after a power cut the
 * renamed file can be empty. Annotations are the user's own work; a write is
 * acknowledged only once it is on disk.
 */
import { open, rename, rm } from 'node:fs/promises';
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
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter++}.tmp`);
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

/** Makes the rename itself durable. Folders cannot be opened for sync on Windows. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
