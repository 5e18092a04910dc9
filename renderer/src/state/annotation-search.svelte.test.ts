// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationSearchResult } from '../../../electron/shared/api-contract.ts';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../api/client.ts', () => ({ call: api.call, host: 'browser' }));
const { annotationSearch } = await import('./annotation-search.svelte.ts');

const result = (title: string): AnnotationSearchResult => ({
  groups: [{ documentId: 'd', title, hits: [] }],
  count: 0,
  truncated: false,
});

beforeEach(() => {
  api.call.mockReset();
  annotationSearch.query = '';
  annotationSearch.clearFilters();
});

describe('annotation search state', () => {
  it('sends only the filters that are set', async () => {
    api.call.mockResolvedValue(result('a'));
    annotationSearch.query = 'port';
    annotationSearch.filters = { tag: 'port deal', color: undefined, grade: 'B' };
    expect(annotationSearch.filtered).toBe(true);
    await annotationSearch.run();
    expect(api.call).toHaveBeenCalledWith('annotations:search', {
      query: 'port',
      filters: { tag: 'port deal', grade: 'B' },
    });
    annotationSearch.clearFilters();
    expect(annotationSearch.filtered).toBe(false);
  });

  it('drops an answer that arrives after the answer to a newer question', async () => {
    let answerFirst!: (r: AnnotationSearchResult) => void;
    api.call.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)));
    api.call.mockResolvedValueOnce(result('newer'));
    annotationSearch.query = 'po';
    const first = annotationSearch.run();
    annotationSearch.query = 'port';
    await annotationSearch.run();
    answerFirst(result('older'));
    await first;
    expect(annotationSearch.result?.groups[0]?.title).toBe('newer');
  });

  it('says what went wrong, and forgets it on the next answer', async () => {
    api.call.mockRejectedValueOnce(new Error('the library is busy'));
    await annotationSearch.run();
    expect(annotationSearch.error).toBe('the library is busy');
    api.call.mockResolvedValueOnce(result('a'));
    await annotationSearch.run();
    expect(annotationSearch.error).toBeNull();
  });
});
