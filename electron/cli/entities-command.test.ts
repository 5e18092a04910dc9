import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entitiesCommand } from './entities-command.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'marginalia-entities-'));
const file = path.join(dir, 'article.txt');
writeFileSync(file, 'Prime Minister Jane Okafor visited Oslo on Friday. Okafor met officials from the Nordic Council.');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const spy = vi.spyOn(console, 'error').mockImplementation((s: unknown) => {
    err += String(s);
  });
  const code = await entitiesCommand(args, (s) => {
    out += s;
  });
  spy.mockRestore();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('marginalia entities', () => {
  it('prints a readable list grouped by type', async () => {
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toContain('People (1)\n  Jane Okafor (also: Okafor) — 2 mentions');
    expect(out).toContain('Places (1)\n  Oslo — 1 mention');
    expect(out).toContain('Organizations (1)\n  Nordic Council — 1 mention');
    expect(out.indexOf('People')).toBeLessThan(out.indexOf('Dates'));
  });

  it('prints exactly the documented JSON with --json', async () => {
    const { code, out } = await run([file, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { entities: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['entities']);
    const person = parsed.entities[0]!;
    expect(person).toEqual({
      type: 'person',
      name: 'Jane Okafor',
      aliases: ['Okafor'],
      mentions: [
        { start: 15, end: 26 },
        { start: 51, end: 57 },
      ],
    });
    for (const e of parsed.entities) expect(Object.keys(e)).toEqual(['type', 'name', 'aliases', 'mentions']);
  });

  it('reads a saved page through its article, not its markup, and Markdown as rendered text', async () => {
    const page = path.join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Harbour plan</title><style>.Banner{color:red}</style>
      <script>var TrackingPixel = 1;</script></head><body><nav>Home Sports Weather</nav><article><h1>Harbour plan</h1>
      <p>${'The council in Oslo approved the harbour plan on Friday after a long debate. '.repeat(6)}</p>
      <p>Mayor Jane Okafor said the Nordic Council would review it.</p></article></body></html>`,
    );
    const html = await run([page, '--json']);
    expect(html.code).toBe(0);
    const names = (JSON.parse(html.out) as { entities: { name: string }[] }).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Oslo', 'Jane Okafor', 'Nordic Council', 'Friday']));
    expect(names.some((n) => /Banner|TrackingPixel|Sports/.test(n))).toBe(false);

    const markdown = path.join(dir, 'notes.md');
    writeFileSync(markdown, '# Harbour plan\n\n**Jane Okafor** visited [Oslo](https://example.org/oslo) on Friday.\n');
    const md = await run([markdown, '--json']);
    const mentions = (JSON.parse(md.out) as { entities: { name: string }[] }).entities.map((e) => e.name);
    expect(mentions).toEqual(expect.arrayContaining(['Jane Okafor', 'Oslo']));
    expect(mentions.some((n) => n.includes('*') || n.includes('example'))).toBe(false);
  });

  it('refuses a binary file with a sentence and exit code 2', async () => {
    const png = path.join(dir, 'picture.png');
    writeFileSync(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    await expect(run([png])).rejects.toMatchObject({
      name: 'CliError',
      message: expect.stringMatching(/picture\.png/),
    });
  });

  it('explains bad usage', async () => {
    const usage = await run([]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: marginalia entities <file> [--json]');
  });
});
