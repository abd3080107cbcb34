/**
 * Results cross every process boundary (IPC, HTTP) as values, never as thrown errors, so the
 * renderer always gets something it can show. Shape taken from Signal-Desktop.
 */

/** Machine-readable error codes; `message` is the human sentence the UI shows. */
export type ErrorCode =
  | 'invalid-input'
  | 'invalid-output'
  | 'unknown-channel'
  | 'not-found'
  | 'forbidden'
  | 'db-newer'
  | 'unavailable'
  /** The caller stopped the work (`export:cancel`); nothing was written. */
  | 'cancelled'
  /** The library is open read-only (a read-only disk, no write access): the write was refused. */
  | 'read-only'
  /** The disk holding the library is full: the write was not saved, nothing of it kept. */
  | 'disk-full'
  /** Another program held the library's write lock past SQLite's busy timeout: nothing was written (contract/busy.ts). */
  | 'busy'
  | 'internal';

export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** An error a handler throws on purpose, carrying a code the user-facing message goes with. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message);
  }
}
