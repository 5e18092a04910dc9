import { describe, expect, it } from 'vitest';
import { AnnotationSearch, type SearchableAnnotation } from './annotation-search.ts';

const note = (over: Partial<SearchableAnnotation> & { id: string }): SearchableAnnotation => ({
  documentId: 'd1',
  documentTitle: 'Harbour plan',
  quote: '',
  note: '',
  tags: [],
  color: 'yellow',
  created: '2024-05-01T10:00:00.000Z',
  entityKeys: [],
  ...over,
});

function library(): AnnotationSearch {
  const search = new AnnotationSearch();
  search.put(
    note({
      id: 'a1',
      quote: 'The Māori trust signed the port deal',
      tags: ['port deal'],
      created: '2024-05-01T10:00:00Z',
    }),
  );
  search.put(
    note({
      id: 'a2',
      quote: 'Costs rose again',
      note: 'Check the **port** budget',
      color: 'pink',
      created: '2024-05-03T10:00:00Z',
    }),
  );
  search.put(
    note({
      id: 'b1',
      documentId: 'd2',
      documentTitle: 'Council minutes',
      quote: 'Jane Okafor objected',
      tags: ['council'],
      entityKeys: ['person:jane okafor'],
      created: '2024-06-01T10:00:00Z',
    }),
  );
  return search;
}

const ids = (groups: ReturnType<AnnotationSearch['search']>) => groups.flatMap((g) => g.hits.map((h) => h.id));

describe('AnnotationSearch', () => {
  it('finds quotes, notes and tags, case- and accent-insensitive, as the words are typed', () => {
    const search = library();
    expect(ids(search.search('maori'))).toEqual(['a1']);
    expect(ids(search.search('MĀORI trust'))).toEqual(['a1']);
    expect(new Set(ids(search.search('port')))).toEqual(new Set(['a1', 'a2']));
    expect(ids(search.search('budg'))).toEqual(['a2']);
    expect(ids(search.search('nothing-like-this'))).toEqual([]);
  });

  it('needs every word to match, and groups hits by document, newest first for an empty query', () => {
    expect(library().search('port okafor')).toEqual([]);
    const all = library().search('');
    expect(all.map((g) => g.documentTitle)).toEqual(['Council minutes', 'Harbour plan']);
    expect(all[1]!.hits.map((h) => h.id)).toEqual(['a2', 'a1']);
  });

  it('filters by document, colour, tag, entity and date added', () => {
    const search = library();
    expect(ids(search.search('', { documentId: 'd2' }))).toEqual(['b1']);
    expect(ids(search.search('port', { color: 'pink' }))).toEqual(['a2']);
    expect(ids(search.search('', { tag: 'Port Deal' }))).toEqual(['a1']);
    expect(ids(search.search('', { entityKey: 'person:jane okafor' }))).toEqual(['b1']);
    expect(ids(search.search('', { from: '2024-05-02', to: '2024-05-31' }))).toEqual(['a2']);
  });

  it('follows changes: a replaced annotation is found by its new words, a removed one not at all', () => {
    const search = library();
    search.put(note({ id: 'a2', quote: 'Costs fell', note: 'good news' }));
    expect(ids(search.search('budget'))).toEqual([]);
    expect(ids(search.search('good news'))).toEqual(['a2']);
    search.remove('a1');
    search.removeDocument('d2');
    expect(search.size).toBe(1);
    expect(ids(search.search(''))).toEqual(['a2']);
  });
});
