// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnchoredAnnotation, Annotation } from '../../../electron/shared/api-contract.ts';
import { answer as answerWith, openedDocument } from './test-helpers.ts';

const api = vi.hoisted(() => ({ host: 'browser' as 'browser' | 'electron', call: vi.fn() }));
vi.mock('../api/client.ts', () => ({
  call: api.call,
  get host() {
    return api.host;
  },
}));
const { reader } = await import('./reader.svelte.ts');

const DOC = '11111111-1111-4111-8111-111111111111';
const TEXT = 'First sentence here. Second sentence there. Third one.';

function annotation(id: string, start: number, end: number): Annotation {
  return {
    id,
    documentId: DOC,
    color: 'yellow',
    note: '',
    target: {
      quote: { type: 'TextQuoteSelector', exact: TEXT.slice(start, end), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
    },
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
  };
}
const exact = (a: Annotation): AnchoredAnnotation => ({
  annotation: a,
  anchor: { status: 'exact', start: a.target.position.start, end: a.target.position.end, confidence: 1 },
});
const orphan = (a: Annotation): AnchoredAnnotation => ({
  annotation: a,
  anchor: { status: 'orphan', start: null, end: null, confidence: 0 },
});

const opened = (annotations: AnchoredAnnotation[]) => openedDocument(TEXT, annotations, { id: DOC });
const answer = (handlers: Parameters<typeof answerWith>[1]) => answerWith(api.call, handlers);
const calls = () => api.call.mock.calls.map(([channel]) => channel);

async function openWith(items: AnchoredAnnotation[]): Promise<void> {
  answer({
    'app:start': () => ({
      version: '0',
      notices: [],
      startDocument: { opened: opened(items), complete: true },
      startDocumentError: null,
      colorNames: { yellow: 'claim' },
    }),
  });
  await reader.start();
  api.call.mockReset();
}

beforeEach(() => {
  api.call.mockReset();
  api.host = 'browser';
  reader.close();
});

describe('reader state', () => {
  it('lists annotations in reading order, orphans last', async () => {
    const a = annotation('a', 21, 43);
    const b = annotation('b', 0, 20);
    const gone = annotation('gone', 0, 5);
    await openWith([exact(a), orphan(gone), exact(b)]);
    expect(reader.annotations.map((i) => i.annotation.id)).toEqual(['b', 'a', 'gone']);
  });

  it('shows a new highlight where the API anchored it, and undo/redo go through the API', async () => {
    await openWith([]);
    const created = annotation('new', 21, 43);
    answer({
      'annotation:create': () => exact(created),
      'annotation:delete': () => created,
      'annotation:restore': ({ annotation }) => exact(annotation),
    });
    await reader.highlight(21, 43);
    expect(reader.annotations).toEqual([exact(created)]);
    await reader.undo();
    expect(reader.annotations).toEqual([]);
    await reader.redo();
    expect(reader.annotations).toEqual([exact(created)]);
    expect(calls()).toEqual(['annotation:create', 'annotation:delete', 'annotation:restore']);
  });

  it('undoing the delete of an orphan brings it back as the API anchored it: still an orphan', async () => {
    const gone = annotation('gone', 21, 43); // its passage was edited away; the stored offsets now hold other words
    await openWith([orphan(gone)]);
    answer({ 'annotation:delete': () => gone, 'annotation:restore': ({ annotation }) => orphan(annotation) });
    await reader.remove('gone');
    expect(reader.annotations).toEqual([]);
    expect(reader.message?.text).toMatch(/Annotation deleted/);
    await reader.undo();
    expect(reader.annotations).toEqual([orphan(gone)]);
    expect(api.call).toHaveBeenLastCalledWith('annotation:restore', { annotation: gone });
    await reader.redo();
    expect(reader.annotations).toEqual([]);
  });

  it('keeps a failed undo on the stack and says why', async () => {
    const a = annotation('a', 0, 20);
    await openWith([exact(a)]);
    answer({ 'annotation:delete': () => a, 'annotation:restore': () => Promise.reject(new Error('disk full')) });
    await reader.remove('a');
    await reader.undo();
    expect(reader.message).toEqual({ text: 'disk full', error: true });
    expect(reader.history.canUndo).toBe(true);
  });

  it('recolours through the API and undoes to the colour before', async () => {
    const a = annotation('a', 0, 20);
    await openWith([exact(a)]);
    answer({ 'annotation:update': (r) => ({ ...a, ...r, id: 'a' }) });
    await reader.recolor('a', 'blue');
    expect(reader.find('a')?.annotation.color).toBe('blue');
    await reader.undo();
    expect(reader.find('a')?.annotation.color).toBe('yellow');
    expect(api.call.mock.calls.map(([, request]) => request)).toEqual([
      { id: 'a', color: 'blue' },
      { id: 'a', color: 'yellow', modified: a.modified },
    ]);
  });

  it('tags through the API; undo puts back the tags before (none), and an unchanged list sends nothing', async () => {
    const a = annotation('a', 0, 20);
    await openWith([exact(a)]);
    answer({ 'annotation:update': (r) => ({ ...a, ...r, id: 'a' }) });
    await reader.retag('a', ['port deal', 'claim']);
    expect(reader.find('a')?.annotation.tags).toEqual(['port deal', 'claim']);
    await reader.retag('a', ['port deal', 'claim']);
    await reader.undo();
    expect(reader.find('a')?.annotation.tags).toEqual([]);
    expect(api.call.mock.calls.map(([, request]) => request)).toEqual([
      { id: 'a', tags: ['port deal', 'claim'] },
      { id: 'a', tags: [], modified: a.modified },
    ]);
  });

  it("takes the library's colour names from app:start", async () => {
    await openWith([]);
    const { colorNames } = await import('./color-names.svelte.ts');
    expect(colorNames.label('yellow')).toBe('claim');
    expect(colorNames.describe('yellow')).toBe('claim (yellow)');
    expect(colorNames.label('pink')).toBe('Pink');
  });

  it('undo and redo put back the card’s time of each step', async () => {
    const a = annotation('a', 0, 20);
    await openWith([exact(a)]);
    answer({
      'annotation:update': (r) => ({ ...a, ...r, id: 'a', modified: r.modified ?? '2024-05-05T00:00:00.000Z' }),
    });
    await reader.recolor('a', 'blue');
    expect(reader.find('a')?.annotation.modified).toBe('2024-05-05T00:00:00.000Z');
    await reader.undo();
    expect(reader.find('a')?.annotation).toMatchObject({ color: 'yellow', modified: a.modified });
    await reader.redo();
    expect(reader.find('a')?.annotation).toMatchObject({ color: 'blue', modified: '2024-05-05T00:00:00.000Z' });
  });

  it('undo of a grade puts back only the grade, and the card’s time', async () => {
    const a = annotation('a', 0, 20);
    await openWith([exact(a)]);
    answer({
      'annotation:update': (r) => ({ ...a, ...r, id: 'a', modified: r.modified ?? '2024-05-05T00:00:00.000Z' }),
    });
    await reader.regrade('a', { reliability: 'B', credibility: 2 });
    await reader.undo();
    expect(api.call).toHaveBeenLastCalledWith('annotation:update', { id: 'a', grade: null, modified: a.modified });
  });

  it('steps from highlight to highlight in reading order, from the active one or from an offset', async () => {
    const first = annotation('first', 0, 5);
    const second = annotation('second', 21, 30);
    const gone = annotation('gone', 10, 12);
    await openWith([exact(second), orphan(gone), exact(first)]);
    expect(reader.step(1, 0)).toBe('first');
    expect(reader.step(1, 6)).toBe('second');
    expect(reader.step(-1, 25)).toBe('second');
    expect(reader.step(-1, 0)).toBeNull();
    reader.activeId = 'first';
    expect(reader.step(1, 100)).toBe('second');
    expect(reader.step(-1, 100)).toBeNull();
    reader.activeId = 'second';
    expect(reader.step(1, 0)).toBeNull(); // the orphan has no place to step to
  });

  it('forgets the status line when another document opens', async () => {
    await openWith([]);
    reader.say('Annotation deleted.');
    const other = openedDocument('Other text.', [], { id: '22222222-2222-4222-8222-222222222222' });
    answer({ 'document:open-first-screen': () => ({ opened: other, complete: true }) });
    await reader.open(other.document.id);
    expect(reader.message).toBeNull();
  });

  it('saves a closing editor’s draft even when its document has gone', async () => {
    const a = annotation('a', 0, 20);
    await openWith([exact(a)]);
    const other = openedDocument('Other text.', [], { id: '22222222-2222-4222-8222-222222222222' });
    answer({
      'document:open-first-screen': () => ({ opened: other, complete: true }),
      'annotation:update': (r) => ({ ...a, ...r }),
    });
    await reader.open(other.document.id);
    await reader.keepDraft(a, 'half a thought');
    expect(api.call).toHaveBeenLastCalledWith('annotation:update', { id: 'a', note: 'half a thought' });
  });

  describe('export', () => {
    const entities = [{ type: 'person' as const, name: 'Ada', aliases: [], mentions: [{ start: 0, end: 3 }] }];

    it('on the desktop, saves through the dialog with the curated entities and the quotations', async () => {
      api.host = 'electron';
      await openWith([]);
      const quotes = [{ start: 0, end: 3, speaker: { name: 'Ada', type: 'person' as const }, basis: 'named' as const }];
      reader.exportFindings = () => ({ entities, quotes });
      answer({ 'export:save': () => ({ saved: true, filePath: '/tmp/t.json', count: 2 }) });
      await reader.exportAnnotations();
      expect(api.call).toHaveBeenCalledWith('export:save', { documentId: DOC, entities, quotes, format: 'jsonld' });
      expect(reader.message?.text).toBe('Exported 2 annotations of “T” to /tmp/t.json.');
    });

    it('in the browser, downloads the JSON the API shaped', async () => {
      await openWith([]);
      reader.exportFindings = () => undefined; // extraction not finished: no entities sent
      answer({
        'export:annotations': () => ({
          fileName: 't.annotations.json',
          content: '{}',
          mediaType: 'application/ld+json',
          count: 0,
        }),
      });
      const created: Blob[] = [];
      URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:x');
      URL.revokeObjectURL = () => {};
      const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      await reader.exportAnnotations();
      expect(api.call).toHaveBeenCalledWith('export:annotations', { documentId: DOC, format: 'jsonld' });
      expect(clicked).toHaveBeenCalledOnce();
      expect(await created[0]!.text()).toBe('{}');
      expect(reader.message?.text).toBe('Exported 0 annotations of “T”.');
    });

    it('exports another document (chosen in the library) without the open one’s entities, and names it', async () => {
      api.host = 'electron';
      await openWith([]);
      reader.exportFindings = () => ({ entities });
      const other = { id: '22222222-2222-4222-8222-222222222222', title: 'Other' };
      answer({ 'export:save': () => ({ saved: true, filePath: '/tmp/o.md', count: 1 }) });
      await reader.exportAnnotations({ format: 'markdown', target: other });
      expect(api.call).toHaveBeenCalledWith('export:save', { documentId: other.id, format: 'markdown' });
      expect(reader.message?.text).toBe('Exported 1 annotation of “Other” to /tmp/o.md.');
      await reader.exportAnnotations({ format: 'csv', scope: 'library', target: other });
      expect(api.call).toHaveBeenLastCalledWith('export:save', { format: 'csv' });
      expect(reader.message?.text).toBe('Exported 1 annotation from the library to /tmp/o.md.');
    });

    it('opens the dialog for the document asked for, else the open one, else none', async () => {
      reader.close();
      reader.openExport();
      expect(reader.exporting).toEqual({ document: null });
      await openWith([]);
      reader.openExport();
      expect(reader.exporting).toEqual({ document: { id: DOC, title: 'T' } });
      reader.openExport({ id: 'x', title: 'X' });
      expect(reader.exporting).toEqual({ document: { id: 'x', title: 'X' } });
      reader.exporting = null;
    });
  });
});
