/**
 * The only file that touches raw IPC. Renderer → main: one `ipcMain.handle`
 * per contract channel, each checking the sender before the dispatcher
 * validates the payload. Main → renderer: menu commands and "show this
 * document".
 *
 * Grep check: `ipcMain.handle(` and `webContents.send(` appear only here.
 */
import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import type { ApiResult } from '../shared/api-contract.ts';
import { CHANNELS, MENU_COMMAND_CHANNEL, OPEN_DOCUMENT_CHANNEL, type MenuCommand } from '../shared/constants.ts';
import type { Dispatch } from '../core/node/api/dispatch.ts';
import { APP_HOST, APP_SCHEME } from './app-protocol.ts';

/** What an untrusted sender gets back; the payload is never looked at. */
export const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Marginalia window.' },
};

/**
 * Whether a frame URL is the app's own page: `app://marginalia/…` exactly —
 * not another host, port or credentials on the scheme, and never http(s),
 * file: or about:blank (where a hijacked window would land).
 */
export function isTrustedSenderUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Only the top frame of the app's page may call the API; subframes never (the CSP forbids them anyway). */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return frame != null && frame.parent === null && isTrustedSenderUrl(frame.url);
}

/** Routes every contract channel to the dispatcher, for trusted senders only. */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      isTrustedSender(event.senderFrame) ? dispatch(channel, payload) : Promise.resolve(FORBIDDEN),
    );
  }
}

/** Tells a window's page to run a menu command (File ▸ Export…, Edit ▸ Undo). */
export function sendMenuCommand(window: BrowserWindow, command: MenuCommand): void {
  if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Tells a window's page to show a document that was just opened from the system. */
export function sendOpenDocument(window: BrowserWindow, documentId: string): void {
  if (!window.isDestroyed()) window.webContents.send(OPEN_DOCUMENT_CHANNEL, documentId);
}
