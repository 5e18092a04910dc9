import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executableName, findElectronBinary, type ElectronPackage } from './electron-binary.ts';

let dir: string;
let electron: ElectronPackage;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-electron-pkg-'));
  electron = { dir: join(dir, 'node_modules', 'electron'), version: '41.7.1' };
  await mkdir(electron.dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** What electron's install.js leaves behind: the unpacked binary and path.txt naming it. */
async function install(): Promise<string> {
  const binary = join(electron.dir, 'dist', 'electron');
  await mkdir(join(electron.dir, 'dist'));
  await writeFile(binary, '');
  await writeFile(join(electron.dir, 'path.txt'), 'electron');
  return binary;
}

describe('findElectronBinary', () => {
  it('finds the binary the installer unpacked', async () => {
    const binary = await install();
    expect(findElectronBinary({}, electron, 'linux')).toEqual({ path: binary, reason: null });
  });

  it('reports a binary that was never downloaded as downloadable', () => {
    const found = findElectronBinary({}, electron, 'linux');
    expect(found).toMatchObject({ path: null, downloadable: true });
    expect(found.reason).toContain("Electron 41.7.1's binary is not installed");
  });

  it('reports a half-done install (path.txt but no binary) as downloadable', async () => {
    await writeFile(join(electron.dir, 'path.txt'), 'electron');
    expect(findElectronBinary({}, electron, 'linux')).toMatchObject({ path: null, downloadable: true });
  });

  it('takes ELECTRON_OVERRIDE_DIST_PATH as the only place to look, and never downloads into it', async () => {
    const unpacked = join(dir, 'my-electron');
    await mkdir(unpacked);
    const env = { ELECTRON_OVERRIDE_DIST_PATH: unpacked };
    expect(findElectronBinary(env, electron, 'linux')).toMatchObject({
      path: null,
      downloadable: false,
      reason: expect.stringContaining(unpacked),
    });
    await writeFile(join(unpacked, 'electron'), '');
    expect(findElectronBinary(env, electron, 'linux')).toEqual({ path: join(unpacked, 'electron'), reason: null });
    await install(); // a downloaded binary does not win over the override
    expect(findElectronBinary(env, electron, 'linux').path).toBe(join(unpacked, 'electron'));
  });

  it('says so when the electron package itself is missing (a production-only install)', () => {
    expect(findElectronBinary({}, null, 'linux')).toMatchObject({
      path: null,
      downloadable: false,
      reason: expect.stringContaining('--omit=dev'),
    });
  });

  it('knows where each platform keeps the executable', () => {
    expect(executableName('linux')).toBe('electron');
    expect(executableName('win32')).toBe('electron.exe');
    expect(executableName('darwin')).toBe(join('Electron.app', 'Contents', 'MacOS', 'Electron'));
  });
});
