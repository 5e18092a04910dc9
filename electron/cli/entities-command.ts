/**
 * `marginalia entities <file> [--json]`: the entity panel's list for a file,
 * read exactly as the app imports it (a saved page through its article
 * extraction, Markdown as the text a reader sees), grouped by type for
 * reading, or as JSON for scripts. jsdom loads only for HTML.
 */
import { parseArgs } from 'node:util';
import { extractEntities, type Entity, type EntityType } from '../core/common/entities/index.ts';
import { readArticleText } from './article-file.ts';

const USAGE = 'Usage: marginalia entities <file> [--json]';

const HEADINGS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  date: 'Dates',
};

/** @returns the exit code: 0 on success, 2 for bad usage; a file that cannot be read throws a CliError. */
export async function entitiesCommand(args: string[], out: (s: string) => void): Promise<number> {
  let file: string | undefined;
  let json: boolean;
  try {
    const parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    json = parsed.values.json === true;
    if (parsed.positionals.length !== 1) throw new Error('expected exactly one file');
    file = parsed.positionals[0];
  } catch (error) {
    console.error(`marginalia entities: ${message(error)}\n${USAGE}`);
    return 2;
  }
  const entities = extractEntities(await readArticleText(file!));
  out(json ? toJson(entities) + '\n' : toReadable(entities));
  return 0;
}

/** Exactly `{"entities":[{"type","name","aliases","mentions":[{"start","end"}]}]}`. */
function toJson(entities: readonly Entity[]): string {
  return JSON.stringify({
    entities: entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
  });
}

function toReadable(entities: readonly Entity[]): string {
  if (entities.length === 0) return 'No entities found.\n';
  const lines: string[] = [];
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const group = entities.filter((e) => e.type === type);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[type]} (${group.length})`);
    for (const e of group) {
      const aliases = e.aliases.length > 0 ? ` (also: ${e.aliases.join(', ')})` : '';
      const n = e.mentions.length;
      lines.push(`  ${e.name}${aliases} — ${n} mention${n === 1 ? '' : 's'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
