/**
 * The commands that work on the library: `export`, `import` and `list`.
 * Loaded only when one of them runs, with the storage layer they need.
 *
 * One writer per library: when an app holds the library, each command asks
 * that app (its loopback endpoint, named beside the lock) so nothing is
 * written behind its back and what is read is what the app holds. Otherwise
 * `import` takes the lock (waiting, and saying so, while another command
 * holds it) and `list` and `export` read without writing anything.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Channel, ExportFormat, Request, Response } from '../shared/api-contract.ts';
import { ApiFailure } from '../core/node/api/api-failure.ts';
import { callLibraryEndpoint } from '../core/node/api/library-endpoint.ts';
import { importDocumentBytes } from '../core/node/library/import-document.ts';
import { Library } from '../core/node/library/library.ts';
import { defaultDataDir, sampleArticlePath } from '../core/node/paths.ts';
import { currentOwner, lockedMessage } from '../core/node/storage/library-lock.ts';
import { NewerSchemaError, UnreadableLibraryError } from '../core/node/storage/storage-errors.ts';
import { CliError } from './cli-error.ts';
import type { Command } from './command.ts';
import { checkDataDir, libraryFolderProblem, readInputFile, writeExport } from './user-files.ts';

const DATA_DIR = { 'data-dir': { type: 'string' } } as const;
/** How long `import` waits for another command to finish with the library. */
const LOCK_WAIT_MS = 60_000;

/** `--format` as users type it. */
const FORMATS: Record<string, ExportFormat> = {
  jsonld: 'jsonld',
  json: 'jsonld',
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
};

export const exportCommand: Command = async (args, out) => {
  const { values } = parseArgs({
    args,
    options: { ...DATA_DIR, document: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
  });
  const format = FORMATS[(values.format ?? 'jsonld').toLowerCase()];
  if (!format) throw new CliError(`Unknown format “${values.format}”. Use --format jsonld, md or csv.`);
  const request = { ...(values.document ? { documentId: values.document } : {}), format };
  const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
  const exported = await useLibrary(values['data-dir'], 'read', {
    app: (call) => call('export:annotations', request),
    here: async (library) =>
      library.exportAnnotations(values.document, undefined, { format, generator: `Marginalia ${version}` }),
  });
  if (values.out) {
    const written = await writeExport(values.out, exported.fileName, exported.content);
    console.error(`Wrote ${exported.count} annotation(s) to ${written}`);
  } else {
    out(exported.content);
  }
  return 0;
};

export const importCommand: Command = async (args, out) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: DATA_DIR });
  const [file, ...extra] = positionals;
  if (!file || extra.length)
    throw new CliError('Give exactly one file to import, e.g. `marginalia import story.html`.');
  const bytes = await readInputFile(file, 'a .txt, .md or .html file');
  const { document, existing, reanchor } = await useLibrary(values['data-dir'], 'write', {
    app: (call) => call('document:import', { fileName: basename(file), data: Buffer.from(bytes).toString('base64') }),
    here: (library) => importDocumentBytes(library, file, bytes),
  });
  const printed = {
    id: document.id,
    title: document.title,
    byline: document.byline,
    source: document.source,
    publishedAt: document.publishedAt,
    textLength: document.textLength,
    contentHash: document.contentHash,
    existing,
    ...(reanchor ? { reanchored: { exact: reanchor.exact, fuzzy: reanchor.fuzzy, orphan: reanchor.orphan } } : {}),
  };
  out(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
};

export const listCommand: Command = async (args, out) => {
  const { values } = parseArgs({ args, options: DATA_DIR });
  const { documents: summaries } = await useLibrary(values['data-dir'], 'read', {
    app: (call) => call('library:list', {}),
    here: async (library) => ({ documents: library.listDocuments() }),
  });
  const documents = summaries.map((d) => ({
    id: d.id,
    title: d.title,
    byline: d.byline,
    source: d.source,
    created: d.created,
    textLength: d.textLength,
    annotationCount: d.annotationCount,
  }));
  out(`${JSON.stringify({ documents }, null, 2)}\n`);
  return 0;
};

type AppCall = <C extends Channel>(channel: C, request: Request<C>) => Promise<Response<C>>;

/** Runs a command's work through the app that holds the library, or on the library itself. */
async function useLibrary<T>(
  dataDir: string | undefined,
  mode: 'read' | 'write',
  work: { app: (call: AppCall) => Promise<T>; here: (library: Library) => Promise<T> },
): Promise<T> {
  const dir = dataDir ?? defaultDataDir();
  const flag =
    dataDir !== undefined
      ? '--data-dir'
      : process.env.MARGINALIA_DATA_DIR
        ? 'MARGINALIA_DATA_DIR'
        : 'The default library folder';
  await checkDataDir(dir, flag);

  const endpoint = (await currentOwner(dir))?.endpoint;
  if (endpoint) {
    const call: AppCall = async (channel, request) => {
      const result = await callLibraryEndpoint(endpoint, channel, request);
      if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
      return result.value;
    };
    try {
      return await work.app(call);
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
      // The app went away between the look and the call: the library is free, so carry on here.
    }
  }

  let library: Library;
  try {
    library = await Library.open({
      dataDir: dir,
      sampleArticlePath: sampleArticlePath(),
      mode,
      lock: {
        kind: 'command',
        waitMs: LOCK_WAIT_MS,
        onWait: (owner) => console.error(`${lockedMessage(dir, owner)} Waiting for it to finish…`),
      },
    });
  } catch (error) {
    if (error instanceof NewerSchemaError || error instanceof UnreadableLibraryError) {
      throw new CliError(error.message);
    }
    throw (
      libraryFolderProblem(error, dir, dataDir !== undefined ? '--data-dir' : '--data-dir (or MARGINALIA_DATA_DIR)') ??
      error
    );
  }
  try {
    return await work.here(library);
  } finally {
    await library.close();
  }
}
