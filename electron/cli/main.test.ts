import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../core/node/library/library.ts';
import { sampleArticlePath } from '../core/node/paths.ts';
import { runCli } from './main.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, (text) => (out += text));
  return { code, out };
}

async function seedOneAnnotation(): Promise<string> {
  const library = await Library.open({ dataDir: dir, sampleArticlePath: sampleArticlePath() });
  const documentId = library.startDocumentId()!;
  await library.createAnnotation({ documentId, start: 0, end: 12, color: 'green', note: 'a note' });
  await library.close();
  return documentId;
}

describe('marginalia export', () => {
  it('prints the collection to stdout', async () => {
    await seedOneAnnotation();
    const { code, out } = await run(['export', '--data-dir', dir]);
    expect(code).toBe(0);
    const collection = JSON.parse(out);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(1);
    expect(collection.first.items[0].body.value).toBe('a note');
  });

  it('writes one document to --out', async () => {
    const documentId = await seedOneAnnotation();
    const file = join(dir, 'out.json');
    const { code, out } = await run(['export', '--data-dir', dir, '--document', documentId, '--out', file]);
    expect(code).toBe(0);
    expect(out).toBe('');
    const collection = JSON.parse(await readFile(file, 'utf8'));
    expect(collection.total).toBe(1);
    expect(collection.first.items[0].target.source).toBe(`urn:uuid:${documentId}`);
  });

  it("writes into a folder given as --out under the document's title, readable by other programs", async () => {
    const documentId = await seedOneAnnotation();
    const folder = join(dir, 'exports');
    await mkdir(folder);
    const { code } = await run(['export', '--data-dir', dir, '--document', documentId, '--out', folder]);
    expect(code).toBe(0);
    const [name] = await readdir(folder);
    expect(name).toBe('ttp-and-isis-deadly-alliance-emerges-against-pakistan-china.annotations.json'); // cut between words
    expect(JSON.parse(await readFile(join(folder, name!), 'utf8')).total).toBe(1);
    if (process.platform !== 'win32') {
      await writeFile(join(dir, 'plain.txt'), 'x');
      expect((await stat(join(folder, name!))).mode & 0o777).toBe((await stat(join(dir, 'plain.txt'))).mode & 0o777);
    }
  });

  it('fails clearly for an unknown document or option', async () => {
    await seedOneAnnotation();
    expect((await run(['export', '--data-dir', dir, '--document', '00000000-0000-4000-8000-000000000000'])).code).toBe(
      2,
    );
    expect((await run(['export', '--bogus'])).code).toBe(2);
    expect((await run(['nope'])).code).toBe(2);
  });
});
