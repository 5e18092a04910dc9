import { describe, expect, it } from 'vitest';
import { checkSize, decodeText, looksBinary, MAX_DOCUMENT_BYTES, normalizeLineEndings } from './decode-text.ts';
import { ImportError } from './import-error.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error('did not throw');
}

describe('looksBinary', () => {
  it('is false for text, including tabs, form feeds and escapes', () => {
    expect(looksBinary(utf8('Hello,\tworld.\r\n\fPage two \u001b[1m'))).toBe(false);
    expect(looksBinary(utf8('Grüße — “quotes” 日本語'))).toBe(false);
  });

  it('is true with a NUL byte or many control bytes', () => {
    expect(looksBinary(new Uint8Array([72, 105, 0, 33]))).toBe(true);
    const noisy = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 1 : 65));
    expect(looksBinary(noisy)).toBe(true);
  });
});

describe('normalizeLineEndings', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});

describe('decodeText', () => {
  it('decodes UTF-8, strips a BOM and normalises line endings', () => {
    expect(decodeText(utf8('\uFEFFTitle\r\n\r\nBody – ok'), 'a.txt')).toBe('Title\n\nBody – ok');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x21, 0x00]);
    expect(decodeText(le, 'a.txt')).toBe('Hi\n!');
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(decodeText(be, 'a.txt')).toBe('Hi');
  });

  it('decodes a declared legacy encoding', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.html', 'windows-1252')).toBe('café');
  });

  it('refuses invalid UTF-8, empty, whitespace-only and binary input', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x21]), 'a.txt'))).toBe('invalid-utf8');
    expect(codeOf(() => decodeText(new Uint8Array([0xc3]), 'a.txt'))).toBe('invalid-utf8');
    expect(codeOf(() => decodeText(new Uint8Array(), 'a.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(utf8(' \n\t\r\n  '), 'a.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(utf8('\uFEFF'), 'a.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'a.txt'))).toBe('binary');
  });

  it('names the file and the remedy in its messages', () => {
    expect(() => decodeText(new Uint8Array([0xe9]), 'notes.txt')).toThrow(/notes\.txt.*UTF-8/);
  });
});

describe('checkSize', () => {
  it('refuses files over the cap, before looking at their contents', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    expect(codeOf(() => checkSize(big, 'big.txt'))).toBe('too-large');
    expect(() => checkSize(big, 'big.txt')).toThrow(/big\.txt.*20 MB/);
    expect(() => checkSize(new Uint8Array(MAX_DOCUMENT_BYTES), 'ok.txt')).not.toThrow();
  });
});
