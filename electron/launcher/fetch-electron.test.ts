/**
 * The download path with Electron's installer replaced by small scripts that
 * behave like it (a download that completes, one that fails with the errors
 * install.js prints, one that stalls): no network is ever used.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeInstallFailure, downloadRefusal, fetchElectron, type FetchProgress } from './fetch-electron.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-fetch-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A stand-in electron package whose install.js runs `script` (CommonJS, with fs, os and path in scope). */
async function fakeInstaller(script: string): Promise<string> {
  const electronDir = join(dir, 'electron');
  await mkdir(electronDir);
  await writeFile(
    join(electronDir, 'install.js'),
    `const fs = require('fs'), os = require('os'), path = require('path');\n${script}`,
  );
  return electronDir;
}

function fetchWith(electronDir: string, options: { stallMs?: number; env?: NodeJS.ProcessEnv } = {}) {
  const progress: FetchProgress[] = [];
  const started: string[][] = [];
  const result = fetchElectron({
    electronDir,
    env: options.env ?? { PATH: process.env.PATH },
    spawn: (command, args, spawnOptions) => {
      started.push([command, ...args]);
      return spawn(command, args, spawnOptions);
    },
    onProgress: (p) => void progress.push(p),
    stallMs: options.stallMs,
    pollMs: 20,
  });
  return { result, progress, started };
}

