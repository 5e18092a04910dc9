import { describe, expect, it } from 'vitest';
import { base64ByteLength, decodeFileData, formatBytes } from './file-data.ts';

describe('file data', () => {
  it('knows the decoded size from the base64 length and padding', () => {
    for (const bytes of [0, 1, 2, 3, 4, 5, 1000]) {
      expect(base64ByteLength(Buffer.alloc(bytes, 7).toString('base64'))).toBe(bytes);
    }
  });

  it('decodes base64 and refuses oversized or damaged data in words', () => {
    expect([...decodeFileData(Buffer.from('hello').toString('base64'), 10, '“a”')]).toEqual([...Buffer.from('hello')]);
    expect(() => decodeFileData(Buffer.alloc(11).toString('base64'), 10, '“a”')).toThrow(
      '“a” is 11 bytes; the limit is 10 bytes. Nothing was imported.',
    );
    expect(() => decodeFileData('%%%%', 10, '“a”')).toThrow(/could not be read/);
  });

  it('formats sizes for people', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(2048)).toBe('2 KB');
  });
});
