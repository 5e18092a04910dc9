/**
 * Where the desktop app finds its data and resources, as pure functions of
 * what Electron reports, so they are tested without Electron.
 */
import { join, resolve } from 'node:path';

/**
 * The data folder asked for on the command line (`--data-dir <dir>` or
 * `--data-dir=<dir>`) or in `MARGINALIA_DATA_DIR`, or null for Electron's
 * `userData` folder. The flag wins over the variable, as in the browser host.
 */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir' && argv[i + 1] && !argv[i + 1]!.startsWith('--')) return resolve(argv[i + 1]!);
    if (arg.startsWith('--data-dir=') && arg.length > '--data-dir='.length)
      return resolve(arg.slice('--data-dir='.length));
  }
  return env.MARGINALIA_DATA_DIR ? resolve(env.MARGINALIA_DATA_DIR) : null;
}

export interface AppLocations {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `app.getAppPath()`: the repository in development, `resources/app.asar` when packaged. */
  appPath: string;
  /** `process.resourcesPath`: the folder holding app.asar and the extraResources. */
  resourcesPath: string;
}

/** The first-run article: an extraResource beside app.asar when packaged, `resources/` in the repository otherwise. */
export function sampleArticlePathFor({ isPackaged, appPath, resourcesPath }: AppLocations): string {
  return isPackaged ? join(resourcesPath, 'sample-article.txt') : join(appPath, 'resources', 'sample-article.txt');
}

/** The built renderer served on app://. */
export function rendererDirFor({ appPath }: Pick<AppLocations, 'appPath'>): string {
  return join(appPath, 'dist', 'renderer');
}

/** The window icon for Linux in development; packaged builds take it from the desktop entry. */
export function windowIconFor({
  isPackaged,
  appPath,
}: Pick<AppLocations, 'isPackaged' | 'appPath'>): string | undefined {
  return isPackaged ? undefined : join(appPath, 'resources', 'icon.png');
}
