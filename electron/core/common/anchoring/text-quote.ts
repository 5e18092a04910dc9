/**
 * Turning a selection into a stored target.
 *
 * A target keeps the quote with a little context on each side *and* the
 * position. The position makes re-anchoring an unchanged document O(1); the
 * quote and its context are what let us find the passage again after the text
 * was edited (see `anchor.ts`).
 */
import { CONTEXT_LENGTH } from '../../../shared/anchor-types.ts';
import type { TextTarget } from '../../../shared/anchor-types.ts';

/**
 * Describe the range `[start, end)` of `text` as a quote and a position.
 *
 * @param text - Document text; offsets are UTF-16 code units into it.
 * @param start - Offset of the first selected code unit.
 * @param end - Offset just past the last selected code unit.
 * @throws RangeError when the offsets are not integers, lie outside `text`, or
 *   select nothing — an empty quote could never be found again.
 */
export function createTarget(text: string, start: number, end: number): TextTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`selection offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`selection [${start}, ${end}) is empty or outside a text of length ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
