/** Where things live on disk, for the hosts that run without Electron's `app` module. */
import { existsSync } from 'node:fs';
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
 * The repository (or installed package) root: the nearest folder above this
 * module that holds both package.json and resources/. Works from sources
 * (electron/core/node/) and from bundles (dist/node/).
 */
export function packageRoot(fromUrl: string = import.meta.url): string {
  let folder = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'resources'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the package root from ${fromUrl}`);
    folder = parent;
  }
}

export function sampleArticlePath(root: string = packageRoot()): string {
  return join(root, 'resources', 'sample-article.txt');
}
