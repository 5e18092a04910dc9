import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { classifyBinary, electronPaths, fuseConfigFor, PLACEHOLDER_MARKER } from './flip-fuses.ts';

describe('classifyBinary', () => {
  it('recognises the fuse sentinel, the placeholder marker, and neither', () => {
    const electron = Buffer.concat([
      Buffer.alloc(64, 0x90),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, 8, 49, 49]),
    ]);
    expect(classifyBinary(electron)).toBe('electron');
    expect(classifyBinary(Buffer.from(`#!/bin/sh\n# ${PLACEHOLDER_MARKER}\nexit 1\n`))).toBe('placeholder');
    expect(classifyBinary(Buffer.from('\x7fELF something else'))).toBe('unrecognised');
  });
});

describe('fuseConfigFor', () => {
  it.each(['linux', 'win32', 'darwin'])('locks down %s', (platform) => {
    const config = fuseConfigFor(platform, 'x64');
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('validates asar integrity only where Electron supports it', () => {
    expect(fuseConfigFor('darwin', 'arm64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('win32', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('linux', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
  });

  it('re-signs ad hoc only for Apple Silicon', () => {
    expect(fuseConfigFor('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfigFor('linux', 'arm64').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('electronPaths', () => {
  const names = { productFilename: 'Marginalia', executableName: 'marginalia' };
  it('finds the binary per platform', () => {
    expect(electronPaths({ appOutDir: '/r/linux-unpacked', electronPlatformName: 'linux' }, names)).toEqual({
      target: join('/r/linux-unpacked', 'marginalia'),
      wire: join('/r/linux-unpacked', 'marginalia'),
    });
    expect(electronPaths({ appOutDir: '/r/win-unpacked', electronPlatformName: 'win32' }, names).target).toBe(
      join('/r/win-unpacked', 'Marginalia.exe'),
    );
    expect(electronPaths({ appOutDir: '/r/mac', electronPlatformName: 'darwin' }, names)).toEqual({
      target: join('/r/mac', 'Marginalia.app'),
      wire: join(
        '/r/mac',
        'Marginalia.app',
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      ),
    });
  });
});
