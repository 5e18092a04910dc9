import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { quotesCommand } from './quotes-command.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'marginalia-quotes-'));
const file = path.join(dir, 'article.txt');
writeFileSync(
  file,
  'Harbour plan approved\n\nJane Okafor chairs the council.\n\n“We will rebuild the harbour,” Okafor said. “It will take years.”\n\n' +
    'The so-called “deal” was signed.\n\n“Ships will come back,” she added.\n',
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
  it('prints each quotation with its speaker, in order, marking a speaker who was inferred', async () => {
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toBe(
      'Jane Okafor: “We will rebuild the harbour,”\nJane Okafor: “It will take years.”\n' +
        'Jane Okafor (inferred): “Ships will come back,”\n',
    );
  });

  it('prints offsets, text, speaker and how the speaker was found as JSON with --json', async () => {
    const { out } = await run([file, '--json']);
    const { quotes } = JSON.parse(out) as { quotes: { start: number; end: number; text: string; speaker: unknown }[] };
    expect(quotes).toHaveLength(3);
    expect(quotes[0]).toMatchObject({
      text: 'We will rebuild the harbour,',
      speaker: { name: 'Jane Okafor', type: 'person' },
      basis: 'named',
    });
    expect(quotes[2]).toMatchObject({ text: 'Ships will come back,', basis: 'inferred' });
    expect(Object.keys(quotes[0]!)).toEqual(['start', 'end', 'text', 'speaker', 'basis']);
  });

  it('explains bad usage with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
  });
});
