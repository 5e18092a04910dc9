/** The reading window: locked-down web preferences, loaded from `app://`. */
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_INDEX_URL } from './app-protocol.ts';
import { webPreferencesFor } from './security-policy.ts';

export function createMainWindow(options: { preloadPath: string; iconPath?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 560,
    minHeight: 420,
    title: 'Marginalia',
    show: false,
    // Matches the page background so the window does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1c1a' : '#fbfaf7',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: webPreferencesFor(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}

/** Brings a window to the front, restoring it when minimised (a second launch does this). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
