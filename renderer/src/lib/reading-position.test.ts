import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openedDocument } from '../state/test-helpers.ts';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../api/client.ts', () => ({ call: api.call }));
const { readingPositions } = await import('./reading-position.ts');

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const TEXT = 'x'.repeat(500);

beforeEach(() => {
  vi.useFakeTimers();
  api.call.mockReset();
  api.call.mockResolvedValue({ readingPosition: { offset: 0 } });
});
afterEach(() => vi.useRealTimers());

describe('readingPositions', () => {
  it('saves once the scrolling settles, only the last position, only when it changed', async () => {
    readingPositions.positionOf(openedDocument(TEXT, [], { id: A, readingPosition: { offset: 10 } }));
    readingPositions.keep(A, 50);
    readingPositions.keep(A, 120);
    expect(api.call).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(api.call.mock.calls).toEqual([['document:set-reading-position', { documentId: A, offset: 120 }]]);
    readingPositions.keep(A, 120);
    await vi.runAllTimersAsync();
    expect(api.call).toHaveBeenCalledTimes(1);
  });

  it('flushes at once, for every document with an unsaved position', async () => {
    readingPositions.keep(A, 200);
    readingPositions.keep(B, 30);
    await readingPositions.flush();
    expect(api.call.mock.calls.map(([, request]) => request)).toEqual([
      { documentId: A, offset: 200 },
      { documentId: B, offset: 30 },
    ]);
  });

  it('reopens at the newest position of this session, else the library’s, within the text', () => {
    readingPositions.keep(B, 77);
    expect(readingPositions.positionOf(openedDocument(TEXT, [], { id: B, readingPosition: { offset: 5 } }))).toBe(77);
    const other = '33333333-3333-4333-8333-333333333333';
    expect(readingPositions.positionOf(openedDocument(TEXT, [], { id: other, readingPosition: { offset: 5 } }))).toBe(
      5,
    );
    const fresh = '44444444-4444-4444-8444-444444444444';
    expect(readingPositions.positionOf(openedDocument(TEXT, [], { id: fresh }))).toBe(0);
    const shorter = '55555555-5555-4555-8555-555555555555';
    expect(
      readingPositions.positionOf(openedDocument('short', [], { id: shorter, readingPosition: { offset: 400 } })),
    ).toBe(5);
  });

  it('tries again later when a save fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const id = '66666666-6666-4666-8666-666666666666';
    await readingPositions.flush(); // what earlier tests left
    api.call.mockRejectedValueOnce(new Error('read-only'));
    readingPositions.keep(id, 9);
    await readingPositions.flush();
    await readingPositions.flush();
    expect(api.call.mock.calls.filter(([, r]) => r.documentId === id)).toHaveLength(2);
    expect(warn).toHaveBeenCalled();
  });
});
