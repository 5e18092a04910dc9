/**
 * `marginalia quotes <file> [--json]`: the direct quotations in a file and
 * who said each, in the order they appear, read as the app imports the file.
 */
import { parseArgs } from 'node:util';
import { extractEntities } from '../core/common/entities/index.ts';
import { extractQuotes, type Quote } from '../core/common/quotes/index.ts';
import { readArticleText } from './article-file.ts';

const USAGE = 'Usage: marginalia quotes <file> [--json]';

/** @returns the exit code: 0 on success, 2 for bad usage; a file that cannot be read throws a CliError. */
export async function quotesCommand(args: string[], out: (s: string) => void): Promise<number> {
  let file: string;
  let json: boolean;
  try {
    const parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    json = parsed.values.json === true;
    if (parsed.positionals.length !== 1) throw new Error('expected exactly one file');
    file = parsed.positionals[0]!;
  } catch (error) {
    console.error(`marginalia quotes: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const text = await readArticleText(file);
  const quotes = extractQuotes(text, extractEntities(text));
  out(json ? toJson(quotes) + '\n' : toReadable(quotes));
  return 0;
}

/** Exactly `{"quotes":[{"start","end","text","speaker":{"name","type"}|null,"basis":"named"|"inferred"|null}]}`. */
function toJson(quotes: readonly Quote[]): string {
  return JSON.stringify({
    quotes: quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker ? { name: q.speaker.name, type: q.speaker.type } : null,
      basis: q.basis,
    })),
  });
}

function toReadable(quotes: readonly Quote[]): string {
  if (quotes.length === 0) return 'No quotations found.\n';
  const who = (q: Quote): string =>
    q.speaker ? `${q.speaker.name}${q.basis === 'inferred' ? ' (inferred)' : ''}` : 'Unattributed';
  return quotes.map((q) => `${who(q)}: “${q.text}”\n`).join('');
}
