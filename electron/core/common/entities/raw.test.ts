import { describe, expect, it } from 'vitest';
import { extractRawCompromise } from './index.ts';

describe('extractRawCompromise', () => {
  it('reports compromise as is: one entity per distinct surface string, offsets into the text', () => {
    const text = 'Mr Obama visited Kenya. Mr Obama left Kenya on Friday.';
    const entities = extractRawCompromise(text);
    const obama = entities.find((e) => e.type === 'person');
    expect(obama?.name).toBe('Mr Obama');
    expect(obama?.mentions.map((m) => m.start)).toEqual([0, 24]);
    for (const e of entities) {
      expect(e.aliases).toEqual([]);
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(entities.some((e) => e.type === 'date')).toBe(true);
  });
});
