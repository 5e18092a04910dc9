/** Where things live on disk, for the hosts that run without Electron's `app` module. */
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'Marginalia';

/**
 * The same folder Electron uses for `app.getPath('userData')`, so the browser
 * host and the CLI work on the desktop app's library by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.MARGINALIA_DATA_DIR) return resolve(env.MARGINALIA_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/**
 * The repository (or installed package) root. Built files live two folders
 * down (dist/node/…), sources three (electron/core/paths.ts); both find the
 * folder holding package.json's neighbour `resources/`.
 */
export function packageRoot(fromUrl: string = import.meta.url): string {
  let folder = dirname(fileURLToPath(fromUrl));
  for (let i = 0; i < 5; i++) {
    if (folder.endsWith('dist') || folder.endsWith('electron')) return dirname(folder);
    folder = dirname(folder);
  }
  throw new Error(`cannot find the package root from ${fromUrl}`);
}

export function sampleArticlePath(root: string = packageRoot()): string {
  return join(root, 'resources', 'sample-article.txt');
}
