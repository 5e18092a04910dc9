/**
 * Bytes to text, refusing what is not a text document before any parsing.
 *
 * Checks run cheapest first, so a huge or binary file is refused in
 * microseconds, long before a decoder or HTML parser would spend seconds on it.
 */
import { ImportError } from './import-error.ts';

/**
 * Largest file accepted: 20 MB is about 20 books of text — far more than any
 * article — while keeping the parsed DOM and the anchoring index in memory.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Bytes looked at when deciding whether a file is binary. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Share of control bytes (other than tab, line feed, form feed, carriage
 * return and escape) above which a file is taken as binary. Text has ~0;
 * compressed or executable data has ~10% and more.
 */
const MAX_CONTROL_SHARE = 0.05;

/** True when the bytes look like binary data rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) {
      control += 1;
    }
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

/** `\r\n` and lone `\r` become `\n`. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Refuse files over {@link MAX_DOCUMENT_BYTES} or with no bytes at all.
 * Separate from decoding so it can run before anything else looks at the bytes.
 */
export function checkSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new ImportError(
      'too-large',
      `“${fileName}” is ${mb(bytes.length)}; Marginalia imports documents up to ${mb(MAX_DOCUMENT_BYTES)}.`,
    );
  }
  if (bytes.length === 0) throw new ImportError('empty', `“${fileName}” is empty.`);
}

/**
 * Decode a text file: UTF-8 (byte-order mark stripped), or UTF-16 when it
 * starts with a UTF-16 byte-order mark (as Windows Notepad's "Unicode" does).
 * Line endings are normalised to `\n`.
 *
 * @param encoding - Another encoding declared by the file itself (an HTML
 *   `<meta charset>`); UTF-8 when omitted.
 * @throws ImportError `too-large`, `empty`, `binary` or `invalid-utf8`.
 */
export function decodeText(bytes: Uint8Array, fileName: string, encoding = 'utf-8'): string {
  checkSize(bytes, fileName);
  const utf16 = utf16Encoding(bytes);
  if (!utf16 && looksBinary(bytes)) {
    throw new ImportError(
      'binary',
      `“${fileName}” looks like a binary file, not text: Marginalia reads plain text, Markdown and web pages.`,
    );
  }
  let text: string;
  try {
    // `fatal` makes malformed input throw instead of silently becoming U+FFFD;
    // the default `ignoreBOM: false` strips a byte-order mark.
    text = new TextDecoder(utf16 ?? encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      'invalid-utf8',
      `“${fileName}” is not valid ${utf16 ? 'UTF-16' : encoding === 'utf-8' ? 'UTF-8' : encoding} text. ` +
        'Save it as UTF-8 and import it again.',
    );
  }
  if (text.trim() === '') throw new ImportError('empty', `“${fileName}” contains only whitespace.`);
  return normalizeLineEndings(text);
}
