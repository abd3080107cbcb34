/**
 * Failure codes of the extractors and the one way they report a fatal problem: throwing an
 * {@link ExtractFailure} inside an extractor, which `extractFile` turns into `{ok:false,code,message}`.
 */

/** Why a file (or an archive entry) yielded no article. `docs/formats.md` lists each with its message. */
export type FailureCode =
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'unsupported-encoding'
  | 'no-text-layer'
  | 'encrypted'
  | 'corrupt'
  | 'too-large'
  | 'zip-bomb'
  | 'unsafe-path'
  | 'no-text-column'
  | 'bad-mapping'
  | 'no-articles'
  | 'timeout'
  | 'aborted'
  | 'internal';

/** A fatal, user-explainable problem with one file. `message` is a sentence the UI shows as is. */
export class ExtractFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string
  ) {
    super(message);
    this.name = 'ExtractFailure';
  }
}

/** Reads the message of anything thrown, for wrapping a library's error into a user message. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'unknown error';
}
