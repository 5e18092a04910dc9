// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../api/client.ts', () => ({ call: api.call, host: 'browser' }));
const { libraryTags } = await import('./library-tags.svelte.ts');

beforeEach(async () => {
  api.call.mockReset();
  api.call.mockResolvedValue({
    tags: [
      { tag: 'port deal', count: 5 },
      { tag: 'Māori trust', count: 3 },
      { tag: 'airport', count: 2 },
      { tag: 'council', count: 1 },
    ],
  });
  await libraryTags.refresh();
});

describe('library tags', () => {
  it('suggests tags starting with what is typed first, then those containing it, accents and case aside', () => {
    expect(libraryTags.suggest('PORT', [])).toEqual(['port deal', 'airport']);
    expect(libraryTags.suggest('maori', [])).toEqual(['Māori trust']);
  });

  it('leaves out the tags the annotation already has, and offers the most used when nothing is typed', () => {
    expect(libraryTags.suggest('', ['Port Deal'])).toEqual(['Māori trust', 'airport', 'council']);
    expect(libraryTags.suggest('', [], 2)).toEqual(['port deal', 'Māori trust']);
  });

  it('keeps the last list when the library cannot be asked', async () => {
    api.call.mockRejectedValue(new Error('offline'));
    await libraryTags.refresh();
    expect(libraryTags.all).toHaveLength(4);
  });
});
