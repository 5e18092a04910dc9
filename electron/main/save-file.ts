/**
 * The desktop host's `saveFile`: the system save dialog, then a durable
 * write. Looked up as `dialog.showSaveDialog` at call time, so the e2e suite
 * can answer the dialog by replacing it from the main process.
 */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { SAVED_FILE_MODE, writeFileDurably } from '../core/node/storage/atomic-write.ts';

export function createSaveFile(parentWindow: () => BrowserWindow | null) {
  return async (suggestedName: string, contents: string): Promise<string | null> => {
    const options: Electron.SaveDialogOptions = {
      title: 'Export annotations',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [
        { name: 'Web Annotations (JSON)', extensions: ['json', 'jsonld'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = parentWindow();
    const { canceled, filePath } = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    await writeFileDurably(filePath, contents, SAVED_FILE_MODE);
    return filePath;
  };
}
