import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { type Handlers, dispatch } from '../../shared/contract/dispatch';
import type { EventName, EventPayload } from '../../shared/contract/channels';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract/ipcNames';
import { isAppUrl } from './security';

/**
 * Wires the contract to IPC. Calls are accepted only from the app's own top frame (a frame from
 * anywhere else — should one ever load — gets `forbidden`); inputs are validated by `dispatch`.
 */
export function registerIpc(handlers: Handlers, log: (channel: string, error: unknown) => void, devServerOrigin?: string): void {
  ipcMain.handle(IPC_INVOKE, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted frame refused.' } };
    }
    return dispatch(handlers, typeof channel === 'string' ? channel : '', input, log);
  });
}

/** Sends a push event to a window's UI. */
export function sendEvent<E extends EventName>(window: BrowserWindow, event: E, payload: EventPayload<E>): void {
  if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, event, payload);
}
