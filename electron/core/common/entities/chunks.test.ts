import { describe, expect, it } from 'vitest';
import { splitIntoChunks } from './chunks.ts';

describe('splitIntoChunks', () => {
  it('covers the text exactly, in order, with correct offsets', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says something about Oslo.`).join('\n\n');
    const chunks = splitIntoChunks(text, 500);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    expect(chunks.length).toBeGreaterThan(10);
  });

  it('breaks after a blank line when one is in reach', () => {
    const text = 'a'.repeat(90) + '\n\n' + 'b'.repeat(90);
    const [first] = splitIntoChunks(text, 80);
    expect(first!.text).toBe('a'.repeat(90) + '\n\n');
  });

  it('cuts a text with no breaks at all and never splits a surrogate pair', () => {
    const text = '😀'.repeat(100);
    const chunks = splitIntoChunks(text, 11);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) expect(c.text.length % 2).toBe(0);
  });

  it('returns nothing for empty text', () => {
    expect(splitIntoChunks('')).toEqual([]);
  });
});
