/**
 * `npx marginalia <command>`: the library from a terminal, over the same core
 * as the app, without Electron.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Library } from '../core/node/library/library.ts';
import { defaultDataDir, sampleArticlePath } from '../core/node/paths.ts';
import { writeFileDurably } from '../core/node/storage/atomic-write.ts';
import { ApiFailure } from '../core/node/api/api-failure.ts';
import { importDocumentBytes } from '../core/node/library/import-document.ts';
import { entitiesCommand } from './entities-command.ts';

const USAGE = `Usage: marginalia <command> [options]

Commands:
  export [--data-dir <dir>] [--document <id>] [--out <file>]
      Write annotations as a W3C Web Annotation collection (stdout without --out).
  import <file> [--data-dir <dir>]
      Add a document (.txt, .md, .html) and print it as JSON. A changed file
      with the same name or title replaces its earlier version.
  list [--data-dir <dir>]
      Print the library as JSON.
  entities <file> [--json]
      List the people, organisations, places and dates a text file mentions.
  help
      Show this help.

The data dir defaults to the desktop app's (or MARGINALIA_DATA_DIR).`;

type Command = (args: string[], out: (text: string) => void) => Promise<number>;

const commands: Record<string, Command> = {
  entities: entitiesCommand,
  async export(args, out) {
    const { values } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, document: { type: 'string' }, out: { type: 'string' } },
    });
    const library = await openLibrary(values['data-dir']);
    const exported = library.exportAnnotations(values.document);
    if (values.out) {
      await writeFileDurably(values.out, exported.json);
      console.error(`Wrote ${exported.count} annotation(s) to ${values.out}`);
    } else {
      out(exported.json);
    }
    return 0;
  },
  async import(args, out) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' } },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new ApiFailure('invalid-input', 'give exactly one file to import');
    const library = await openLibrary(values['data-dir']);
    const result = await importDocumentBytes(library, file, await readFile(file));
    const { document, existing, reanchor } = result;
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
  },
  async list(args, out) {
    const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } } });
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
  },
  async help(_args, out) {
    out(`${USAGE}\n`);
    return 0;
  },
};

function openLibrary(dataDir: string | undefined): Promise<Library> {
  return Library.open({ dataDir: dataDir ?? defaultDataDir(), sampleArticlePath: sampleArticlePath() });
}

export async function runCli(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(`Unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, out);
  } catch (error) {
    console.error(`marginalia ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof ApiFailure || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1;
  }
}
