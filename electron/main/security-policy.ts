/**
 * The desktop app's security decisions as plain functions, so each one is
 * unit-tested without Electron. `security.ts` wires them to Electron's events.
 *
 * The renderer shows untrusted text (articles, imported files), so it is
 * treated as hostile: it gets no Node, no navigation, no new windows, no
 * permissions, and links leave the app only as http(s) URLs handed to the
 * system browser.
 */
import type { WebPreferences } from 'electron';

export { isAllowedExternalUrl } from '../shared/external-links.ts';

/**
 * Whether the window may navigate away from the page it loaded. Never: the
 * app is one page, so any navigation (a dropped file, a link without
 * target=_blank, a script setting `location`) is a bug or an attack.
 */
export function shouldAllowNavigation(_url: string): boolean {
  return false;
}

/**
 * Whether a permission request (camera, notifications, clipboard-read, …)
 * is granted. Never: the reader needs none of them.
 */
export function shouldAllowPermission(_permission: string): boolean {
  return false;
}

/** The window's webPreferences: isolated, sandboxed, no Node, web security on. */
export function webPreferencesFor(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}
