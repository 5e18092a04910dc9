// @vitest-environment node
/**
 * Runs main.ts against a fake `electron` module: checks the wiring order
 * (privileged scheme before ready, userData before the lock) and that a
 * started app has a library on disk, every channel handled behind the sender
 * check, the menu set and one locked-down window loading app://.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../shared/constants.ts';

type Fn = (...args: any[]) => any;
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const paths = new Map<string, string>();
  const windows: any[] = [];
  const ipc = new Map<string, Fn>();
  let protocolHandler: Fn | null = null;
  let menu: unknown = null;
  class BrowserWindow {
    static getFocusedWindow = () => null;
    static getAllWindows = () => windows;
    options: any;
    url = '';
    webContents = { send: () => {} };
    constructor(options: any) {
      calls.push('new BrowserWindow');
      this.options = options;
      windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    isDestroyed = () => false;
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      setPath: (name: string, path: string) => (calls.push(`setPath ${name}`), paths.set(name, path)),
      getPath: (name: string) => paths.get(name) ?? `/fake/${name}`,
      getAppPath: () => process.cwd(),
      getVersion: () => '9.9.9-test',
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
      whenReady: () => (calls.push('whenReady'), Promise.resolve()),
      on: (name: string) => calls.push(`app.on ${name}`),
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('registerSchemesAsPrivileged'),
      handle: (_scheme: string, handler: Fn) => (protocolHandler = handler),
    },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    shell: { openExternal: async () => {} },
    ipcMain: { handle: (channel: string, handler: Fn) => ipc.set(channel, handler) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => ((menu = m), calls.push('setApplicationMenu')),
    },
    dialog: {
      showErrorBox: (...args: unknown[]) => calls.push(`showErrorBox ${String(args[1])}`),
      showSaveDialog: async () => ({ canceled: true }),
    },
    nativeTheme: { shouldUseDarkColors: false },
    BrowserWindow,
  };
  return { calls, windows, ipc, electron, protocol: () => protocolHandler, menu: () => menu };
});
vi.mock('electron', () => fake.electron);

let dataDir: string;
const previous = process.env.MARGINALIA_DATA_DIR;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'marginalia-main-smoke-'));
  process.env.MARGINALIA_DATA_DIR = dataDir;
  await import('./main.ts');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
});
afterAll(async () => {
  if (previous === undefined) delete process.env.MARGINALIA_DATA_DIR;
  else process.env.MARGINALIA_DATA_DIR = previous;
  await rm(dataDir, { recursive: true, force: true });
});

describe('main.ts', () => {
  it('registers the scheme and the data folder before asking for the lock and waiting for ready', () => {
    const order = (name: string) => fake.calls.indexOf(name);
    expect(order('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order('registerSchemesAsPrivileged')).toBeLessThan(order('whenReady'));
    expect(order('setPath userData')).toBeLessThan(order('requestSingleInstanceLock'));
    expect(order('requestSingleInstanceLock')).toBeLessThan(order('whenReady'));
    expect(fake.calls).toContain('app.on second-instance');
    expect(fake.calls.filter((c) => c.startsWith('showErrorBox') || c.startsWith('exit'))).toEqual([]);
  });

  it('opens the library in the data folder', () => {
    expect(fake.electron.app.getPath('userData')).toBe(resolve(dataDir));
    expect(existsSync(join(dataDir, 'marginalia.json'))).toBe(true);
  });

  it('handles every channel, for the app page only', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    const trusted = { senderFrame: { url: 'app://marginalia/index.html', parent: null } };
    const info = await fake.ipc.get('app:start')!(trusted, {});
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9-test' } });
    expect(info.value.startDocument.opened.document.id).toEqual(expect.any(String));
    const foreign = await fake.ipc.get('library:list')!(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      {},
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('installs the menu and one locked-down window on app://', () => {
    expect(fake.menu()).toEqual(expect.any(Array));
    const [window] = fake.windows;
    expect(window.url).toBe('app://marginalia/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
  });

  it.runIf(existsSync('dist/renderer/index.html'))('serves the built renderer with the CSP', async () => {
    const response: Response = await fake.protocol()!({ url: 'app://marginalia/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
