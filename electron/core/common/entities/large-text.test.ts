/** Chunked processing: offsets, merging and progress across a document much larger than a chunk. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractEntities, findInPart, mergeFound } from './index.ts';
import { DEFAULT_CHUNK_SIZE } from './chunks.ts';

const filler = 'The committee reviewed the budget and the staff discussed the schedule at length.';

describe('extractEntities on a large text', () => {
  it('merges mentions across chunks and reports progress up to 1', () => {
    const paragraphs = ['Tomasz Wielicki opened the session in Oslo.'];
    while (paragraphs.join('\n\n').length < DEFAULT_CHUNK_SIZE * 12) paragraphs.push(`${filler} ${filler}`);
    paragraphs.push('At the end, Wielicki thanked Norway and left Oslo.');
    const text = paragraphs.join('\n\n');

    const progress: number[] = [];
    const entities = extractEntities(text, { onProgress: (f) => progress.push(f) });

    const person = entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Tomasz Wielicki');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Tomasz Wielicki', 'Wielicki']);
    const oslo = entities.find((e) => e.name === 'Oslo');
    expect(oslo?.mentions).toHaveLength(2);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);

    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('reports completion for an empty text too', () => {
    const progress: number[] = [];
    expect(extractEntities('', { onProgress: (f) => progress.push(f) })).toEqual([]);
    expect(progress).toEqual([1]);
  });
});

describe('a document shared out in parts', () => {
  it('gives the same entities as one pass, whatever the number of parts', () => {
    const article = readFileSync(new URL('../../../../test-fixtures/corpus/wapo-1.txt', import.meta.url), 'utf8');
    const text = Array.from({ length: 6 }, () => article).join('\n\n');
    const whole = extractEntities(text);
    for (const parts of [2, 3, 7]) {
      const found = Array.from({ length: parts }, (_, part) => findInPart(text, { part, parts }));
      expect(mergeFound(found.reverse())).toEqual(whole);
    }
  });
});