describe('fetchElectron', () => {
  it('runs the package install.js, reports the download and the unpacking, and cleans up', async () => {
    // Like @electron/get and extract-zip: download into os.tmpdir()/electron-download-*,
    // move the zip to the cache, unpack into dist/, then write path.txt.
    const electronDir = await fakeInstaller(`
      fs.writeFileSync(path.join(__dirname, 'tmpdir'), os.tmpdir());
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-download-'));
      const zip = path.join(folder, 'electron.zip');
      const binary = path.join(__dirname, 'dist', 'electron');
      let step = 0;
      const timer = setInterval(() => {
        step += 1;
        if (step <= 5) fs.appendFileSync(zip, Buffer.alloc(100_000));
        else if (step === 6) fs.rmSync(folder, { recursive: true });
        else if (step <= 9) fs.mkdirSync(path.dirname(binary), { recursive: true }), fs.appendFileSync(binary, Buffer.alloc(100_000));
        else {
          clearInterval(timer);
          fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
        }
      }, 60);
    `);
    const { result, progress, started } = fetchWith(electronDir, {
      env: { PATH: process.env.PATH, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(await result).toEqual({ ok: true });
    expect(started).toEqual([[process.execPath, join(electronDir, 'install.js')]]);
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(true);
    const downloaded = progress.filter((p) => !p.unpacking && p.bytes > 0).map((p) => p.bytes);
    expect(downloaded.length).toBeGreaterThan(1);
    expect(downloaded).toEqual([...downloaded].sort((a, b) => a - b)); // only ever grows
    expect(Math.max(...downloaded)).toBeLessThanOrEqual(500_000);
    expect(progress.at(-1)).toEqual({ bytes: 0, unpacking: true });
    const ownTemp = readFileSync(join(electronDir, 'tmpdir'), 'utf8');
    expect(ownTemp).toContain('marginalia-electron-'); // the installer downloaded into our folder…
    expect(existsSync(ownTemp)).toBe(false); // …which is gone
  });

  it('does not mistake a long unpacking of a cached zip for a stall', async () => {
    const electronDir = await fakeInstaller(`
      const binary = path.join(__dirname, 'dist', 'electron');
      fs.mkdirSync(path.dirname(binary), { recursive: true });
      let step = 0;
      const timer = setInterval(() => {
        if ((step += 1) <= 8) return fs.appendFileSync(binary, Buffer.alloc(10_000));
        clearInterval(timer);
        fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
      }, 200);
    `);
    const { result, progress } = fetchWith(electronDir, { stallMs: 1000 });
    expect(await result).toEqual({ ok: true }); // 1.8 s of unpacking, longer than the stall limit
    expect(progress.some((p) => p.unpacking)).toBe(true);
  });

  it('turns what the installer printed into a reason', async () => {
    const electronDir = await fakeInstaller(`
      console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (/x/got/index.js:970:111)');
      process.exit(1);
    `);
    expect(await fetchWith(electronDir).result).toEqual({
      ok: false,
      reason: 'github.com could not be found (offline, or the network blocks it)',
    });
  });

  it('gives up on a download that stalls, and stops the installer', async () => {
    const electronDir = await fakeInstaller(`
      fs.writeFileSync(path.join(__dirname, 'pid'), String(process.pid));
      fs.writeFileSync(path.join(os.tmpdir(), 'part.zip'), Buffer.alloc(1000));
      setInterval(() => {}, 1000);
    `);
    const { result } = fetchWith(electronDir, { stallMs: 300 });
    expect(await result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^the download stalled: nothing arrived for \d+ s$/),
    });
    const pid = Number(readFileSync(join(electronDir, 'pid'), 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(); // the installer is gone
  });
});

describe('describeInstallFailure', () => {
  it.each([
    [
      'RequestError: getaddrinfo EAI_AGAIN github.com',
      'github.com could not be found (offline, or the network blocks it)',
    ],
    [
      'RequestError: connect ECONNREFUSED 127.0.0.1:9',
      '127.0.0.1:9 refused the connection (offline, or blocked by a firewall)',
    ],
    [
      'RequestError: connect ETIMEDOUT 140.82.121.4:443',
      'the download timed out (offline, or blocked by a firewall or proxy)',
    ],
    [
      'HTTPError: Response code 404 (Not Found) for https://github.com/electron/electron/releases/download/v41.7.1/electron-v41.7.1-aix-ppc64.zip',
      'the download server answered 404 Not Found for https://github.com/electron/electron/releases/download/v41.7.1/electron-v41.7.1-aix-ppc64.zip',
    ],
    [
      'Error: Generated checksum for "electron-v41.7.1-linux-x64.zip" did not match expected checksum.',
      "the downloaded file did not match Electron's published checksum, so it was not used",
    ],
    [
      'RequestError: self-signed certificate in certificate chain',
      "the download server's certificate could not be verified (is an HTTPS proxy in the way?)",
    ],
    ['Error: ENOSPC: no space left on device, write', 'the disk is full'],
    [
      'Error: Something unexpected\n    at foo (bar.js:1:1)',
      "Electron's installer failed: Error: Something unexpected",
    ],
    ['', "Electron's installer exited with code 1"],
  ])('%s', (stderr, reason) => {
    expect(describeInstallFailure(stderr, 1)).toBe(reason);
  });
});

describe('downloadRefusal', () => {
  const electron = () => ({ dir, version: '41.7.1' });
  const checksums = {
    'electron-v41.7.1-linux-x64.zip': 'aa',
    'electron-v41.7.1-darwin-arm64.zip': 'bb',
    'chromedriver-v41.7.1-linux-ia32.zip': 'cc',
  };

  it("goes by the platforms in the package's checksums.json", async () => {
    await writeFile(join(dir, 'checksums.json'), JSON.stringify(checksums));
    expect(downloadRefusal(electron(), {}, 'linux', 'x64')).toBeNull();
    expect(downloadRefusal(electron(), {}, 'darwin', 'arm64')).toBeNull();
    expect(downloadRefusal(electron(), {}, 'linux', 'ia32')).toBe('Electron publishes no build for linux-ia32');
    expect(downloadRefusal(electron(), {}, 'freebsd', 'x64')).toBe('Electron publishes no build for freebsd-x64');
  });

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD', async () => {
    await writeFile(join(dir, 'checksums.json'), JSON.stringify(checksums));
    expect(downloadRefusal(electron(), { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, 'linux', 'x64')).toMatch(
      /ELECTRON_SKIP_BINARY_DOWNLOAD is set/,
    );
  });

  it('leaves the decision to the installer when there is no list', () => {
    expect(downloadRefusal(electron(), {}, 'linux', 'x64')).toBeNull();
  });
});
