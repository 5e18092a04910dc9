import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { quotesCommand } from './quotes-command.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'marginalia-quotes-'));
const file = path.join(dir, 'article.txt');
writeFileSync(
  file,
  'Harbour plan approved\n\nJane Okafor chairs the council.\n\n“We will rebuild the harbour,” Okafor said. “It will take years.”\n\nThe so-called “deal” was signed.\n',
);

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const code = await quotesCommand(args, (s) => {
    out += s;
  });
  vi.restoreAllMocks();
  return { code, out };
}

describe('marginalia quotes', () => {
  it('prints each quotation with its speaker, in order', async () => {
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toBe('Jane Okafor: “We will rebuild the harbour,”\nJane Okafor: “It will take years.”\n');
  });

  it('prints offsets, text and speaker as JSON with --json', async () => {
    const { out } = await run([file, '--json']);
    const { quotes } = JSON.parse(out) as { quotes: { start: number; end: number; text: string; speaker: unknown }[] };
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({
      text: 'We will rebuild the harbour,',
      speaker: { name: 'Jane Okafor', type: 'person' },
    });
    expect(Object.keys(quotes[0]!)).toEqual(['start', 'end', 'text', 'speaker']);
  });

  it('explains bad usage with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
  });
});
