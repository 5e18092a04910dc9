/**
 * `npm start` as a new user runs it on a machine like this one: no Electron
 * binary, and no way to download one. Runs in a copy of the repository's
 * files (node_modules linked, its own dist/), so its build never races the
 * tests that read this checkout's dist/.
 *
 * - No display: the paragraph says so, the URL serves the sample article in
 *   Chromium, and Ctrl+C (SIGINT to the process group, as a terminal sends
 *   it) leaves no process behind.
 * - A display, and a download that fails (ELECTRON_MIRROR points at a closed
 *   loopback port, the cache is empty, so nothing is ever fetched): the
 *   installer really runs, the paragraph names the refused connection, and
 *   SIGTERM to npm alone, which npm's shell does not pass on, still leaves
 *   nothing behind.
 * - `npm start -- --web`: no paragraph, just the URL.
 *
 * Linux only: it reads the process tree from /proc.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const HEADLINE = readFileSync(join(root, 'resources', 'sample-article.txt'), 'utf8').split('\n')[0]!;
const URL_LINE = /^Open (http:\/\/127\.0\.0\.1:\d+\/) in your browser\. Press Ctrl\+C to stop\.$/m;

let work: string;
let checkout: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'marginalia-npm-start-'));
  checkout = join(work, 'marginalia');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    await mkdir(dirname(join(checkout, file)), { recursive: true });
    await copyFile(join(root, file), join(checkout, file));
  }
  await symlink(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface Started {
  npm: ChildProcess;
  output: () => string;
  /** Every process started under npm that is still running. */
  tree: () => number[];
  url: Promise<string>;
}

/** `npm start [args]` in its own process group, as a terminal runs a command. */
function npmStart(args: string[], env: NodeJS.ProcessEnv): Started {
  const npm = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
    cwd: checkout,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match) resolve(match[1]!);
    };
    npm.stdout!.on('data', onData);
    npm.stderr!.on('data', onData);
    npm.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${output}`)));
  });
  return { npm, output: () => output, tree: () => descendants(npm.pid!), url };
}

/** A clean user environment: no display, no Electron settings, no test runner variables, the library in `config`. */
function userEnv(config: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|ELECTRON_|electron_)/.test(name)) continue;
    if (['NODE_ENV', 'DISPLAY', 'WAYLAND_DISPLAY', 'MARGINALIA_DATA_DIR', 'BROWSER', 'TEST'].includes(name)) continue;
    env[name] = value;
  }
  return { ...env, XDG_CONFIG_HOME: config, ...extra };
}

/** Pids of every live descendant of `pid`, from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '); // a zombie has ended
  } catch {
    return false;
  }
};

/** Resolves once none of `pids` runs any more; the test's own timeout is the limit. */
async function allGone(pids: number[]): Promise<void> {
  while (pids.some(alive)) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function apiCall<T>(url: string, channel: string): Promise<T> {
  const response = await fetch(new URL(`api/${channel}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const result = (await response.json()) as { ok: boolean; value: T };
  expect(result.ok).toBe(true);
  return result.value;
}

const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe.runIf(process.platform === 'linux')('npm start with no Electron binary', () => {
  it('without a display: says why, serves the sample article at the URL, and Ctrl+C stops everything', async () => {
    const config = join(work, 'config-no-display');
    const started = npmStart([], userEnv(config));
    const url = await started.url;
    const output = started.output();

    expect(output).toMatch(/The desktop app cannot start here: there is no display to open its window on/);
    expect(output).toMatch(/Marginalia runs in your browser instead, on the same library\./);
    expect(output).toContain(`Data: ${join(config, 'Marginalia')}`); // the desktop app's default folder
    expect(output).not.toMatch(/downloading/i); // no point fetching a desktop app that cannot show a window

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.locator('article h1', { hasText: HEADLINE }).waitFor();
    } finally {
      await browser.close();
    }

    const processes = [started.npm.pid!, ...started.tree()];
    expect(processes.length).toBeGreaterThanOrEqual(3); // npm, its shell, the launcher, the host
    const before = started.output().length;
    process.kill(-started.npm.pid!, 'SIGINT');
    await allGone(processes);
    expect(started.output().slice(before)).not.toMatch(/error|\n\s+at /i); // a quiet stop, no stack trace
  }, 180_000);

  it('with a display but no way to download Electron: runs its installer, names the reason, and stops when npm alone is told to', async () => {
    const config = join(work, 'config-offline');
    const port = await closedPort();
    const started = npmStart(
      [],
      userEnv(config, {
        DISPLAY: ':99', // any value: the launcher only checks that there is one
        BROWSER: 'none', // and opens nothing in this test
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: join(work, 'empty-electron-cache'),
      }),
    );
    const url = await started.url;
    const output = started.output().replace(/\s+/g, ' ');

    expect(output).toContain("Electron's binary is not installed yet: downloading it with Electron's installer");
    expect(output).toContain(
      `The desktop app cannot start here: Electron is not installed, and downloading it failed: 127.0.0.1:${port} refused the connection`,
    );
    expect(output).toContain('`npm start` tries the download again next time.');
    const { documents } = await apiCall<{ documents: Array<{ title: string }> }>(url, 'library:list');
    expect(documents.map((d) => d.title)).toEqual([HEADLINE]);

    const processes = [started.npm.pid!, ...started.tree()];
    process.kill(started.npm.pid!, 'SIGTERM');
    await allGone(processes);
  }, 180_000);

  it('--web: straight to the browser host, no paragraph', async () => {
    const started = npmStart(['--web'], userEnv(join(work, 'config-web')));
    const url = await started.url;
    expect(started.output()).not.toContain('cannot start');
    expect(started.output()).not.toMatch(/Electron/);
    expect(await (await fetch(url)).text()).toContain('<div id="app"');

    const processes = [started.npm.pid!, ...started.tree()];
    process.kill(-started.npm.pid!, 'SIGINT');
    await allGone(processes);
  }, 180_000);
});
