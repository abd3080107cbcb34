import type { ErrorSink } from '@shared/contract/dispatch';
import { type EngineClient, startEngineWorker } from '../library/engineWorker/startEngineWorker';
import { type RunningServer, startServer } from './server';

/** How to start browser mode. */
export interface BrowserModeOptions {
  readonly file: string;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  /** Import the sample articles from this folder into an empty library on first start. */
  readonly seedsDir?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Watch the library's watched folders (`crosscheck serve` does). */
  readonly watchFolders?: boolean;
  readonly onError?: ErrorSink;
}

/** Browser mode running: its server and the engine behind it. */
export interface BrowserMode {
  readonly server: RunningServer;
  readonly engine: EngineClient;
  /** Stops the server, then closes the library. */
  close(): Promise<void>;
}

/**
 * Browser mode as `crosscheck serve` runs it: the engine in its worker thread, the HTTP server on
 * this thread routing each call to it and pushing its events to the pages (server-sent events).
 * The server thread runs no SQL, so it answers while the engine imports or regroups (issue 14).
 * A server that cannot start (its port taken) closes the engine and rethrows.
 */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  // The server exists only after the engine, so events go through this late-bound reference.
  let server: RunningServer | undefined;
  const engine = await startEngineWorker({
    file: options.file,
    mode: 'browser',
    ...(options.seedsDir ? { seedsDir: options.seedsDir } : {}),
    ...(options.watchFolders ? { watchFolders: true } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    emit: (event, payload) => server?.emit(event, payload)
  });
  try {
    server = await startServer({
      invoke: engine.invoke,
      staticDir: options.staticDir,
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.onError ? { onError: options.onError } : {})
    });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const running = server;
  return {
    server: running,
    engine,
    close: async () => {
      await running.close();
      await engine.close();
    }
  };
}
