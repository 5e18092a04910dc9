// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MENU_COMMAND_CHANNEL, OPEN_DOCUMENT_CHANNEL } from '../shared/constants.ts';

type Listener = (event: { senderFrame: { url: string; parent: unknown } | null }, payload: unknown) => Promise<unknown>;
const electron = vi.hoisted(() => ({ handlers: new Map<string, Listener>() }));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => electron.handlers.set(channel, listener) },
  protocol: {},
}));

const { FORBIDDEN, isTrustedSender, isTrustedSenderUrl, registerIpc, sendMenuCommand, sendOpenDocument } =
  await import('./ipc.ts');

describe('isTrustedSenderUrl', () => {
  it.each([
    'app://marginalia/index.html',
    'app://marginalia/',
    'app://marginalia/index.html?x=1#y',
    'APP://MARGINALIA/index.html',
  ])('trusts %s', (url) => expect(isTrustedSenderUrl(url)).toBe(true));

  it.each([
    'app://evil/index.html',
    'app://marginalia.evil/index.html',
    'app://evil.marginalia/index.html',
    'app://marginalia@evil/index.html',
    'app://user:pw@marginalia/index.html',
    'app://marginalia:444/index.html',
    'https://marginalia/index.html',
    'http://localhost:5183/',
    'file:///opt/marginalia/dist/renderer/index.html',
    'about:blank',
    'data:text/html,hi',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.html',
    '',
    'app:marginalia',
  ])('refuses %s', (url) => expect(isTrustedSenderUrl(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('needs a top frame of the app page', () => {
    expect(isTrustedSender({ url: 'app://marginalia/index.html', parent: null })).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const top = { url: 'app://marginalia/index.html', parent: null } as never;
    expect(isTrustedSender({ url: 'app://marginalia/index.html', parent: top })).toBe(false);
  });
});

describe('registerIpc', () => {
  const dispatch = vi.fn(async (channel: unknown, payload: unknown) => ({
    ok: true as const,
    value: { channel, payload },
  }));
  registerIpc(dispatch);

  it('handles every contract channel and nothing else', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes trusted requests to the dispatcher', async () => {
    const result = await electron.handlers.get('library:list')!(
      { senderFrame: { url: 'app://marginalia/index.html', parent: null } },
      {},
    );
    expect(result).toEqual({ ok: true, value: { channel: 'library:list', payload: {} } });
  });

  it('answers foreign senders "forbidden" without dispatching', async () => {
    dispatch.mockClear();
    for (const senderFrame of [
      { url: 'https://attacker.example/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      { url: 'app://marginalia/index.html', parent: { url: 'app://marginalia/index.html', parent: null } },
      null,
    ]) {
      for (const channel of CHANNELS) {
        expect(await electron.handlers.get(channel)!({ senderFrame }, { anything: 1 })).toEqual(FORBIDDEN);
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(FORBIDDEN).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('sendMenuCommand', () => {
  it('sends on the menu channel to live windows only', () => {
    const send = vi.fn();
    sendMenuCommand({ isDestroyed: () => false, webContents: { send } } as never, 'export-annotations');
    sendMenuCommand({ isDestroyed: () => true, webContents: { send } } as never, 'undo');
    expect(send.mock.calls).toEqual([[MENU_COMMAND_CHANNEL, 'export-annotations']]);
  });
});

describe('sendOpenDocument', () => {
  it('sends the document id on its own channel to live windows only', () => {
    const send = vi.fn();
    const id = '0b0e7c4e-6a8b-4c57-9a43-52f0e9a5c0de';
    sendOpenDocument({ isDestroyed: () => false, webContents: { send } } as never, id);
    sendOpenDocument({ isDestroyed: () => true, webContents: { send } } as never, id);
    expect(send.mock.calls).toEqual([[OPEN_DOCUMENT_CHANNEL, id]]);
  });
});
