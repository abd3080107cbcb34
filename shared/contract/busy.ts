import type { CHANNEL_NAMES } from './names';
import { writesLibrary } from './writes';

/**
 * The sentence a call answers (code `busy`) when SQLite could not get the library's write lock
 * within its busy timeout (5 s, db/connection.ts): another program was writing for longer than
 * that. Nothing of the call was written. Review 13: SQLite's own "database is locked" reached the
 * user as "Something went wrong in articles:correctMany".
 */
export const BUSY_MESSAGE =
  'Another program is writing to this library (another Crosscheck window, a crosscheck command or a copy or sync tool), so the change could not be made; nothing of it was saved. Try again in a moment.';

/**
 * Whether `error` is SQLite's refusal to wait longer for a lock (`SQLITE_BUSY`, `SQLITE_LOCKED`
 * and their extended codes), from better-sqlite3 in this thread or relayed by a worker, which
 * keeps only the message.
 */
export function isBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && /^database (table )?is locked$/.test(message);
}

/**
 * Writes that run as one transaction: refused busy, they wrote nothing, so running them again
 * once is safe. A longer job (an import commits batch by batch) is not retried: part of it may
 * have been written, and the user sees what and decides.
 */
const ONE_TRANSACTION: ReadonlySet<string> = new Set<(typeof CHANNEL_NAMES)[number]>([
  'articles:correct',
  'articles:correctMany',
  'articles:delete',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:colours:set',
  'library:keepBackups'
]);

/**
 * Whether a call refused busy may be run once more: every read, and the one-transaction writes.
 *
 * @example
 * retriesWhenBusy('articles:correctMany', {}) // true
 * retriesWhenBusy('import:paths', {}) // false
 */
export function retriesWhenBusy(channel: string, input: unknown): boolean {
  return !writesLibrary(channel, input) || ONE_TRANSACTION.has(channel);
}
