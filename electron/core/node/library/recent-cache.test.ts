import { describe, expect, it } from 'vitest';
import { RecentCache } from './recent-cache.ts';

/** The keys still held, probed in a fixed order (a probe is a use, so probe only at the end). */
function held(cache: RecentCache<string, number>, keys: string[]): string[] {
  return keys.filter((key) => cache.get(key) !== undefined);
}

describe('RecentCache', () => {
  it('never holds more than its capacity', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(held(cache, ['a', 'b', 'c'])).toEqual(['b', 'c']);
  });

  it('drops the least recently used entry when full: reading a key keeps it', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // now b is the oldest
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('replacing a key does not grow the cache, and makes the key the newest', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3); // a replaced: still two entries, and b is now the oldest
    cache.set('c', 4);
    expect(held(cache, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(cache.get('a')).toBe(3);
  });
});
