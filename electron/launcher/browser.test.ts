import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { browserCommand, choosePort, hasDisplay } from './browser.ts';

const URL = 'http://127.0.0.1:5183/';

describe('hasDisplay', () => {
  it('needs X11 or Wayland on Linux, and is always true on macOS and Windows', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'freebsd')).toBe(false);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('browserCommand', () => {
  it("uses each system's opener", () => {
    expect(browserCommand(URL, { DISPLAY: ':0' }, 'linux')).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserCommand(URL, {}, 'darwin')).toEqual({ command: 'open', args: [URL] });
    expect(browserCommand(URL, {}, 'win32')).toEqual({ command: 'cmd', args: ['/d', '/c', 'start', '""', URL] });
  });

  it('opens nothing without a display, or with BROWSER=none', () => {
    expect(browserCommand(URL, {}, 'linux')).toBeNull();
    expect(browserCommand(URL, { DISPLAY: ':0', BROWSER: 'none' }, 'linux')).toBeNull();
    expect(browserCommand(URL, { BROWSER: 'none' }, 'darwin')).toBeNull();
  });
});

describe('choosePort', () => {
  const listen = (port: number) =>
    new Promise<ReturnType<typeof createServer>>((resolve) => {
      const server = createServer();
      server.listen(port, '127.0.0.1', () => resolve(server));
    });

  it('takes the preferred port when it is free, and lets the system pick when it is taken', async () => {
    const taken = await listen(0);
    const port = (taken.address() as { port: number }).port;
    expect(await choosePort(port)).toBe(0);
    await new Promise((resolve) => taken.close(resolve));
    expect(await choosePort(port)).toBe(port);
  });
});
