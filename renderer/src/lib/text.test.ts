import { describe, expect, it } from 'vitest';
import { shorten } from './text.ts';

describe('shorten', () => {
  it('keeps short text and flattens whitespace', () => {
    expect(shorten('a\n\nb  c')).toBe('a b c');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const out = shorten('one two three four five six seven', 20);
    expect(out).toBe('one two three four…');
    expect(out.length).toBeLessThanOrEqual(21);
  });
});
