/**
 * What `npm start` costs here (no Electron binary, no network): the build it
 * runs first, then the launcher until it prints the browser host's URL, on
 * each path that ends in the browser. Wall times, median of 5 (3 for the
 * build); nothing is opened in a browser (BROWSER=none).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { median, report } from './report.ts';

const RUNS = 5;
const root = resolve(import.meta.dirname, '..');

/** Milliseconds from starting the launcher to its "Open <url>" line; stops it after. */
function timeToUrl(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist', 'node', 'launch.js'), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    let elapsed: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (elapsed === null && /^Open(ed)? http:\/\/\S+ in your browser/m.test(output)) {
        elapsed = performance.now() - start;
        child.kill('SIGINT');
      }
    });
    child.once('exit', (code) => {
      if (elapsed !== null) resolvePromise(elapsed);
      else reject(new Error(`the launcher exited (${code}) before printing a URL:\n${output}`));
    });
  });
}

async function closedPort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export async function benchStart(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'marginalia-bench-start-'));
  try {
    const builds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await promisify(execFile)('npm', ['run', 'build'], { cwd: root });
      builds.push(performance.now() - start);
    }
    report('npm run build (what npm start runs first; median of 3)', median(builds), 'ms');

    const base: NodeJS.ProcessEnv = { ...process.env, BROWSER: 'none', MARGINALIA_DATA_DIR: join(work, 'data') };
    delete base.DISPLAY;
    delete base.WAYLAND_DISPLAY;
    const offline: NodeJS.ProcessEnv = {
      ...base,
      DISPLAY: ':99',
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      electron_config_cache: join(work, 'electron-cache'),
    };
    delete offline.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const paths: Array<[string, string[], NodeJS.ProcessEnv]> = [
      ['launcher --web → URL printed', ['--web'], base],
      ['launcher, no display → paragraph and URL printed', [], base],
      ['launcher, download refused → paragraph and URL printed', [], offline],
    ];
    for (const [label, args, env] of paths) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeToUrl(args, env));
      report(`${label} (median of ${RUNS})`, median(times), 'ms');
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
