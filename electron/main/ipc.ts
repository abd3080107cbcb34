import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { EventName, EventPayload } from '@shared/contract/channels';
import { IPC_EVENT, IPC_INVOKE } from '@shared/contract/ipcNames';
import type { Invoke } from '../library/engineWorker/startEngineWorker';
import { isAppUrl } from './security';

/**
 * Wires the contract to IPC. Calls are accepted only from the app's own top frame (a frame from
 * anywhere else — should one ever load — gets `forbidden`); each call goes to the engine's worker
 * thread (`invoke`), which validates it with `dispatch`, so this process runs no SQL (issue 14).
 */
export function registerIpc(invoke: Invoke, devServerOrigin?: string): void {
  ipcMain.handle(IPC_INVOKE, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted frame refused.' } };
    }
    return invoke(typeof channel === 'string' ? channel : '', input);
  });
}

/** Sends a push event to a window's UI. */
export function sendEvent<E extends EventName>(window: BrowserWindow, event: E, payload: EventPayload<E>): void {
  if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, event, payload);
}
