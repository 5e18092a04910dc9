import { describe, expect, it } from 'vitest';
import type { ElectronBinary } from './electron-binary.ts';
import type { FetchResult } from './fetch-electron.ts';
import { fallbackParagraph, launch, wrap, type LaunchEffects } from './launch.ts';

const HOST_URL = 'http://127.0.0.1:5183/';
const MISSING: ElectronBinary = { path: null, reason: 'the binary is not installed', downloadable: true };
const FOUND: ElectronBinary = { path: '/apps/electron/electron', reason: null };

/** Effects that record what the launcher did; each test sets only what its path needs. */
function effects(overrides: Partial<LaunchEffects> & { binaries?: ElectronBinary[]; fetched?: FetchResult } = {}) {
  const calls: string[] = [];
  const printed: string[] = [];
  const binaries = [...(overrides.binaries ?? [MISSING])];
  const fake: LaunchEffects = {
    findBinary: () => {
      calls.push('findBinary');
      return binaries.length > 1 ? binaries.shift()! : binaries[0]!;
    },
    downloadRefusal: () => null,
    downloadElectron: async () => {
      calls.push('download');
      return overrides.fetched ?? { ok: false, reason: 'github.com could not be found' };
    },
    hasDisplay: true,
    runDesktop: async (binary) => {
      calls.push(`desktop ${binary}`);
      return 0;
    },
    startHost: async () => {
      calls.push('host');
      return { url: HOST_URL, exited: Promise.resolve(0) };
    },
    openBrowser: async (url) => {
      calls.push(`open ${url}`);
      return true;
    },
    print: (text) => void printed.push(text),
    ...overrides,
  };
  return { fake, calls, printed: () => printed.join('\n') };
}

describe('npm start', () => {
  it('1. starts the desktop app when the binary is there, downloading nothing', async () => {
    const { fake, calls, printed } = effects({ binaries: [FOUND] });
    expect(await launch(false, fake)).toBe(0);
    expect(calls).toEqual(['findBinary', 'desktop /apps/electron/electron']);
    expect(printed()).toBe('');
  });

  it("passes on the desktop app's exit code", async () => {
    const { fake } = effects({ binaries: [FOUND], runDesktop: async () => 3 });
    expect(await launch(false, fake)).toBe(3);
  });

  it('2. downloads a missing binary with progress announced, then starts the desktop app', async () => {
    const { fake, calls, printed } = effects({ binaries: [MISSING, FOUND], fetched: { ok: true } });
    expect(await launch(false, fake)).toBe(0);
    expect(calls).toEqual(['findBinary', 'download', 'findBinary', 'desktop /apps/electron/electron']);
    expect(printed()).toMatch(/downloading it with Electron's installer/);
    expect(calls).not.toContain('host');
  });

  it('3. when the download fails: one paragraph naming the reason, then the browser host, opened in the browser', async () => {
    const { fake, calls, printed } = effects({
      fetched: { ok: false, reason: 'github.com could not be found (offline)' },
    });
    expect(await launch(false, fake)).toBe(0);
    expect(calls).toEqual(['findBinary', 'download', 'host', `open ${HOST_URL}`]);
    const output = printed();
    expect(output).toContain(
      'The desktop app cannot start here: Electron is not installed, and downloading it failed:',
    );
    expect(output.replace(/\s+/g, ' ')).toContain('github.com could not be found (offline)');
    expect(output).toContain('tries the download again next time');
    expect(output).toContain(`Opened ${HOST_URL} in your browser. Press Ctrl+C to stop.`);
  });

  it('3. falls back without trying when the installer would not help', async () => {
    const refused = effects({ downloadRefusal: () => 'Electron publishes no build for aix-ppc64' });
    await launch(false, refused.fake);
    expect(refused.calls).toEqual(['findBinary', 'host', `open ${HOST_URL}`]);
    expect(refused.printed().replace(/\s+/g, ' ')).toContain(
      'Electron is not installed, and Electron publishes no build for aix-ppc64.',
    );

    const override = effects({
      binaries: [
        {
          path: null,
          reason: 'ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron binary at /x',
          downloadable: false,
        },
      ],
    });
    await launch(false, override.fake);
    expect(override.calls).toEqual(['findBinary', 'host', `open ${HOST_URL}`]);
    expect(override.printed()).not.toContain('tries the download again');
  });

  it('3. falls back when the installer succeeded but no binary appeared', async () => {
    const { fake, calls, printed } = effects({ binaries: [MISSING, MISSING], fetched: { ok: true } });
    await launch(false, fake);
    expect(calls).toEqual(['findBinary', 'download', 'findBinary', 'host', `open ${HOST_URL}`]);
    expect(printed().replace(/\s+/g, ' ')).toContain("Electron's installer finished, but the binary is not installed");
  });

  it('3. with no display, serves in the browser without downloading a desktop app that could not show a window', async () => {
    const { fake, calls, printed } = effects({ hasDisplay: false, openBrowser: async () => false });
    await launch(false, fake);
    expect(calls).toEqual(['host']);
    expect(printed().replace(/\s+/g, ' ')).toContain('there is no display to open its window on');
    expect(printed()).toContain(`Open ${HOST_URL} in your browser. Press Ctrl+C to stop.`);
  });

  it('--web goes straight to the browser host: no binary check, no download, no paragraph', async () => {
    const { fake, calls, printed } = effects({ binaries: [FOUND] });
    expect(await launch(true, fake)).toBe(0);
    expect(calls).toEqual(['host', `open ${HOST_URL}`]);
    expect(printed()).not.toContain('cannot start');
  });

  it("resolves with the browser host's exit code once it stops", async () => {
    let stop!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (stop = resolve));
    const { fake } = effects({ startHost: async () => ({ url: HOST_URL, exited }) });
    const launched = launch(true, fake);
    stop(130);
    expect(await launched).toBe(130);
  });
});

describe('the fallback paragraph', () => {
  it('is one paragraph of lines no wider than 100 characters', () => {
    const text = wrap(
      fallbackParagraph('Electron is not installed, and downloading it failed: github.com could not be found', true),
    );
    expect(text).not.toContain('\n\n');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(text.replace(/\n/g, ' ')).toBe(
      fallbackParagraph('Electron is not installed, and downloading it failed: github.com could not be found', true),
    );
  });
});
