import type { EventName, EventPayload } from '@shared/contract/channels';
import type { ErrorSink } from '@shared/contract/dispatch';
import { type Result, err } from '@shared/contract/result';
import { WindowTheme } from '@shared/contract/schemas';
import { NewerDatabaseError } from '../db/migrate';
import type { PrintPdf } from '../export/printPdf';
import type { PickSavePath } from '../export/saveExport';
import type { SetWindowTheme } from '../handlers';
import { LibraryFileError } from '../library';
import { startWorker } from '../workers/startWorker';
import type { EngineWorkerData, FromEngine, HostCapability, StartFailure, ToEngine } from './protocol';

/** Routes one contract call to the engine: what both hosts do with every call from the UI. */
export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** What a host can do that the engine cannot: each is asked for over the port when the engine needs it. */
export interface HostCapabilities {
  /** Shows a native picker (desktop app). */
  readonly pickImportPaths?: (folders: boolean) => Promise<string[]>;
  /** Shows the native Save dialog for an export or a backup (desktop app). */
  readonly pickSavePath?: PickSavePath;
  /** Prints a report's HTML to PDF (Electron's printToPDF); left out, the engine runs a headless Chromium. */
  readonly printPdf?: PrintPdf;
  /** Sets the window's own theme and remembers it (desktop app); left out, `window:setTheme` applies nothing. */
  readonly setTheme?: SetWindowTheme;
}

/** How a host starts the engine. */
export interface StartEngineWorkerOptions extends HostCapabilities, Omit<EngineWorkerData, 'capabilities'> {
  /** Push events from the engine (`library:changed`, import and export progress), for the UI. */
  readonly emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Where a handler's unexpected failure is logged. */
  readonly onError?: ErrorSink;
}

/** A running engine worker, as its host sees it. */
export interface EngineClient {
  /** Runs one contract call in the engine; never throws (as `dispatch`). */
  readonly invoke: Invoke;
  /** Closes the library and ends the worker (ended at once if it does not answer in time). */
  close(): Promise<void>;
}

/** How long a closing engine may take to close its library before its thread is ended. */
const CLOSE_GRACE_MS = 5000;

/**
 * Starts the engine in its own worker thread (issue 14) and routes calls to it: the Electron main
 * process and browser mode's server keep only their own work (the window, HTTP, dialogs), so a
 * long search, regroup or import step never blocks them. Resolves once the library is open
 * (migrated, seeded); rejects with the engine's own error when it cannot be opened (a newer
 * library, a damaged file), so hosts report it as before.
 */
export function startEngineWorker(options: StartEngineWorkerOptions): Promise<EngineClient> {
  const data: EngineWorkerData = {
    file: options.file,
    mode: options.mode,
    capabilities: (['pickImportPaths', 'pickSavePath', 'printPdf', 'setTheme'] as const).filter((name) => options[name] !== undefined),
    ...(options.seedsDir ? { seedsDir: options.seedsDir } : {}),
    ...(options.groupAtStartUpTo !== undefined ? { groupAtStartUpTo: options.groupAtStartUpTo } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.watchFolders ? { watchFolders: true } : {})
  };
  const worker = startWorker('engineWorker', import.meta.dirname, data);
  const send = (message: ToEngine) => worker.postMessage(message);
  const calls = new Map<number, (result: Result<unknown>) => void>();
  const capabilityWork = new Map<number, AbortController>();
  let nextCall = 1;
  let stopped: string | undefined;
  let closed: (() => void) | undefined;

  return new Promise<EngineClient>((resolve, reject) => {
    const client: EngineClient = {
      invoke: (channel, input) => {
        if (stopped !== undefined) return Promise.resolve(err('unavailable', stopped));
        const id = nextCall++;
        return new Promise((settle) => {
          calls.set(id, settle);
          send({ type: 'call', id, channel, input });
        });
      },
      close: () => {
        if (stopped !== undefined) return Promise.resolve();
        stopped = 'The library is closed.';
        return new Promise<void>((done) => {
          const timer = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
          closed = () => {
            clearTimeout(timer);
            done();
          };
          send({ type: 'close' });
        });
      }
    };

    worker.on('message', (message: FromEngine) => {
      switch (message.type) {
        case 'ready':
          return resolve(client);
        case 'failed':
          stopped = message.error.message;
          return reject(startError(message.error));
        case 'result': {
          const settle = calls.get(message.id);
          calls.delete(message.id);
          return settle?.(message.result);
        }
        case 'event':
          return options.emit?.(message.event, message.payload);
        case 'log':
          return options.onError?.(message.channel, message.message);
        case 'capability':
          return void answerCapability(message.id, message.name, message.args);
        case 'capability-abort':
          return capabilityWork.get(message.id)?.abort();
        case 'closed':
          return;
      }
    });
    worker.on('error', (error) => {
      options.onError?.('engine', error);
    });
    worker.on('exit', (code) => {
      const reason = stopped ?? `The engine stopped unexpectedly (exit ${code}); restart Crosscheck to open the library again.`;
      if (stopped === undefined) options.onError?.('engine', new Error(reason));
      stopped = reason;
      reject(new Error(reason));
      for (const settle of calls.values()) settle(err('unavailable', reason));
      calls.clear();
      closed?.();
    });
  });

  async function answerCapability(id: number, name: HostCapability, args: readonly unknown[]): Promise<void> {
    const controller = new AbortController();
    capabilityWork.set(id, controller);
    try {
      const value = await runCapability(name, args, controller.signal);
      send({ type: 'capability-answer', id, ok: true, value });
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      send({
        type: 'capability-answer',
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        ...(typeof code === 'string' ? { code } : {})
      });
    } finally {
      capabilityWork.delete(id);
    }
  }

  function runCapability(name: HostCapability, args: readonly unknown[], signal: AbortSignal): Promise<unknown> {
    const missing = () => Promise.reject(new Error(`This host cannot ${name}.`));
    if (name === 'pickImportPaths') return options.pickImportPaths ? options.pickImportPaths(args[0] === true) : missing();
    if (name === 'pickSavePath')
      return options.pickSavePath ? options.pickSavePath(String(args[0]), args[1] === 'backup' ? 'backup' : 'export') : missing();
    if (name === 'setTheme') {
      // NB: the engine validated the theme (dispatch); checked again, as the host trusts no message.
      const theme = WindowTheme.safeParse(args[0]);
      return options.setTheme && theme.success ? options.setTheme(theme.data) : missing();
    }
    return options.printPdf ? options.printPdf(String(args[0]), signal) : missing();
  }
}

/** The engine's start-up failure as the class hosts know (the CLI's messages and exit codes depend on it). */
function startError(failure: StartFailure): Error {
  if (failure.code === 'db-newer' && failure.found !== undefined && failure.supported !== undefined)
    return new NewerDatabaseError(failure.found, failure.supported);
  if (failure.code === 'library-file') return new LibraryFileError(failure.message, failure.damaged === true);
  return Object.assign(new Error(failure.message), failure.code !== undefined ? { code: failure.code } : {});
}
