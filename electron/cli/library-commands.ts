/**
 * The commands that work on the library: `export`, `import` and `list`.
 * Loaded only when one of them runs, with the storage layer they need.
 */
import { parseArgs } from 'node:util';
import { importDocumentBytes } from '../core/node/library/import-document.ts';
import { Library } from '../core/node/library/library.ts';
import { defaultDataDir, sampleArticlePath } from '../core/node/paths.ts';
import { CliError } from './cli-error.ts';
import type { Command } from './command.ts';
import { checkDataDir, libraryFolderProblem, readInputFile, writeExport } from './user-files.ts';

const DATA_DIR = { 'data-dir': { type: 'string' } } as const;

export const exportCommand: Command = async (args, out) => {
  const { values } = parseArgs({
    args,
    options: { ...DATA_DIR, document: { type: 'string' }, out: { type: 'string' } },
  });
  const library = await openLibrary(values['data-dir']);
  const exported = library.exportAnnotations(values.document);
  if (values.out) {
    const written = await writeExport(values.out, exported.fileName, exported.json);
    console.error(`Wrote ${exported.count} annotation(s) to ${written}`);
  } else {
    out(exported.json);
  }
  return 0;
};

export const importCommand: Command = async (args, out) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: DATA_DIR });
  const [file, ...extra] = positionals;
  if (!file || extra.length)
    throw new CliError('Give exactly one file to import, e.g. `marginalia import story.html`.');
  const bytes = await readInputFile(file, 'a .txt, .md or .html file');
  const library = await openLibrary(values['data-dir']);
  const { document, existing, reanchor } = await importDocumentBytes(library, file, bytes);
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
  const library = await openLibrary(values['data-dir']);
  const documents = library.listDocuments().map((d) => ({
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

async function openLibrary(dataDir: string | undefined): Promise<Library> {
  const dir = dataDir ?? defaultDataDir();
  const flag =
    dataDir !== undefined
      ? '--data-dir'
      : process.env.MARGINALIA_DATA_DIR
        ? 'MARGINALIA_DATA_DIR'
        : 'The default library folder';
  await checkDataDir(dir, flag);
  try {
    return await Library.open({ dataDir: dir, sampleArticlePath: sampleArticlePath() });
  } catch (error) {
    throw (
      libraryFolderProblem(error, dir, dataDir !== undefined ? '--data-dir' : '--data-dir (or MARGINALIA_DATA_DIR)') ??
      error
    );
  }
}
