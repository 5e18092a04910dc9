/**
 * The files Marginalia opens as documents, written down once. Read by the
 * importer (which format a file is), the desktop's open dialog and its file
 * associations (which paths on a command line are documents), the renderer's
 * file picker, and checked against electron-builder.yml's `fileAssociations`
 * by document-files.test.ts.
 */

export const DOCUMENT_FILE_TYPES = [
  { kind: 'text', name: 'Plain text article', extensions: ['txt'], mimeType: 'text/plain' },
  { kind: 'markdown', name: 'Markdown article', extensions: ['md', 'markdown'], mimeType: 'text/markdown' },
  { kind: 'html', name: 'Web page article', extensions: ['html', 'htm'], mimeType: 'text/html' },
] as const;

/** The formats the importer reads. */
export type DocumentKind = (typeof DOCUMENT_FILE_TYPES)[number]['kind'];

/** Every document extension, lower case, without the dot. */
export const DOCUMENT_EXTENSIONS: readonly string[] = DOCUMENT_FILE_TYPES.flatMap((type) => type.extensions);

/** A file input's `accept`: the extensions, plus the MIME types for pickers that filter by type. */
export const DOCUMENT_ACCEPT = [
  ...DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`),
  ...DOCUMENT_FILE_TYPES.map((type) => type.mimeType),
].join(',');

/** Lower-case extension of a file name or path, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name says it is, or null when its extension is not a document's. */
export function documentKindOf(fileName: string): DocumentKind | null {
  const extension = extensionOf(fileName);
  return DOCUMENT_FILE_TYPES.find((type) => (type.extensions as readonly string[]).includes(extension))?.kind ?? null;
}
