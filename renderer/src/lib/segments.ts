/**
 * Splits a block of the article into runs of text with the same set of
 * highlights over them, so overlapping highlights render as adjacent `<mark>`s
 * without ever changing the text (and so its offsets).
 */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Highlights covering this run, shortest first (the innermost one shows its colour). */
  ids: string[];
}

/**
 * @param ranges - highlights sorted by start; only those overlapping the block matter.
 */
export function segmentBlock(blockStart: number, blockEnd: number, ranges: readonly HighlightRange[]): Segment[] {
  const inside = ranges.filter((r) => r.end > blockStart && r.start < blockEnd);
  if (inside.length === 0) return [{ start: blockStart, end: blockEnd, ids: [] }];

  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, blockStart));
    cuts.add(Math.min(r.end, blockEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside
      .filter((r) => r.start <= start && r.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, ids: covering.map((r) => r.id) });
  }
  return segments;
}
