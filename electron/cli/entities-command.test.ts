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

  it('explains bad usage', async () => {
    const usage = await run([]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: marginalia entities <file> [--json]');
  });
});
