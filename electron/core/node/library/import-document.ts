/**
 * Opening a file or pasting text into the library.
 *
 * Three outcomes: the exact text is already there (nothing changes), the
 * import is a new version of a document with the same file name or title
 * (its text is replaced and its annotations re-anchored, see new-version.ts),
 * or it is a new document. Every refusal is an ApiFailure('invalid-input')
 * with a sentence saying why, and nothing is written before the file has been
 * read successfully.
 */
import type { DocumentImportResult } from '../../../shared/api-contract.ts';
import { ApiFailure } from '../api/api-failure.ts';
import { ImportError, MAX_DOCUMENT_BYTES, type ImportedDocument } from '../import/read-document.ts';
import { readPlainText } from '../import/plain-text.ts';
import { hashText } from '../storage/text-store.ts';
import { decodeFileData } from './file-data.ts';
import type { Library } from './library.ts';
import { findPreviousVersion, replaceWithNewVersion } from './new-version.ts';
import { readDocumentInWorker, ReadStoppedError, type ReadLimits } from './read-in-worker.ts';

/** Import a file sent as base64 (`document:import`). */
export async function importDocumentData(
  library: Library,
  fileName: string,
  data: string,
  now = new Date(),
  options: { signal?: AbortSignal } = {},
): Promise<DocumentImportResult> {
  const bytes = decodeFileData(data, MAX_DOCUMENT_BYTES, `“${displayName(fileName)}”`);
  return importDocumentBytes(library, fileName, bytes, now, options);
}

/**
 * Import a file's bytes (desktop open dialog, CLI). Web pages and large files
 * are read in a worker thread with a time and memory limit (read-in-worker.ts);
 * `signal` cancels the reading.
 */
export async function importDocumentBytes(
  library: Library,
  fileName: string,
  bytes: Uint8Array,
  now = new Date(),
  options: { signal?: AbortSignal; limits?: ReadLimits } = {},
): Promise<DocumentImportResult> {
  const name = displayName(fileName);
  let imported: ImportedDocument;
  try {
    imported = await readDocumentInWorker(bytes, name, options);
  } catch (error) {
    if (error instanceof ImportError || error instanceof ReadStoppedError) {
      throw new ApiFailure('invalid-input', `${error.message} Nothing was imported.`);
    }
    throw error;
  }
  return store(library, imported, { kind: 'file', fileName: name }, now);
}

/** "New document from clipboard": plain text, titled by `title` or its first line. */
export async function importText(
  library: Library,
  text: string,
  title: string | undefined,
  now = new Date(),
): Promise<DocumentImportResult> {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new ApiFailure(
      'invalid-input',
      'The clipboard text is larger than 20 MB, the limit for one document. Nothing was imported.',
    );
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '')
    throw new ApiFailure('invalid-input', 'The clipboard holds no text. Nothing was imported.');
  const read = readPlainText(normalized, 'Pasted text');
  const imported = title?.trim() ? { ...read, title: title.trim() } : read;
  return store(library, imported, { kind: 'clipboard', fileName: null }, now);
}

async function store(
  library: Library,
  imported: ImportedDocument,
  origin: { kind: 'file' | 'clipboard'; fileName: string | null },
  now: Date,
): Promise<DocumentImportResult> {
  const text = imported.text.replace(/\r\n?/g, '\n');
  const hash = hashText(text);
  const same = library.documents.find((d) => d.contentHash === hash);
  if (same) return { document: library.summaryOf(same.id), existing: true };

  const previous = await findPreviousVersion(library, origin.fileName, imported.title, text);
  if (previous) {
    const { document, reanchor } = await replaceWithNewVersion(library, previous, { ...imported, text }, now);
    return { document, existing: false, reanchor };
  }
  const document = await library.addDocument({ ...imported, text, origin });
  return { document, existing: false };
}

/** The file name without folders, as shown to the user and stored as the origin. */
function displayName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).trim() || 'Untitled';
}
