/**
 * electron-builder `afterPack` hook: flips the Electron fuses of the packed
 * app, before signing, so a shipped Marginalia cannot be turned into a
 * general-purpose Node runtime or made to load code from outside app.asar.
 *
 *   RunAsNode                              off  (ELECTRON_RUN_AS_NODE=1 is ignored)
 *   EnableNodeOptionsEnvironmentVariable   off  (NODE_OPTIONS is ignored)
 *   EnableNodeCliInspectArguments          off  (--inspect is ignored)
 *   OnlyLoadAppFromAsar                    on   (no app/ folder beside app.asar)
 *   EnableEmbeddedAsarIntegrityValidation  on   on macOS and Windows, where electron-builder
 *                                               embeds the asar hash; Linux has no support
 *   EnableCookieEncryption                 on
 *   GrantFileProtocolExtraPrivileges       off  (the page loads from app://, never file://)
 *
 * The packaging test builds against a placeholder "Electron" (this machine
 * has no binary). Such a build is detected by its marker and skipped with a
 * loud log line; any other binary without a fuse wire is an error — the hook
 * never reports fuses it did not flip.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/** Written into the placeholder executable; its presence means "not a real Electron". */
export const PLACEHOLDER_MARKER = 'MARGINALIA-PLACEHOLDER-NOT-ELECTRON';
/** @electron/fuses looks for this sentinel; every Electron ≥ 12 binary has it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

export type BinaryKind = 'electron' | 'placeholder' | 'unrecognised';

export function classifyBinary(bytes: Uint8Array): BinaryKind {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(FUSE_SENTINEL)) return 'electron';
  if (buffer.includes(PLACEHOLDER_MARKER)) return 'placeholder';
  return 'unrecognised';
}

export function fuseConfigFor(platform: string, arch: string): FuseV1Config {
  const integrity = platform === 'darwin' || platform === 'mas' || platform === 'win32';
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: integrity,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Changing the binary breaks the ad-hoc signature Apple Silicon requires.
    resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && arch === 'arm64',
  };
}

/** The file @electron/fuses is given, and the one holding the fuse wire (the framework on macOS). */
export function electronPaths(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName'>,
  names: { productFilename: string; executableName: string },
) {
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas': {
      const app = join(context.appOutDir, `${names.productFilename}.app`);
      return {
        target: app,
        wire: join(app, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework'),
      };
    }
    case 'win32': {
      const exe = join(context.appOutDir, `${names.productFilename}.exe`);
      return { target: exe, wire: exe };
    }
    default: {
      const exe = join(context.appOutDir, names.executableName);
      return { target: exe, wire: exe };
    }
  }
}

const ARCH_NAMES: Record<number, string> = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const packager = context.packager as AfterPackContext['packager'] & { executableName?: string };
  const names = {
    productFilename: packager.appInfo.productFilename,
    executableName: packager.executableName ?? packager.appInfo.productFilename,
  };
  const { target, wire } = electronPaths(context, names);
  const kind = classifyBinary(await readFile(wire));
  if (kind === 'placeholder') {
    console.log(
      `[flip-fuses] SKIPPED: ${resolve(wire)} is the placeholder Electron binary, not Electron. ` +
        'No fuses were flipped and this build cannot run; package against a real Electron (ELECTRON_DIST) to ship.',
    );
    return;
  }
  if (kind === 'unrecognised') {
    throw new Error(
      `[flip-fuses] ${wire} has no Electron fuse wire and is not the known placeholder; refusing to ship it unfused.`,
    );
  }
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const config = fuseConfigFor(context.electronPlatformName, arch);
  await flipFuses(target, config);
  const on = Object.entries(config)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key, value]) => `${FuseV1Options[Number(key)]}=${value ? 'on' : 'off'}`);
  console.log(`[flip-fuses] ${target} (${context.electronPlatformName}/${arch}): ${on.join(', ')}`);
}
