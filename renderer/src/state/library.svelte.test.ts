// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer as answerWith, documentSummary } from './test-helpers.ts';

const api = vi.hoisted(() => ({ host: 'browser' as 'browser' | 'electron', call: vi.fn() }));
vi.mock('../api/client.ts', () => ({
  call: api.call,
  get host() {
    return api.host;
  },
}));
const { library } = await import('./library.svelte.ts');
const { reader } = await import('./reader.svelte.ts');

const summary = documentSummary({
  id: '33333333-3333-4333-8333-333333333333',
  title: 'Harbour plan',
  annotationCount: 2,
});
const TOKEN = '44444444-4444-4444-8444-444444444444';

const answer = (handlers: Parameters<typeof answerWith>[1]) => answerWith(api.call, handlers);

beforeEach(() => {
  api.call.mockReset();
  api.host = 'browser';
});

describe('library state', () => {
  it('Ctrl+O opens the file picker in the browser and the system dialog on the desktop', async () => {
    const pick = vi.fn();
    library.pickDocumentFile = pick;
    await library.openFile();
    expect(pick).toHaveBeenCalledOnce();
    expect(api.call).not.toHaveBeenCalled();

    api.host = 'electron';
    answer({ 'document:open-dialog': () => ({ result: null }) });
    await library.openFile();
    expect(api.call.mock.calls).toEqual([['document:open-dialog', {}]]);
    expect(pick).toHaveBeenCalledOnce();
  });

  it('deleting a document offers Undo, which restores it', async () => {
    let documents = [summary];
    answer({
      'document:delete': () => {
        documents = [];
        return { restoreToken: TOKEN, document: summary, annotationCount: 2 };
      },
      'document:restore': () => {
        documents = [summary];
        return { document: summary };
      },
      'library:list': () => ({ documents }),
    });
    await library.remove(summary);
    expect(library.documents).toEqual([]);
    expect(reader.message?.text).toBe('Deleted “Harbour plan” and its 2 annotations.');
    reader.message!.action!.run();
    await vi.waitFor(() => expect(library.documents).toEqual([summary]));
    expect(api.call).toHaveBeenCalledWith('document:restore', { restoreToken: TOKEN });
    expect(reader.message?.text).toBe('Restored “Harbour plan”.');
  });

  it('refuses a file over the import limit before reading it', async () => {
    const big = { name: 'huge.txt', size: 60 * 1024 * 1024 } as File;
    await library.importDocument(big);
    expect(api.call).not.toHaveBeenCalled();
    expect(reader.message).toMatchObject({ error: true, text: expect.stringContaining('“huge.txt” is 60 MB') });
  });
});
