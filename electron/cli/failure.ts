import { isBusy } from '@shared/contract/busy';
import { UsageError } from './args';
import { ExitCode } from './io';

/**
 * What went wrong, as `--json` names it in `{"error":{"code","message"}}` (docs/cli.md, "Errors and
 * exit codes"): a closed list, so a script can branch on it without reading the sentence.
 */
export type CliErrorCode =
  /** A mistake in the command line: a missing or wrong option, value or id. */
  | 'usage'
  /** What the command names is not there: an article, story, annotation, file, folder or library. */
  | 'not-found'
  /** Another program holds the library (writing, or open where the command needs it alone): try again later. */
  | 'busy'
  /** The library cannot be written (a read-only file, folder or disk): the write was refused. */
  | 'read-only'
  /** The disk is full: nothing of the change was kept. */
  | 'disk-full'
  /** The library was written by a newer Crosscheck. */
  | 'db-newer'
  /** `--db` names a folder, a file that is not a library, or a damaged one. */
  | 'not-a-library'
  /** Stopped by the user (Ctrl+C, or no to a question): nothing was done. */
  | 'cancelled'
  /** Anything else: the sentence says what. */
  | 'failed';

/**
 * A command's failure, said once by runCli: its sentence on stderr and, with `--json`, the error
 * object on stdout; the exit code from {@link exitCodeOf}. Commands throw it rather than print, so
 * every failure reaches a script the same way (review 16, finding 7).
 */
export class CliFailure extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string
  ) {
    super(message);
  }
}

/**
 * The exit code for each kind of failure: 1 unless a script has a reason to act on it apart —
 * fix the call (3), skip the item (4), retry later (5). 0 and 2 (partial) are not failures.
 */
export function exitCodeOf(code: CliErrorCode): number {
  if (code === 'usage') return ExitCode.usage;
  if (code === 'not-found') return ExitCode.notFound;
  if (code === 'busy') return ExitCode.busy;
  return ExitCode.fatal;
}

/**
 * The kind of a failure thrown by a command, the engine or SQLite, read from its `code` (the
 * contract's, SQLite's, Node's, or the library's own errors': `library-file`, `library-in-use`…).
 * NB: by code, not `instanceof`, so runCli does not load SQLite and the engine to say a usage mistake.
 */
export function failureCode(error: unknown): CliErrorCode {
  if (error instanceof CliFailure) return error.code;
  if (error instanceof UsageError) return 'usage';
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  switch (code) {
    // NB: a value the contract's schema refuses is a UsageError by now (callChannel.ts); a handler's
    // own invalid-input is about the thing named (a file too long, a file where a folder goes).
    case 'not-found':
    case 'busy':
    case 'read-only':
    case 'disk-full':
    case 'db-newer':
    case 'cancelled':
      return code;
    case 'library-in-use':
      return 'busy';
    case 'restore-refused': {
      const cause = (error as { cause?: { code?: unknown } }).cause;
      return cause?.code === 'library-in-use' ? 'busy' : 'failed';
    }
    // NB: libraryEngine.ts refuses a --db naming nothing with this sentence, before SQLite runs.
    case 'library-file':
      return /^There is no library at /.test(message) ? 'not-found' : 'not-a-library';
    case 'SQLITE_NOTADB':
    case 'SQLITE_CANTOPEN':
      return 'not-a-library';
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return 'disk-full';
    case 'ENOENT':
      return 'not-found';
  }
  if (isBusy(error)) return 'busy';
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return 'read-only';
  return 'failed';
}

/**
 * Whether the command line asks for `--json`: read from the words themselves, since a usage
 * mistake is found before (or while) a command parses them. Words after `--` are values.
 */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** The error object `--json` prints on stdout, one line. */
export function jsonError(code: CliErrorCode, message: string): string {
  return JSON.stringify({ error: { code, message } }) + '\n';
}
