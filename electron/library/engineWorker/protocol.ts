import type { EventName, EventPayload } from '@shared/contract/channels';
import type { Result } from '@shared/contract/result';

/**
 * The messages between a host (the Electron main process, browser mode's server) and the engine's
 * worker thread. Calls and their results are the contract's own values (`dispatch` runs in the
 * worker); the host answers the few requests only it can serve (native dialogs, Electron's PDF
 * printing, the window's theme), the {@link HostCapability}s.
 */

/** What only a host can do, asked for by the engine over the port. */
export type HostCapability = 'pickImportPaths' | 'pickSavePath' | 'printPdf' | 'setTheme';

/** What the host sends the engine worker as `workerData`. */
export interface EngineWorkerData {
  readonly file: string;
  readonly mode: 'desktop' | 'browser';
  /** Import the sample articles from this folder into an empty library on first start. */
  readonly seedsDir?: string;
  /** See `StartEngineOptions.groupAtStartUpTo`. */
  readonly groupAtStartUpTo?: number;
  /** The better-sqlite3 addon to load (the desktop app's Electron build). */
  readonly nativeBinding?: string;
  /** Watch the library's watched folders (off in tests). */
  readonly watchFolders?: boolean;
  /** The capabilities this host serves; the engine's handlers see the others as absent. */
  readonly capabilities: readonly HostCapability[];
}

/** Host → engine. */
export type ToEngine =
  | { readonly type: 'call'; readonly id: number; readonly channel: string; readonly input: unknown }
  | { readonly type: 'capability-answer'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly type: 'capability-answer'; readonly id: number; readonly ok: false; readonly message: string; readonly code?: string }
  | { readonly type: 'close' };

/** A start-up failure as it crosses the port (an Error's class does not). */
export interface StartFailure {
  readonly message: string;
  readonly code?: string;
  /** `db-newer`: the schema versions, to rebuild NewerDatabaseError on the host. */
  readonly found?: number;
  readonly supported?: number;
  /** `library-file`: SQLite found the file damaged. */
  readonly damaged?: boolean;
}

/** Engine → host. */
export type FromEngine =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: StartFailure }
  | { readonly type: 'result'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'event'; readonly event: EventName; readonly payload: EventPayload<EventName> }
  | { readonly type: 'capability'; readonly id: number; readonly name: HostCapability; readonly args: readonly unknown[] }
  /** Stop a capability's work: the engine no longer wants it (an export's PDF cancelled). */
  | { readonly type: 'capability-abort'; readonly id: number }
  /** A handler's unexpected failure, for the host's log (the caller got an `internal` result). */
  | { readonly type: 'log'; readonly channel: string; readonly message: string }
  | { readonly type: 'closed' };
