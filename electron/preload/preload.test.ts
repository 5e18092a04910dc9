// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { MarginaliaBridge } from '../shared/api-contract.ts';
import { MENU_COMMAND_CHANNEL, OPEN_DOCUMENT_CHANNEL } from '../shared/constants.ts';

type Listener = (event: unknown, payload: unknown) => void;
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<Listener>>(),
  invoked: [] as unknown[][],
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => electron.invoked.push(args),
    on: (channel: string, listener: Listener) =>
      electron.listeners.set(channel, (electron.listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: Listener) => electron.listeners.get(channel)?.delete(listener),
  },
}));
await import('./preload.ts');
const bridge = electron.exposed.get('marginalia') as MarginaliaBridge;
const emit = (channel: string, payload: unknown) => electron.listeners.get(channel)?.forEach((l) => l({}, payload));

describe('the preload bridge', () => {
  it('invokes contract channels only', async () => {
    await bridge.invoke('library:list', {});
    expect(electron.invoked).toEqual([['library:list', {}]]);
    await expect(bridge.invoke('fs:read' as never, {} as never)).rejects.toThrow('unknown channel: fs:read');
    expect(electron.invoked).toHaveLength(1);
  });

  it('passes on menu commands it knows, and stops when unsubscribed', () => {
    const commands: string[] = [];
    const stop = bridge.onMenuCommand((command) => commands.push(command));
    emit(MENU_COMMAND_CHANNEL, 'undo');
    emit(MENU_COMMAND_CHANNEL, 'rm -rf');
    emit(MENU_COMMAND_CHANNEL, { command: 'redo' });
    stop();
    emit(MENU_COMMAND_CHANNEL, 'redo');
    expect(commands).toEqual(['undo']);
  });

  it('passes on "show this document" with a document id only', () => {
    const shown: string[] = [];
    const stop = bridge.onOpenDocument((documentId) => shown.push(documentId));
    const id = '0b0e7c4e-6a8b-4c57-9a43-52f0e9a5c0de';
    emit(OPEN_DOCUMENT_CHANNEL, id);
    emit(OPEN_DOCUMENT_CHANNEL, '../../etc/passwd');
    emit(OPEN_DOCUMENT_CHANNEL, 42);
    stop();
    emit(OPEN_DOCUMENT_CHANNEL, id);
    expect(shown).toEqual([id]);
  });
});
