import { describe, expect, it } from 'vitest';
import { segmentBlock } from './segments.ts';

describe('segmentBlock', () => {
  it('returns the whole block when nothing is highlighted', () => {
    expect(segmentBlock(10, 20, [])).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it('cuts around a highlight inside the block', () => {
    expect(segmentBlock(0, 10, [{ id: 'a', start: 2, end: 5 }])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: [] },
    ]);
  });

  it('clips a highlight that spans several blocks', () => {
    expect(segmentBlock(10, 20, [{ id: 'a', start: 5, end: 15 }])).toEqual([
      { start: 10, end: 15, ids: ['a'] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it('puts the shorter highlight first where two overlap', () => {
    const segments = segmentBlock(0, 10, [
      { id: 'long', start: 0, end: 8 },
      { id: 'short', start: 3, end: 5 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 3, ids: ['long'] },
      { start: 3, end: 5, ids: ['short', 'long'] },
      { start: 5, end: 8, ids: ['long'] },
      { start: 8, end: 10, ids: [] },
    ]);
  });

  it('ignores highlights outside the block', () => {
    expect(
      segmentBlock(10, 20, [
        { id: 'a', start: 0, end: 10 },
        { id: 'b', start: 20, end: 25 },
      ]),
    ).toEqual([{ start: 10, end: 20, ids: [] }]);
  });
});
