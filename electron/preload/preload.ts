/**
 * The preload: the renderer's only door to the main process. It exposes one
 * narrow object, `window.marginalia`, through contextBridge — no Node, no
 * ipcRenderer, only the contract's channels. Bundled to one CommonJS file
 * because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Invoke, MarginaliaBridge } from '../shared/api-contract.ts';
// Values from constants.ts, not the contract: the preload runs before every page and need not load zod.
import {
  CHANNELS,
  DOCUMENT_ID_PATTERN,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  OPEN_DOCUMENT_CHANNEL,
  type MenuCommand,
} from '../shared/constants.ts';

const channels = new Set<string>(CHANNELS);
const menuCommands = new Set<string>(MENU_COMMANDS);

/** Subscribes to a main-to-renderer channel, passing on only payloads `accept` recognises; returns an unsubscribe function. */
function listen<T>(channel: string, accept: (payload: unknown) => payload is T, listener: (payload: T) => void) {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}

const isMenuCommand = (payload: unknown): payload is MenuCommand =>
  typeof payload === 'string' && menuCommands.has(payload);
const isDocumentId = (payload: unknown): payload is string =>
  typeof payload === 'string' && DOCUMENT_ID_PATTERN.test(payload);

const bridge: MarginaliaBridge = {
  invoke: ((channel, request) => {
    if (!channels.has(channel)) return Promise.reject(new Error(`unknown channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  }) as Invoke,
  onMenuCommand: (listener) => listen(MENU_COMMAND_CHANNEL, isMenuCommand, listener),
  onOpenDocument: (listener) => listen(OPEN_DOCUMENT_CHANNEL, isDocumentId, listener),
};

contextBridge.exposeInMainWorld('marginalia', bridge);
