/**
 * Downloading Electron's binary the way `npm install` would on a machine that
 * allows the electron package's install script: by running that script
 * (`install.js`). It fetches through `@electron/get`, checks the zip against
 * the checksums shipped in the package, keeps it in Electron's cache, and
 * unpacks it into `node_modules/electron/dist`.
 *
 * The script prints nothing until it is done (its own progress bar waits 30 s
 * and needs a terminal), and with no timeout it can wait forever on a network
 * that drops packets. So it downloads into a temporary folder of ours: the
 * size of what is there is the progress we show, and when neither that nor
 * the unpacked binary grows for too long, the download is given up as stalled.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOf } from './children.ts';

export type FetchResult = { ok: true } | { ok: false; reason: string };

export interface FetchProgress {
  /** Bytes of the zip downloaded so far (0 again once it has moved to Electron's cache). */
  bytes: number;
  /** True once the binary is being unpacked into node_modules/electron/dist. */
  unpacking: boolean;
}

export interface FetchOptions {
  /** The electron package folder, holding install.js. */
  electronDir: string;
  env: NodeJS.ProcessEnv;
  /** Starts a child process (the launcher's, so Ctrl+C stops it). */
  spawn: (
    command: string,
    args: readonly string[],
    options: { env: NodeJS.ProcessEnv; stdio: ['ignore', 'ignore', 'pipe'] },
  ) => ChildProcess;
  onProgress: (progress: FetchProgress) => void;
  /** Give up when no byte has arrived for this long. */
  stallMs?: number;
  pollMs?: number;
}

/**
 * Why the installer should not even be tried, or null: the user asked for no
 * download, or Electron publishes no build for this machine (the package's
 * checksums.json lists every zip there is).
 */
export function downloadRefusal(
  electron: { dir: string; version: string },
  env: NodeJS.ProcessEnv,
  platform: string = process.platform,
  arch: string = process.arch,
): string | null {
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded';
  let checksums: Record<string, string>;
  try {
    checksums = JSON.parse(readFileSync(join(electron.dir, 'checksums.json'), 'utf8')) as Record<string, string>;
  } catch {
    return null; // no list to go by: let the installer find out
  }
  const zip = `electron-v${electron.version}-${platform}-${arch}.zip`;
  return Object.hasOwn(checksums, zip) ? null : `Electron publishes no build for ${platform}-${arch}`;
}

export async function fetchElectron(options: FetchOptions): Promise<FetchResult> {
  const { electronDir, onProgress, stallMs = 30_000, pollMs = 500 } = options;
  const folder = await mkdtemp(join(tmpdir(), 'marginalia-electron-'));
  // @electron/get downloads into os.tmpdir(): TMPDIR on POSIX, TEMP or TMP on Windows.
  const env: NodeJS.ProcessEnv = { ...options.env, TMPDIR: folder, TEMP: folder, TMP: folder };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // the launcher decided to download; the script would skip silently
  const child = options.spawn(process.execPath, [join(electronDir, 'install.js')], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  // Activity is the zip growing in our folder, then the binary growing in dist/ as it is unpacked
  // (a zip already in Electron's cache goes straight to unpacking). Neither for `stallMs`: stalled.
  const dist = join(electronDir, 'dist');
  const distAtStart = (await bytesIn(dist)) ?? 0;
  let stalled = false;
  let lastActivity = '';
  let lastChange = Date.now();
  const poll = setInterval(() => {
    void Promise.all([bytesIn(folder), bytesIn(dist)]).then(([downloaded, unpacked]) => {
      const activity = `${downloaded}/${unpacked}`;
      if (activity !== lastActivity) {
        lastActivity = activity;
        lastChange = Date.now();
        onProgress({ bytes: downloaded ?? 0, unpacking: (unpacked ?? 0) > distAtStart });
      } else if (Date.now() - lastChange > stallMs && child.exitCode === null) {
        stalled = true;
        child.kill('SIGTERM');
      }
    });
  }, pollMs);

  try {
    const code = await exitOf(child);
    if (code === 0) return { ok: true };
    if (stalled)
      return { ok: false, reason: `the download stalled: nothing arrived for ${Math.round(stallMs / 1000)} s` };
    return { ok: false, reason: describeInstallFailure(stderr, code) };
  } catch (error) {
    return {
      ok: false,
      reason: `Electron's installer could not be started (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    clearInterval(poll);
    await rm(folder, { recursive: true, force: true });
  }
}

/** Total size of the files under `folder`; null while it cannot be read. */
async function bytesIn(folder: string): Promise<number | null> {
  try {
    let total = 0;
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
    }
    return total;
  } catch {
    return null;
  }
}

/**
 * Why the install script failed, in words, from what it printed (an error and
 * its stack). Network errors name the host, so a user can tell "offline" from
 * "blocked".
 */
export function describeInstallFailure(stderr: string, exitCode: number): string {
  let match: RegExpExecArray | null;
  if ((match = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/.exec(stderr))) {
    return `${match[1]} could not be found (offline, or the network blocks it)`;
  }
  if ((match = /connect ECONNREFUSED (\S+)/.exec(stderr))) {
    return `${match[1]} refused the connection (offline, or blocked by a firewall)`;
  }
  if ((match = /\b(ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNRESET)\b/.exec(stderr))) {
    const what = {
      ETIMEDOUT: 'timed out',
      ENETUNREACH: 'found no network',
      EHOSTUNREACH: 'found no route to the server',
      ECONNRESET: 'was cut off',
    };
    return `the download ${what[match[1] as keyof typeof what]} (offline, or blocked by a firewall or proxy)`;
  }
  if ((match = /Response code (\d+)(?: \(([^)]*)\))?(?: for (\S+))?/.exec(stderr))) {
    return `the download server answered ${match[1]}${match[2] ? ` ${match[2]}` : ''}${match[3] ? ` for ${match[3]}` : ''}`;
  }
  if (/checksum/i.test(stderr) && /match/i.test(stderr)) {
    return "the downloaded file did not match Electron's published checksum, so it was not used";
  }
  if (/certificate|CERT_|self[- ]signed/i.test(stderr)) {
    return "the download server's certificate could not be verified (is an HTTPS proxy in the way?)";
  }
  if ((match = /not available on platform: (\S+)/.exec(stderr))) return `Electron publishes no build for ${match[1]}`;
  if (/\bENOSPC\b/.test(stderr)) return 'the disk is full';
  if (/\b(EACCES|EPERM|EROFS)\b/.test(stderr)) return 'node_modules/electron cannot be written to';
  const first = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  return first ? `Electron's installer failed: ${first}` : `Electron's installer exited with code ${exitCode}`;
}
