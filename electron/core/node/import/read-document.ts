/**
 * Importing a file: bytes and a file name in, a document ready to store out —
 * or an {@link ImportError} that says in plain words why not.
 *
 * The format is decided by the extension; a file without a known one is
 * sniffed. All refusals (size, emptiness, binary data, bad encoding) happen
 * before any parsing, so hostile or accidental input fails fast.
 */
import { checkSize, decodeText, looksBinary } from './decode-text.ts';
import { declaredEncoding, extractHtmlArticle } from './html-article.ts';
import { ImportError } from './import-error.ts';
import { readMarkdown } from './markdown.ts';
import { readPlainText } from './plain-text.ts';
import type { ImportedDocument } from './types.ts';
import { documentKindOf, extensionOf, type DocumentKind } from '../../../shared/document-files.ts';

export { ImportError } from './import-error.ts';
export type { ImportErrorCode } from './import-error.ts';
export { MAX_DOCUMENT_BYTES } from './decode-text.ts';
export type { ImportedDocument } from './types.ts';

/** File name without folders or extension, for untitled documents. */
function baseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'Untitled';
}

/**
 * Guess the kind of a text file with no known extension: HTML when it opens
 * like a web page, Markdown when it opens with a `# ` heading, plain text
 * when the name has no extension at all (README, notes). `null` otherwise.
 */
export function sniffKind(text: string, extension: string): DocumentKind | null {
  const start = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/.test(start)) return 'html';
  if (/^#\s+\S/.test(start)) return 'markdown';
  return extension === '' ? 'text' : null;
}

function unsupported(fileName: string): ImportError {
  return new ImportError(
    'unsupported-type',
    `“${fileName}” is not a file Marginalia can import. Import plain text (.txt), Markdown (.md) or web pages (.html).`,
  );
}

/**
 * Read an imported file into a document.
 *
 * @param bytes - The file's contents.
 * @param fileName - Its name (a path is fine); the extension picks the format.
 * @throws ImportError with code `too-large`, `empty`, `binary`,
 *   `invalid-utf8`, `unsupported-type` or `no-article`.
 */
export function readDocument(bytes: Uint8Array, fileName: string): ImportedDocument {
  checkSize(bytes, fileName);
  const extension = extensionOf(fileName);
  let kind: DocumentKind | null = documentKindOf(fileName);
  if (kind === null && extension !== '' && looksBinary(bytes)) throw unsupported(fileName);

  const encoding = kind === 'html' || kind === null ? (declaredEncoding(bytes) ?? 'utf-8') : 'utf-8';
  const text = decodeText(bytes, fileName, encoding);
  kind ??= sniffKind(text, extension);
  if (kind === null) throw unsupported(fileName);

  const fallbackTitle = baseName(fileName);
  const document =
    kind === 'html'
      ? extractHtmlArticle(text, undefined, { fallbackTitle })
      : kind === 'markdown'
        ? readMarkdown(text, fallbackTitle)
        : readPlainText(text, fallbackTitle);
  if (document.text.trim() === '') {
    throw new ImportError('empty', `“${fileName}” has no readable text.`);
  }
  return document;
}
