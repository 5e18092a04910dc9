/**
 * A stand-in "Electron distribution" for packaging on machines without the
 * Electron binary. electron-builder copies an unpacked Electron folder and
 * renames its `electron` executable; that is all it needs from it, so this
 * folder holds one small shell script that says what it is and exits 1.
 * scripts/flip-fuses.ts recognises the marker and skips, saying so.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PLACEHOLDER_MARKER } from '../../scripts/flip-fuses.ts';

export const PLACEHOLDER_DIST_DIR = resolve('.tmp', 'electron-dist-placeholder');

export async function makePlaceholderElectronDist(dir: string = PLACEHOLDER_DIST_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  const executable = join(dir, 'electron');
  await writeFile(
    executable,
    [
      '#!/bin/sh',
      `# ${PLACEHOLDER_MARKER}`,
      '# Not Electron: a placeholder so electron-builder can pack app.asar on a machine with no Electron binary.',
      'echo "Marginalia was packaged against a placeholder, not Electron; it cannot run. Set ELECTRON_DIST and package again." >&2',
      'exit 1',
      '',
    ].join('\n'),
  );
  await chmod(executable, 0o755);
  await writeFile(
    join(dir, 'README.txt'),
    `Placeholder Electron distribution (${PLACEHOLDER_MARKER}); see e2e/packaging/placeholder-electron.ts.\n`,
  );
  return dir;
}
