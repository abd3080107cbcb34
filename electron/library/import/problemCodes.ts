/**
 * Codes of the problems an import reports for a path that gave no article, besides the extractors'
 * own ({@link FAILURE_CODES}, which reach the report as they are). Each message that goes with one
 * is a sentence for a person: what is wrong with the file and what to do (failureMessages.test.ts).
 */
export { FAILURE_CODES } from './formats/failure';

export const IMPORT_PROBLEM_CODES = [
  /** walk.ts: a chosen path that is not there. */
  'not-found',
  /** walk.ts: a device, pipe or socket. */
  'not-a-file',
  /** walk.ts / processFile.ts: the system refused to list or read it. */
  'unreadable',
  /** walk.ts: a link to nothing. */
  'broken-link',
  /** walk.ts: a link out of the chosen folder, not followed. */
  'outside-link',
  /** walk.ts: a link that leads back to itself, skipped. */
  'link-loop',
  /** processFile.ts: over the import's size limit, not read at all. */
  'too-large',
  /** processFile.ts: an injected extractor threw. */
  'extract-error',
  /** importPaths.ts: nothing left once boilerplate was set aside. */
  'empty',
  /** extractPool.ts: still reading when its worker's time ran out. */
  'timeout',
  /** extractPool.ts / extractWorker.ts: the worker crashed or failed unexpectedly. */
  'internal',
  /** extractPool.ts: the import stopped before the file was read. */
  'cancelled'
] as const;

export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];
