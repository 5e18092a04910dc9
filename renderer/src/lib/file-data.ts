/**
 * Files picked, dropped or pasted, on their way to the API: size checked
 * first (so a 50 MB file is refused without being read), then base64.
 */
import { MAX_ANNOTATION_FILE_BYTES, MAX_DOCUMENT_FILE_BYTES } from '../../../electron/shared/constants.ts';

export type FileKind = 'document' | 'annotations';

const LIMITS: Record<FileKind, number> = { document: MAX_DOCUMENT_FILE_BYTES, annotations: MAX_ANNOTATION_FILE_BYTES };

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;
}

/** Why the file is too large to send, or null when its size is fine. */
export function sizeProblem(file: { name: string; size: number }, kind: FileKind): string | null {
  const limit = LIMITS[kind];
  if (file.size <= limit) return null;
  return `“${file.name}” is ${megabytes(file.size)}; Marginalia imports ${kind === 'document' ? 'documents' : 'annotation files'} up to ${megabytes(limit)}. Nothing was imported.`;
}

/** The file's bytes as base64 (without a data: URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Annotation files are JSON; anything else dropped is taken as a document. */
export function isAnnotationFile(name: string): boolean {
  return /\.(?:json|jsonld)$/i.test(name);
}
