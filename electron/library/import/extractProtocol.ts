import type { FileOutcome, ProcessOptions } from './processFile';
import type { FoundFile } from './walk';

/** What the pool gives an extraction worker as `workerData`. */
export interface ExtractWorkerData {
  /** How files are read (mappings, size limit, collection): fixed for the pool. */
  readonly options: Omit<ProcessOptions, 'extract'>;
  /**
   * One Int32 word: the id of the file the worker is reading now (0 before the first). The pool
   * reads it when it stops a worker that ran out of time or crashed, to fail that file rather than
   * the oldest unanswered one, whose outcome the worker may only have held back.
   */
  readonly reading: SharedArrayBuffer;
}

/** A file for the worker to read, numbered by the pool; sent in arrays, read in order. */
export interface ReadTask {
  readonly id: number;
  readonly file: FoundFile;
}

/** What became of a file; the worker posts them in arrays, in the order it read the files. */
export interface ReadOutcome {
  readonly id: number;
  readonly outcome: FileOutcome;
}
