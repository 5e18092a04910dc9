/**
 * `npx marginalia <command>`: the library from a terminal, over the same core
 * as the app, without Electron.
 */
import { parseArgs } from 'node:util';
import { Library } from '../core/library/library.ts';
import { defaultDataDir, sampleArticlePath } from '../core/paths.ts';
import { writeFileDurably } from '../core/storage/atomic-write.ts';
import { ApiFailure } from '../core/api/api-failure.ts';

const USAGE = `Usage: marginalia <command> [options]

Commands:
  export [--data-dir <dir>] [--document <id>] [--out <file>]
      Write annotations as a W3C Web Annotation collection (stdout without --out).
  help
      Show this help.

The data dir defaults to the desktop app's (or MARGINALIA_DATA_DIR).`;

type Command = (args: string[], out: (text: string) => void) => Promise<number>;

const commands: Record<string, Command> = {
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
  async help(_args, out) {
    out(`${USAGE}\n`);
    return 0;
  },
};

function openLibrary(dataDir: string | undefined): Promise<Library> {
  return Library.open({ dataDir: dataDir ?? defaultDataDir(), sampleArticlePath: sampleArticlePath() });
}

export async function runCli(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
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
