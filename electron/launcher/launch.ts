/**
 * What `npm start` does, as one decision over injected effects (so each path
 * is unit-tested without Electron, a network or a browser):
 *
 * 1. Electron's binary is there (or ELECTRON_OVERRIDE_DIST_PATH names one):
 *    start the desktop app.
 * 2. It is not: download it with Electron's own installer, then start it.
 * 3. It cannot be had (offline, blocked, no build for this platform, no
 *    display to show a window on): say why in one paragraph, then serve the
 *    same app and library from the browser host and open it in the browser.
 *
 * `--web` goes straight to the browser host.
 */
import type { ElectronBinary } from './electron-binary.ts';
import type { FetchResult } from './fetch-electron.ts';
import type { RunningHost } from './start-processes.ts';

export interface LaunchEffects {
  /** Looks for the binary; called again after a download. */
  findBinary(): ElectronBinary;
  /** Why the installer should not be tried at all, or null. */
  downloadRefusal(): string | null;
  downloadElectron(): Promise<FetchResult>;
  hasDisplay: boolean;
  /** Starts the desktop app; resolves with its exit code. */
  runDesktop(binary: string): Promise<number>;
  startHost(): Promise<RunningHost>;
  /** Resolves false when no browser was opened (no display, BROWSER=none, no opener). */
  openBrowser(url: string): Promise<boolean>;
  print(text: string): void;
}

export async function launch(web: boolean, effects: LaunchEffects): Promise<number> {
  if (web) return serveInBrowser(effects);
  if (!effects.hasDisplay) {
    return fallBack(
      effects,
      'there is no display to open its window on (neither DISPLAY nor WAYLAND_DISPLAY is set)',
      false,
    );
  }
  let binary = effects.findBinary();
  if (binary.path !== null) return effects.runDesktop(binary.path);
  if (!binary.downloadable) return fallBack(effects, binary.reason, false);

  const refusal = effects.downloadRefusal();
  if (refusal) return fallBack(effects, `Electron is not installed, and ${refusal}`, false);
  effects.print(
    "Electron's binary is not installed yet: downloading it with Electron's installer (once; later starts skip this).",
  );
  const fetched = await effects.downloadElectron();
  if (!fetched.ok)
    return fallBack(effects, `Electron is not installed, and downloading it failed: ${fetched.reason}`, true);
  binary = effects.findBinary();
  if (binary.path === null) return fallBack(effects, `Electron's installer finished, but ${binary.reason}`, true);
  return effects.runDesktop(binary.path);
}

/**
 * The one paragraph shown before the browser fallback.
 * @param retry - whether a later `npm start` may succeed by itself (a network problem).
 */
export function fallbackParagraph(reason: string, retry: boolean): string {
  return (
    `The desktop app cannot start here: ${reason}. ` +
    'Marginalia runs in your browser instead, on the same library' +
    (retry ? '; `npm start` tries the download again next time.' : '.')
  );
}

async function fallBack(effects: LaunchEffects, reason: string, retry: boolean): Promise<number> {
  effects.print(`\n${wrap(fallbackParagraph(reason, retry))}\n`);
  return serveInBrowser(effects);
}

async function serveInBrowser(effects: LaunchEffects): Promise<number> {
  const host = await effects.startHost();
  const opened = await effects.openBrowser(host.url);
  effects.print(`${opened ? 'Opened' : 'Open'} ${host.url} in your browser. Press Ctrl+C to stop.`);
  return host.exited;
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}
