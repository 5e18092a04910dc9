import { describe, expect, it } from 'vitest';
import { workersFor } from './extract-in-worker.ts';

describe('workersFor', () => {
  it('keeps a news article on one worker and shares a long document out over the cores, up to four', () => {
    expect(workersFor(8_000, 8)).toBe(1);
    expect(workersFor(399_999, 8)).toBe(1);
    expect(workersFor(1_000_000, 2)).toBe(2);
    expect(workersFor(1_000_000, 16)).toBe(4);
    expect(workersFor(5_000_000, 1)).toBe(1);
  });
});
