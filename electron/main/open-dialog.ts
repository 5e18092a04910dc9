/**
 * The desktop host's "Open…": the system open dialog, then the chosen file's
 * bytes for the core importer (`importDocumentBytes`). A file over the import
 * limit is refused from its size on disk, before a byte is read into memory.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { ApiFailure } from '../core/node/api/api-failure.ts';
import { MAX_DOCUMENT_BYTES } from '../core/node/import/read-document.ts';
import { formatBytes } from '../core/node/library/file-data.ts';
import { DOCUMENT_EXTENSIONS } from '../shared/document-files.ts';

export interface OpenedFile {
  /** The name without folders, as stored for the document's origin. */
  fileName: string;
  bytes: Uint8Array;
}

/** Reads a document file whole, refusing one larger than `maxBytes` without reading it. */
export async function readDocumentFile(path: string, maxBytes: number = MAX_DOCUMENT_BYTES): Promise<OpenedFile> {
  const fileName = basename(path);
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new ApiFailure(
        'invalid-input',
        `“${fileName}” is ${formatBytes(size)}; Marginalia imports documents up to ${formatBytes(maxBytes)}. Nothing was imported.`,
      );
    }
    const buffer = await handle.readFile();
    return { fileName, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } finally {
    await handle.close();
  }
}

/** The open dialog, looked up at call time so the e2e suite can answer it from the main process. */
export function createOpenDocumentDialog(parentWindow: () => BrowserWindow | null) {
  return async (): Promise<OpenedFile | null> => {
    const options: Electron.OpenDialogOptions = {
      title: 'Open an article',
      properties: ['openFile'],
      filters: [
        { name: 'Articles (text, Markdown, web pages)', extensions: [...DOCUMENT_EXTENSIONS] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const parent = parentWindow();
    const { canceled, filePaths } = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    const path = filePaths[0];
    if (canceled || !path) return null;
    return readDocumentFile(path);
  };
}
