/**
 * The system's side of the browser fallback: is there a display to open a
 * window on, which command opens a URL in the user's browser, and which
 * loopback port to serve on.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** The browser host's usual port: the same URL (and so the same browser storage) from one start to the next. */
export const PREFERRED_PORT = 5183;

/** False on Linux and the BSDs without an X11 or Wayland display (an SSH session, a container, CI). */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * The command that opens `url` in the default browser, or null where none
 * should run: no display, or `BROWSER=none` (the convention of other dev
 * servers for "print the URL, open nothing").
 */
export function browserCommand(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): { command: string; args: string[] } | null {
  if (env.BROWSER === 'none' || !hasDisplay(env, platform)) return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/d', '/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url` in the user's browser; resolves false when that could not be done. */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const opener = browserCommand(url, env);
  if (!opener) return Promise.resolve(false);
  return new Promise((resolve) => {
    // Detached: the browser belongs to the user and outlives Marginalia.
    const child = spawn(opener.command, opener.args, {
      detached: true,
      stdio: 'ignore',
      windowsVerbatimArguments: true,
    });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

/** `preferred` when it is free on 127.0.0.1, else 0 (the system picks a free port). */
export function choosePort(preferred: number = PREFERRED_PORT): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
  });
}
