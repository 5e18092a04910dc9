import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURES_DIR } from '../../test-fixtures/fixtures.ts';
import { runCli } from './main.ts';

const BBC = resolve(FIXTURES_DIR, 'pages', 'bbc-1');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-cli-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, (text) => (out += text));
  return { code, out };
}

describe('marginalia import and list', () => {
  it('imports a saved web page and prints it as JSON, then lists it', async () => {
    const expected = JSON.parse(await readFile(join(BBC, 'expected-metadata.json'), 'utf8'));
    const data = join(dir, 'data');
    const imported = await run(['import', join(BBC, 'source.html'), '--data-dir', data]);
    expect(imported.code).toBe(0);
    const document = JSON.parse(imported.out);
    expect(document).toMatchObject({
      id: expect.any(String),
      title: expected.title,
      byline: expected.byline,
      existing: false,
    });
    expect(document.textLength).toBeGreaterThan(1000);

    const again = JSON.parse((await run(['import', join(BBC, 'source.html'), '--data-dir', data])).out);
    expect(again).toMatchObject({ id: document.id, existing: true });

    const listed = await run(['list', '--data-dir', data]);
    expect(listed.code).toBe(0);
    const { documents } = JSON.parse(listed.out);
    expect(documents).toHaveLength(2); // the sample and the page
    expect(documents[1]).toMatchObject({
      id: document.id,
      title: expected.title,
      annotationCount: 0,
      textLength: document.textLength,
    });
  }, 60_000); // a worker thread reads the page: slow on a loaded machine

  it('refuses a binary file with a reason and exit code 2', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = join(dir, 'photo.txt');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const { code, out } = await run(['import', file, '--data-dir', join(dir, 'data')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(String(error.mock.calls[0]?.[0])).toMatch(/looks like a binary file/);
    expect(JSON.parse((await run(['list', '--data-dir', join(dir, 'data')])).out).documents).toHaveLength(1);
  });

  it('needs exactly one file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await run(['import', '--data-dir', dir])).code).toBe(2);
  });
});

describe('marginalia export --format', () => {
  it('writes Markdown and CSV with their provenance, and refuses an unknown format', async () => {
    const data = join(dir, 'formats');
    expect((await run(['list', '--data-dir', data])).code).toBe(0);
    const md = await run(['export', '--data-dir', data, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(
      /^---\ntitle: "Marginalia annotations"\ndocuments: "\d+"\nexported: ".+"\ngenerator: "Marginalia \d/,
    );
    const csv = await run(['export', '--data-dir', data, '--format', 'csv']);
    expect(csv.out.split('\r\n')[0]).toMatch(/^document,document_id,content_sha256,origin,imported,quote,note,/);
    const bad = await run(['export', '--data-dir', data, '--format', 'pdf']);
    expect(bad.code).toBe(2);
  });
});
