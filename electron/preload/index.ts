import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { CrosscheckApi } from '@shared/contract/channels';
import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/contract/names';
import { IPC_EVENT, IPC_INVOKE } from '@shared/contract/ipcNames';

/**
 * The preload exposes `window.crosscheck` and nothing else: one `invoke` that accepts only the
 * contract's channel names, one `on` for the contract's push events, and `pathForFile` for
 * drag-and-drop. `ipcRenderer` itself never reaches the page (VS Code's rule).
 */
const channelSet = new Set<string>(CHANNEL_NAMES);
const eventSet = new Set<string>(EVENT_NAMES);

const api: CrosscheckApi = {
  invoke: (channel, input) => {
    if (!channelSet.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown request "${String(channel)}".` } });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  on: (event, listener) => {
    if (!eventSet.has(event)) return () => {};
    const wrapped = (_: Electron.IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(IPC_EVENT, wrapped);
    return () => ipcRenderer.removeListener(IPC_EVENT, wrapped);
  },
  pathForFile: (file) => webUtils.getPathForFile(file)
};

contextBridge.exposeInMainWorld('crosscheck', api);
