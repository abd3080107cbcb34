/**
 * Failure codes of the extractors and the one way they report a fatal problem: throwing an
 * {@link ExtractFailure} inside an extractor, which `extractFile` turns into `{ok:false,code,message}`.
 */

/** Why a file (or an archive entry) yielded no article. `docs/formats.md` lists each with its message. */
export const FAILURE_CODES = [
  'empty',
  'binary',
  'unsupported',
  /** A report Crosscheck exported (crosscheckReport.ts): skipped, not failed. */
  'crosscheck-report',
  'unsupported-encoding',
  'no-text-layer',
  'encrypted',
  'corrupt',
  'too-large',
  'zip-bomb',
  'unsafe-path',
  'no-text-column',
  'bad-mapping',
  'no-articles',
  'timeout',
  'aborted',
  'internal'
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/**
 * A fatal, user-explainable problem with one file. `message` is what the user reads: a sentence
 * (capital, full stop) saying what is wrong with the file and what to do, never a library's words.
 * A library's own reason, useful to whoever debugs the reader, goes in `detail`.
 */
export class ExtractFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly detail?: string
  ) {
    super(message);
    this.name = 'ExtractFailure';
  }
}

/** What to do about an empty-looking file, said once for every format. */
export const CHECK_THE_FILE = 'check that it is the file you meant to import';

/** What to do when a bug, not the file, stopped the reading. */
export const REPORT_THE_BUG =
  'this is a fault in Crosscheck, not in the file; please report it (with the file, if you can share it)';

/** Why a file was not read when the user cancelled the import. */
export const CANCELLED = 'The import was cancelled before this file was read; import it again to read it.';

/** Why a file that ran past its time limit was skipped. */
export function tookTooLong(limitMs: number): string {
  const limit = limitMs < 1000 ? `${limitMs} ms` : `${Math.round(limitMs / 1000)} s`;
  return `Reading this file took longer than ${limit}, so it was skipped; if it is very large, split it, or import it on its own.`;
}

/** Reads the message of anything thrown, for wrapping a library's error into a user message. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'unknown error';
}
