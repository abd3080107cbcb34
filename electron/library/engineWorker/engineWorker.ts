import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '@shared/contract/dispatch';
import type { WindowTheme } from '@shared/contract/schemas';
import { type Engine, startEngine } from '../engine';
import type { Host } from '../handlers';
import { HostRequests } from './hostRequests';
import type { EngineWorkerData, FromEngine, StartFailure, ToEngine } from './protocol';

/**
 * The engine's worker thread (issue 14): opens the library, runs every contract call through
 * `dispatch` and posts the result back, so no SQL, search or grouping runs on a host's thread
 * and a slow query never freezes the window or browser mode's server. Events go to the host as
 * messages; native dialogs, Electron's printing and the window's theme are asked of the host ({@link HostRequests}).
 */
const data = workerData as EngineWorkerData;
const port = parentPort as MessagePort;
const post = (message: FromEngine) => port.postMessage(message);
const requests = new HostRequests(post);
let engine: Engine | undefined;
let closing = false;

port.on('message', (message: ToEngine) => {
  if (message.type === 'call') {
    if (!engine) return post({ type: 'result', id: message.id, result: { ok: false, error: { code: 'unavailable', message: 'The library is still opening; try again in a moment.' } } });
    void dispatch(engine.handlers, message.channel, message.input, (channel, error) =>
      post({ type: 'log', channel, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    ).then((result) => post({ type: 'result', id: message.id, result }));
  } else if (message.type === 'capability-answer') {
    requests.receive(message);
  } else if (message.type === 'close') {
    closing = true;
    close();
  }
});

function close(): void {
  engine?.close();
  engine = undefined;
  post({ type: 'closed' });
  port.close();
}

const has = (name: EngineWorkerData['capabilities'][number]) => data.capabilities.includes(name);
const host: Host = {
  mode: data.mode,
  ...(data.watchFolders ? { watchFolders: true } : {}),
  ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  emit: (event, payload) => post({ type: 'event', event, payload }),
  ...(has('pickImportPaths') ? { pickImportPaths: (folders: boolean) => requests.ask<string[]>('pickImportPaths', [folders]) } : {}),
  ...(has('pickSavePath')
    ? { pickSavePath: (name: string, purpose?: 'export' | 'backup') => requests.ask<string | null>('pickSavePath', [name, purpose ?? 'export']) }
    : {}),
  ...(has('printPdf') ? { printPdf: (html: string, signal?: AbortSignal) => requests.ask<Uint8Array>('printPdf', [html], signal) } : {}),
  ...(has('setTheme') ? { setTheme: (theme: WindowTheme) => requests.ask<void>('setTheme', [theme]) } : {})
};

startEngine({
  file: data.file,
  host,
  ...(data.seedsDir ? { seedsDir: data.seedsDir } : {}),
  ...(data.groupAtStartUpTo !== undefined ? { groupAtStartUpTo: data.groupAtStartUpTo } : {}),
  ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {})
}).then(
  (started) => {
    engine = started;
    // NB: a host that closed while the library was opening gets it closed at once.
    if (closing) close();
    else post({ type: 'ready' });
  },
  (error: unknown) => {
    post({ type: 'failed', error: startFailure(error) });
    port.close();
  }
);

function startFailure(error: unknown): StartFailure {
  const e = (error ?? {}) as { message?: unknown; code?: unknown; found?: unknown; supported?: unknown; damaged?: unknown };
  return {
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.found === 'number' ? { found: e.found } : {}),
    ...(typeof e.supported === 'number' ? { supported: e.supported } : {}),
    ...(typeof e.damaged === 'boolean' ? { damaged: e.damaged } : {})
  };
}
