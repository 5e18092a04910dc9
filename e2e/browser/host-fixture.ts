/**
 * Starts a browser host per test on its own port and a fresh temporary data
 * dir, so tests never share a library.
 */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  dataDir: string;
  /** Stops the host and starts a new one on the same data dir ("restart the app"). */
  restart(): Promise<void>;
}

/** @param hostScript - the built host to run (the bench runs an earlier build's too). */
export async function startHost(
  dataDir: string,
  hostScript = 'dist/node/host.js',
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [hostScript, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return { url, process: child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'marginalia-e2e-'));
    let running = await startHost(dataDir);
    const host: RunningHost = {
      dataDir,
      get url() {
        return running.url;
      },
      async restart() {
        await stop(running.process);
        running = await startHost(dataDir);
      },
    };
    await use(host);
    await stop(running.process);
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
