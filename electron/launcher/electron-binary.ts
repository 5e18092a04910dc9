/**
 * Finds Electron's binary, or says why there is none and whether downloading
 * it could help. Used by `npm start` and by the Electron e2e suite.
 *
 * Resolved the way the electron package's own `index.js` (and so Playwright)
 * does it: `ELECTRON_OVERRIDE_DIST_PATH` when set, else `dist/<path.txt>`
 * inside the package, where its install script records the executable after
 * unpacking. Read here rather than through `require('electron')`, whose
 * error ("failed to install correctly, please delete node_modules/electron")
 * sends a user the wrong way when the download simply never ran.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary =
  | { path: string; reason: null }
  /** `downloadable`: Electron's installer could put a binary where this looked. */
  | { path: null; reason: string; downloadable: boolean };

export interface ElectronPackage {
  /** The folder of the installed `electron` npm package. */
  dir: string;
  version: string;
}

/** Where each platform's executable sits inside an unpacked Electron. */
export function executableName(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return join('Electron.app', 'Contents', 'MacOS', 'Electron');
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The installed electron package, or null when it is not installed (`npm install --omit=dev`). */
export function findElectronPackage(): ElectronPackage | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return { dir: dirname(manifest), version };
  } catch {
    return null;
  }
}

export function findElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
  electron: ElectronPackage | null = findElectronPackage(),
  platform: NodeJS.Platform = process.platform,
): ElectronBinary {
  const recorded = electron ? readRecordedPath(electron.dir) : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, recorded ?? executableName(platform));
    return existsSync(path)
      ? { path, reason: null }
      : {
          path: null,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron binary at ${path}`,
          downloadable: false,
        };
  }
  if (!electron) {
    return {
      path: null,
      reason:
        'the electron package is not installed (it is a development dependency; run `npm install` without --omit=dev)',
      downloadable: false,
    };
  }
  const path = recorded ? join(electron.dir, 'dist', recorded) : null;
  if (path && existsSync(path)) return { path, reason: null };
  return {
    path: null,
    reason: `Electron ${electron.version}'s binary is not installed in ${join(electron.dir, 'dist')}`,
    downloadable: true,
  };
}

/** The executable's path inside `dist/`, as the install script recorded it. */
function readRecordedPath(electronDir: string): string | null {
  try {
    return readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
