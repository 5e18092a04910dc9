/** A real Library in a temporary folder, for the feature modules' tests. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../storage/open-database.ts';
import { Library } from './library.ts';

export const SAMPLE =
  'A headline for testing\n\nBy: Jane Roe\n\nFirst paragraph with some words. Second sentence here.\n';

export interface TestLibrary {
  library: Library;
  dataDir: string;
  /** The database file as parsed JSON. */
  onDisk(): Promise<{ documents: Array<Record<string, unknown>>; annotations: Array<Record<string, unknown>> }>;
  /** Opens the same data folder again, as the next app start would. */
  reopen(): Promise<Library>;
  cleanup(): Promise<void>;
}

export async function testLibrary(): Promise<TestLibrary> {
  const dir = await mkdtemp(join(tmpdir(), 'marginalia-lib-'));
  const samplePath = join(dir, 'sample.txt');
  await writeFile(samplePath, SAMPLE);
  const dataDir = join(dir, 'data');
  const reopen = () => Library.open({ dataDir, sampleArticlePath: samplePath });
  return {
    library: await reopen(),
    dataDir,
    onDisk: async () => JSON.parse(await readFile(join(dataDir, DATABASE_FILE_NAME), 'utf8')),
    reopen,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function base64(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64');
}
