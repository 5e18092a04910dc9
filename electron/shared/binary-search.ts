/** Binary search over ascending numbers, shared by anchoring, entity corrections and the article renderer. */

/** Index of the first value ≥ `key` (`values.length` when none is). */
export function lowerBound(values: ArrayLike<number>, key: number): number {
  return search(values, (value) => value < key);
}

/** Index of the first value > `key` (`values.length` when none is). */
export function upperBound(values: ArrayLike<number>, key: number): number {
  return search(values, (value) => value <= key);
}

/** First index where `before` turns false; `before` must hold for a prefix of `values`. */
function search(values: ArrayLike<number>, before: (value: number) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(values[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
