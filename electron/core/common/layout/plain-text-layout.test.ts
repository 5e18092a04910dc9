import { describe, expect, it } from 'vitest';
import { detectStructure } from '../article/plain-text-structure.ts';
import { layoutProblem } from './layout-schema.ts';
import { plainTextLayout } from './plain-text-layout.ts';

describe('plainTextLayout', () => {
  it('lays plain text out exactly as the plain-text rules find it, datelines as marks', () => {
    const text = 'Storm closes port\n\nBy: Ana Lima\n\nLISBON — The port closed on Monday.\n\nShips waited offshore.\n';
    const layout = plainTextLayout(text);
    expect(layout.structured).toBe(false);
    expect(layout.containers).toEqual([]);
    expect(layout.blocks).toEqual(detectStructure(text).blocks.map(({ kind, start, end }) => ({ kind, start, end })));
    expect(layout.marks).toEqual([{ kind: 'dateline', start: text.indexOf('LISBON'), end: text.indexOf(' —') }]);
    expect(layoutProblem(layout, text.length)).toBeNull();
  });
});
