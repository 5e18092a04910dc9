/**
 * The Electron main process: one window plus a list of registerX() calls.
 * Every decision worth testing lives in a plain module beside this one; this
 * file only wires them to Electron, in the order Electron requires.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { createDispatcher } from '../core/node/api/dispatch.ts';
import { createHandlers } from '../core/node/api/handlers.ts';
import { publishLibraryEndpoint } from '../core/node/api/library-endpoint.ts';
import { Library } from '../core/node/library/library.ts';
import { openFailureMessage } from '../core/node/storage/storage-errors.ts';
import { registerAppProtocol, registerAppScheme } from './app-protocol.ts';
import { registerFileAssociations, type FileAssociations } from './file-associations.ts';
import { registerIpc } from './ipc.ts';
import { dataDirOverride, rendererDirFor, sampleArticlePathFor, windowIconFor } from './launch-options.ts';
import { registerMenu } from './menu.ts';
import { createOpenDocumentDialog } from './open-dialog.ts';
import { createSaveFile } from './save-file.ts';
import { registerSecurity } from './security.ts';
import { createMainWindow, focusWindow } from './window.ts';

// Both must happen before `ready`. The data folder is also Chromium's
// userData, which keys the single-instance lock: two runs on different
// folders (parallel e2e tests) do not block each other.
registerAppScheme();
const dataDirFlag = dataDirOverride(process.argv, process.env);
if (dataDirFlag) app.setPath('userData', dataDirFlag);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit(); // the running instance gets our argv (files to open) through 'second-instance'
} else {
  const fileAssociations = registerFileAssociations();
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start(fileAssociations).catch((error: unknown) => {
    const message = openFailureMessage(error, app.getPath('userData'));
    if (!message) console.error(error);
    dialog.showErrorBox(
      'Marginalia could not start',
      message ?? (error instanceof Error ? error.message : String(error)),
    );
    app.exit(1);
  });
}

async function start(fileAssociations: FileAssociations): Promise<void> {
  await app.whenReady();
  registerSecurity();

  const locations = { isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath };
  // Another desktop instance never gets here (the single-instance lock); a browser host or a command may hold the library.
  const library = await Library.open({
    dataDir: app.getPath('userData'),
    sampleArticlePath: sampleArticlePathFor(locations),
    lock: { kind: 'desktop', waitMs: 30_000 },
    readOnlyFallback: true,
  });
  app.on('will-quit', () => void library.close());
  for (const notice of library.notices) console.warn(notice.message);

  const handlers = createHandlers(library, {
    version: app.getVersion(),
    saveFile: createSaveFile(() => mainWindow),
    openFile: createOpenDocumentDialog(() => mainWindow),
  });
  registerAppProtocol(rendererDirFor(locations));
  const dispatch = createDispatcher(handlers);
  registerIpc(dispatch);
  await publishLibraryEndpoint(library, dispatch); // `marginalia import` sends its changes here
  registerMenu({ isDev: !app.isPackaged });
  // Files double-clicked or passed at launch are in before the page asks for its start document.
  await fileAssociations.start({ library, window: () => mainWindow });

  const openWindow = () => {
    const iconPath = windowIconFor(locations);
    mainWindow = createMainWindow({
      preloadPath: join(dirname(fileURLToPath(import.meta.url)), 'preload.cjs'),
      ...(iconPath ? { iconPath } : {}),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  // macOS keeps the app running with no window; the Dock icon reopens it.
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}
