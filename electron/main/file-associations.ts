/**
 * Opening articles from the system: a double-click on a .txt/.md/.html file
 * (electron-builder.yml `fileAssociations`), "Open with Marginalia", or
 * `marginalia story.html` on a command line.
 *
 * Paths arrive three ways: in argv at launch (Windows, Linux), in a second
 * launch's argv while the app runs (forwarded by the single-instance lock),
 * and as macOS `open-file` events — which can fire before `ready`. They are
 * queued until the library is open, then imported with the core importer;
 * the last one becomes the start document, and a running window is told to
 * show it (OPEN_DOCUMENT_CHANNEL), keeping its state: no reload.
 */
import { isAbsolute, resolve } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { ApiFailure } from '../core/node/api/api-failure.ts';
import { importDocumentBytes } from '../core/node/library/import-document.ts';
import type { Library } from '../core/node/library/library.ts';
import { documentKindOf } from '../shared/document-files.ts';
import { sendOpenDocument } from './ipc.ts';
import { readDocumentFile } from './open-dialog.ts';

/** Flags of ours that take a value, so the value is not mistaken for a file. */
const FLAGS_WITH_VALUE = new Set(['--data-dir']);

/**
 * The document paths in a command line, made absolute against `cwd`.
 * argv[0] is the executable; flags, their values and anything without a
 * document extension (such as the app folder in development) are skipped.
 */
export function documentPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(arg)) i++;
      continue;
    }
    if (documentKindOf(arg)) paths.push(isAbsolute(arg) ? arg : resolve(cwd, arg));
  }
  return paths;
}

export interface FileAssociations {
  /** Imports what arrived so far and everything after; resolves once the queued files are in. */
  start(options: { library: Library; window: () => BrowserWindow | null }): Promise<void>;
}

/** Call before `ready`, so no macOS `open-file` event is missed. */
export function registerFileAssociations(
  argv: readonly string[] = process.argv,
  cwd: string = process.cwd(),
): FileAssociations {
  const queue: string[] = documentPathsFromArgv(argv, cwd);
  let importAll: ((paths: string[]) => Promise<void>) | null = null;
  const receive = (paths: string[]) => {
    if (paths.length === 0) return;
    if (importAll) void importAll(paths);
    else queue.push(...paths);
  };
  app.on('open-file', (event, path) => {
    event.preventDefault();
    receive([path]);
  });
  app.on('second-instance', (_event, secondArgv, workingDirectory) =>
    receive(documentPathsFromArgv(secondArgv, workingDirectory)),
  );

  return {
    async start({ library, window }) {
      importAll = async (paths) => {
        let opened: string | null = null;
        for (const path of paths) opened = (await importFile(library, path)) ?? opened;
        if (opened === null) return;
        await library.setLastDocument(opened);
        const current = window();
        if (current) sendOpenDocument(current, opened);
      };
      await importAll(queue.splice(0));
    },
  };
}

/** Imports one file; returns its document id, or null after telling the user why not. */
async function importFile(library: Library, path: string): Promise<string | null> {
  try {
    const { fileName, bytes } = await readDocumentFile(path);
    const { document } = await importDocumentBytes(library, fileName, bytes);
    return document.id;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const unreadable = code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR';
    const message =
      error instanceof ApiFailure
        ? error.message
        : unreadable
          ? `The file could not be read (${code}).`
          : 'Something went wrong; nothing was imported. Details are in the log.';
    if (!(error instanceof ApiFailure) && !unreadable) console.error(error);
    dialog.showErrorBox(`Could not open ${path}`, message);
    return null;
  }
}
