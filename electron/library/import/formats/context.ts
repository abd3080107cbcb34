/**
 * What every extractor receives besides the bytes, and what it hands back. Extractors are
 * `async (bytes, ctx) => Extracted` and throw an {@link ExtractFailure} for a fatal problem.
 */
import type { ExtractEntry, ExtractResult, ExtractWarning, ExtractedArticle } from '@shared/import/types';
import type { ColumnMapping } from './columns';
import { CANCELLED, ExtractFailure } from './failure';
import type { Limits } from './limits';

/** Bytes still allowed to be inflated from archives during one `extractFile` call (nested ones share it). */
export interface ZipBudget {
  remainingBytes: number;
}

export interface ExtractContext {
  readonly fileName: string;
  readonly limits: Limits;
  /** Aborted on timeout or by the caller; `signal.reason` is the {@link ExtractFailure} to report. */
  readonly signal: AbortSignal;
  readonly mapping: ColumnMapping | undefined;
  /** Archive nesting of this file: 0 for the file itself, 1 for an entry of a zip, and so on. */
  readonly depth: number;
  readonly zipBudget: ZipBudget;
  /** Non-fatal problems to show the user; extractors push to it. */
  readonly warnings: ExtractWarning[];
  /** Reads an archive entry through the same dispatch as a file (passed in to avoid an import cycle). */
  readonly extractNested: (bytes: Uint8Array, fileName: string, ctx: ExtractContext) => Promise<ExtractResult>;
}

/** What an extractor returns on success. */
export interface Extracted {
  /** Short format name shown to users and stored with the import (`pdf`, `html`, `csv`…). */
  format: string;
  articles: ExtractedArticle[];
  entries?: ExtractEntry[];
}

/** Throws the abort reason when the time limit has passed or the caller cancelled. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortFailure(signal);
}

/** The failure to report for an aborted signal (the reason if it is one of ours). */
export function abortFailure(signal: AbortSignal): ExtractFailure {
  const reason: unknown = signal.reason;
  return reason instanceof ExtractFailure ? reason : new ExtractFailure('aborted', CANCELLED);
}

/** Lets pending I/O and timers run, so a long synchronous loop can be aborted between steps. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
