import { describe, expect, it } from 'vitest';
import { createTarget } from './text-quote.ts';
import { CONTEXT_LENGTH } from '../../../shared/anchor-types.ts';

const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);

describe('createTarget', () => {
  it('stores the quote, up to CONTEXT_LENGTH of context, and the position', () => {
    const target = createTarget(text, 40, 45);
    expect(target).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'QUOTE',
        prefix: 'a'.repeat(CONTEXT_LENGTH),
        suffix: 'b'.repeat(CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start: 40, end: 45 },
    });
  });

  it('keeps shorter context at the edges of the document', () => {
    const target = createTarget('Hello brave new world', 0, 5);
    expect(target.quote.prefix).toBe('');
    expect(target.quote.suffix).toBe(' brave new world');
    const last = createTarget('Hello brave new world', 16, 21);
    expect(last.quote.exact).toBe('world');
    expect(last.quote.prefix).toBe('Hello brave new ');
    expect(last.quote.suffix).toBe('');
  });

  it('can select the whole text', () => {
    expect(createTarget('abc', 0, 3).quote).toMatchObject({ exact: 'abc', prefix: '', suffix: '' });
  });

  it.each([
    ['negative start', -1, 3],
    ['end past the text', 0, text.length + 1],
    ['empty selection', 5, 5],
    ['reversed range', 6, 5],
    ['fractional offset', 1.5, 3],
    ['NaN', Number.NaN, 3],
  ])('throws RangeError on %s', (_label, start, end) => {
    expect(() => createTarget(text, start, end)).toThrow(RangeError);
  });
});
