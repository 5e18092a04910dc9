/**
 * Files cross the API as base64 strings (IPC and JSON both carry text best).
 * The size is worked out from the string's length, so an oversized file is
 * refused before a single byte is decoded.
 */
import { ApiFailure } from '../api/api-failure.ts';

/** Decoded size of a base64 string, from its length and padding alone. */
export function base64ByteLength(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - padding);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Decode a file sent as base64, refusing it when it is larger than `maxBytes`
 * or not base64 at all.
 *
 * @param what - How to name the file in messages ("“notes.json”").
 */
export function decodeFileData(data: string, maxBytes: number, what: string): Uint8Array {
  const size = base64ByteLength(data);
  if (size > maxBytes) {
    throw new ApiFailure(
      'invalid-input',
      `${what} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. Nothing was imported.`,
    );
  }
  // Buffer.from skips characters outside the alphabet silently; check the alphabet on a sample-free pass.
  if (data.length % 4 === 1 || /[^A-Za-z0-9+/=\s]/.test(data)) {
    throw new ApiFailure('invalid-input', `${what} could not be read (the upload was damaged). Nothing was imported.`);
  }
  const buffer = Buffer.from(data, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
