/**
 * The preload: the renderer's only door to the main process. It exposes one
 * narrow object, `window.marginalia`, through contextBridge — no Node, no
 * ipcRenderer, only the contract's channels. Bundled to one CommonJS file
 * because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Invoke, MarginaliaBridge } from '../shared/api-contract.ts';
// Values from constants.ts, not the contract: the preload runs before every page and need not load zod.
import { CHANNELS, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../shared/constants.ts';

const channels = new Set<string>(CHANNELS);
const menuCommands = new Set<string>(MENU_COMMANDS);

const bridge: MarginaliaBridge = {
  invoke: ((channel, request) => {
    if (!channels.has(channel)) return Promise.reject(new Error(`unknown channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  }) as Invoke,

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && menuCommands.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('marginalia', bridge);
