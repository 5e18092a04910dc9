/**
 * Finds an Electron binary for the e2e suite, or says why there is none.
 *
 * Resolved the way `require('electron')` (and so Playwright) does it:
 * `ELECTRON_OVERRIDE_DIST_PATH` when set, else the path the electron package
 * recorded when its install script downloaded the binary. On a machine where
 * that script never ran there is no binary, and the suite skips, saying so.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type ElectronBinary = { path: string; reason: null } | { path: null; reason: string };

const EXECUTABLE: Record<string, string> = {
  darwin: join('Electron.app', 'Contents', 'MacOS', 'Electron'),
  win32: 'electron.exe',
};

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, EXECUTABLE[process.platform] ?? 'electron');
    return existsSync(path)
      ? { path, reason: null }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${path} does not exist.` };
  }
  let path: unknown;
  try {
    // The electron package's main export is the binary's path; it throws when the binary was never installed.
    path = createRequire(import.meta.url)('electron');
  } catch (error) {
    return {
      path: null,
      reason: `node_modules/electron has no binary (${error instanceof Error ? error.message : String(error)}). Its install script did not run; set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run this suite.`,
    };
  }
  if (typeof path !== 'string') return { path: null, reason: 'require("electron") did not return a path.' };
  return existsSync(path)
    ? { path, reason: null }
    : { path: null, reason: `require("electron") points at ${path}, which does not exist.` };
}
