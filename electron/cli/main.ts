/**
 * `npx marginalia <command>`: the library from a terminal, over the same core
 * as the app, without Electron.
 *
 * A command's module is imported only when that command runs: jsdom, the
 * entity extractor and the storage layer take about a second to load between
 * them, and `help` needs none of them (the build splits them into chunks so
 * the imports stay lazy; see scripts/build-node.ts).
 */
import { ApiFailure } from '../core/node/api/api-failure.ts';
import { CliError } from './cli-error.ts';
import type { Command } from './command.ts';

const USAGE = `Usage: marginalia <command> [options]

Commands:
  export [--data-dir <dir>] [--document <id>] [--format jsonld|md|csv] [--out <file or folder>]
      Write annotations as a W3C Web Annotation collection (the default),
      Markdown for notes apps or CSV (stdout without --out; into a folder
      under the document's title).
  import <file> [--data-dir <dir>]
      Add a document (.txt, .md, .html) and print it as JSON. A changed file
      with the same name or title replaces its earlier version.
  list [--data-dir <dir>]
      Print the library as JSON.
  entities <file> [--json]
      List the people, organisations, places and dates a document mentions.
  quotes <file> [--json]
      List a document's direct quotations and who said each.
  help
      Show this help.

The data dir defaults to the desktop app's (or MARGINALIA_DATA_DIR).`;

const help: Command = async (_args, out) => {
  out(`${USAGE}\n`);
  return 0;
};

const commands: Record<string, () => Promise<Command>> = {
  entities: async () => (await import('./entities-command.ts')).entitiesCommand,
  quotes: async () => (await import('./quotes-command.ts')).quotesCommand,
  export: async () => (await import('./library-commands.ts')).exportCommand,
  import: async () => (await import('./library-commands.ts')).importCommand,
  list: async () => (await import('./library-commands.ts')).listCommand,
  help: async () => help,
};

export async function runCli(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    console.error(`Unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, out);
  } catch (error) {
    const { message, code } = explain(error);
    console.error(`marginalia ${name}: ${message}`);
    return code;
  }
}

/** The user's mistakes exit with 2 and their own sentence; anything else is a fault of ours, exit 1. */
function explain(error: unknown): { message: string; code: number } {
  if (error instanceof CliError || error instanceof ApiFailure) return { message: error.message, code: 2 };
  const nodeCode = (error as { code?: unknown }).code;
  if (typeof nodeCode === 'string' && nodeCode.startsWith('ERR_PARSE_ARGS_')) {
    return { message: `${(error as Error).message}. Run \`marginalia help\` for the options.`, code: 2 };
  }
  return { message: error instanceof Error ? error.message : String(error), code: 1 };
}
