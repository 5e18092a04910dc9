/**
 * Files picked, dropped or pasted, on their way to the API: size checked
 * first (so a 50 MB file is refused without being read), then base64.
 */
import type { HostKind } from '../../../electron/shared/api-contract.ts';
import {
  MAX_ANNOTATION_FILE_BYTES,
  MAX_DOCUMENT_FILE_BYTES,
  MAX_HTTP_FILE_BYTES,
} from '../../../electron/shared/constants.ts';

export type FileKind = 'document' | 'annotations';

const LIMITS: Record<FileKind, number> = { document: MAX_DOCUMENT_FILE_BYTES, annotations: MAX_ANNOTATION_FILE_BYTES };

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;
}

/** Why the file is too large to send, or null when its size is fine. */
export function sizeProblem(file: { name: string; size: number }, kind: FileKind, host: HostKind): string | null {
  const what = kind === 'document' ? 'documents' : 'annotation files';
  if (file.size > LIMITS[kind]) {
    return `“${file.name}” is ${megabytes(file.size)}; Marginalia imports ${what} up to ${megabytes(LIMITS[kind])}. Nothing was imported.`;
  }
  // HTTP carries files as base64 in a request of bounded size; the desktop app's IPC has no such bound.
  if (host === 'browser' && file.size > MAX_HTTP_FILE_BYTES) {
    return `“${file.name}” is ${megabytes(file.size)}; in the browser, Marginalia imports ${what} up to ${megabytes(MAX_HTTP_FILE_BYTES)} (the desktop app takes up to ${megabytes(LIMITS[kind])}). Nothing was imported.`;
  }
  return null;
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
