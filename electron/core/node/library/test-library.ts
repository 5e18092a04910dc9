/** A real Library in a temporary folder, for the feature modules' tests. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentDataPath, DOCUMENTS_FOLDER, INDEX_FILE_NAME } from '../storage/schema.ts';
import { Library } from './library.ts';

export const SAMPLE =
  'A headline for testing\n\nBy: Jane Roe\n\nFirst paragraph with some words. Second sentence here.\n';

type Row = Record<string, any>;

export interface TestLibrary {
  library: Library;
  dataDir: string;
  /** What the stored files hold, as parsed JSON: the index's documents, and every document file's records. */
  onDisk(): Promise<{ documents: Row[]; annotations: Row[]; entityCorrections: Row[] }>;
  /** Writes an annotation straight into its document's file, past every check (a file from elsewhere). */
  injectAnnotation(annotation: Row): Promise<void>;
  /** Overwrites fields of a stored document record, past every check. */
  corruptDocumentRecord(documentId: string, fields: Row): Promise<void>;
  /** Closes the library and opens the same data folder again, as the next app start would. */
  reopen(): Promise<Library>;
  cleanup(): Promise<void>;
}

/** Reads the stored files of a data folder, without the store. */
export async function readStoredLibrary(
  dataDir: string,
): Promise<{ documents: Row[]; annotations: Row[]; entityCorrections: Row[] }> {
  const index = JSON.parse(await readFile(join(dataDir, INDEX_FILE_NAME), 'utf8'));
  const names = await readdir(join(dataDir, DOCUMENTS_FOLDER)).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => JSON.parse(await readFile(join(dataDir, DOCUMENTS_FOLDER, name), 'utf8'))),
  );
  return {
    documents: index.documents,
    annotations: files.flatMap((f) => f.annotations),
    entityCorrections: files.flatMap((f) => f.entityCorrections),
  };
}

export async function testLibrary(): Promise<TestLibrary> {
  const dir = await mkdtemp(join(tmpdir(), 'marginalia-lib-'));
  const samplePath = join(dir, 'sample.txt');
  await writeFile(samplePath, SAMPLE);
  const dataDir = join(dir, 'data');
  let current: Library | null = null;
  const reopen = async () => {
    await current?.close();
    current = await Library.open({ dataDir, sampleArticlePath: samplePath });
    return current;
  };
  const editJson = async (path: string, fallback: Row, change: (data: Row) => void) => {
    const data = await readFile(path, 'utf8').then(
      (text) => JSON.parse(text),
      () => fallback,
    );
    change(data);
    await mkdir(join(dataDir, DOCUMENTS_FOLDER), { recursive: true });
    await writeFile(path, JSON.stringify(data));
  };
  return {
    library: await reopen(),
    dataDir,
    onDisk: () => readStoredLibrary(dataDir),
    injectAnnotation: (annotation) =>
      editJson(
        join(dataDir, documentDataPath(annotation.documentId)),
        { schemaVersion: 3, documentId: annotation.documentId, annotations: [], entityCorrections: [] },
        (data) => data.annotations.push(annotation),
      ),
    corruptDocumentRecord: (documentId, fields) =>
      editJson(join(dataDir, INDEX_FILE_NAME), {}, (data) =>
        Object.assign(
          data.documents.find((d: { id: string }) => d.id === documentId),
          fields,
        ),
      ),
    reopen,
    cleanup: async () => {
      await current?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function base64(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64');
}
