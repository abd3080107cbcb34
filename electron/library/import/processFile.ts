import fs from 'node:fs';
import path from 'node:path';
import type { ExtractResult, ExtractWarning } from '@shared/import/types';
import type { NewArticle } from '../articles';
import { type ColumnMapping, extractFile } from './formats';
import { REPORT_THE_BUG, errorMessage } from './formats/failure';
import { formatBytes, resolveLimits, sizeLimitFor } from './formats/limits';
import { loadLanguageDetector } from './language';
import { type FieldDefaults, prepareArticle } from './prepareArticle';

export type { FieldDefaults } from './prepareArticle';
import { describeFsError, type FoundFile } from './walk';

/** Reads one file into articles; injected so the engine and tests can choose the extractors. */
export type Extractor = (bytes: Uint8Array, fileName: string, filePath: string) => ExtractResult | Promise<ExtractResult>;

/** What became of one file: its prepared articles, or why it could not be read. */
export type FileOutcome =
  /** `message` is the sentence the user reads; `detail`, the reason a library or a bug gave, is for debugging. */
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly detail?: string;
    }
  | {
      readonly ok: true;
      readonly format: string;
      readonly warnings: readonly ExtractWarning[];
      /** Articles ready to store, with where each came from. */
      readonly articles: ReadonlyArray<{ readonly article: NewArticle; readonly where: string }>;
      /** Sources (file#locator) whose text was all boilerplate. */
      readonly empty: readonly string[];
    };

/** How to read files; the same in-process and in the extraction workers. */
export interface ProcessOptions {
  readonly extract?: Extractor;
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  /** The mapping for every table file without one in `mappings` (the CLI's `--map`). */
  readonly tableMapping?: ColumnMapping;
  readonly maxFileBytes?: number;
  readonly collection?: string | null;
  readonly defaults?: FieldDefaults;
}

/**
 * Reads, extracts and prepares one file (the CPU-heavy part of an import, free of the database,
 * so it can run in a worker pool). Never throws: every failure becomes a specific outcome.
 */
export async function processFile(file: FoundFile, options: ProcessOptions = {}): Promise<FileOutcome> {
  // The limits docs/formats.md gives, checked before the file is loaded: on the walk's size, and on
  // the size on disk when the file has grown since; a 150 MB text file is never loaded to be refused.
  const limit = sizeLimitFor(file.path, resolveLimits(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : undefined));
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    // One open for the size and the bytes: a stat by path and a read by path look the file up twice.
    fd = fs.openSync(file.path, 'r');
    const read = readOpenFile(fd, file.size, limit.bytes);
    if (read.bytes === undefined) {
      return {
        ok: false,
        code: 'too-large',
        message: `This ${limit.kind} is ${formatBytes(read.size)}, over the limit of ${formatBytes(limit.bytes)}; ${limit.advice}.`
      };
    }
    bytes = read.bytes;
  } catch (error) {
    return { ok: false, code: 'unreadable', message: describeFsError(error, 'Cannot read this file') };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  let result: ExtractResult;
  try {
    const mapping = options.mappings?.[file.path] ?? options.tableMapping;
    result = options.extract
      ? await options.extract(bytes, path.basename(file.path), file.path)
      : await extractFile({ bytes, fileName: path.basename(file.path) }, mapping ? { mapping } : {});
  } catch (error) {
    // Extractors should not throw; if one does, the file fails and the import goes on.
    return {
      ok: false,
      code: 'extract-error',
      message: `This file could not be read: ${REPORT_THE_BUG}.`,
      detail: errorMessage(error)
    };
  }
  if (!result.ok) return result;
  const articles: Array<{ article: NewArticle; where: string }> = [];
  const empty: string[] = [];
  // The detector loads with the first article whose language no one named (not before).
  const needsDetection = !options.defaults?.language && result.articles.some((a) => !a.meta.language);
  const detectLanguage = needsDetection ? await loadLanguageDetector() : undefined;
  // Each article of a file gets its own source: a ZIP may hold two entries of one name (or
  // `news\story.txt` beside `news/story.txt`); the second is `a.zip#story.txt (2)`, or it would
  // be taken for a newer version of the first (review 13, finding 1). Entry order is the archive's,
  // so a re-import gives each the same name again.
  const taken = new Set<string>();
  for (const extracted of result.articles) {
    const where = uniqueSource(extracted.locator ? `${file.path}#${extracted.locator}` : file.path, taken);
    const provenance = { sourcePath: where, sourceFormat: result.format, collection: options.collection ?? null };
    const article = prepareArticle(extracted, provenance, options.defaults, detectLanguage);
    if (article.body.trim() === '') empty.push(where);
    else articles.push({ article, where });
  }
  return { ok: true, format: result.format, warnings: result.warnings, articles, empty };
}

/** `source`, or `source (2)`, `source (3)`… when an earlier article of the file has it; recorded in `taken`. */
function uniqueSource(source: string, taken: Set<string>): string {
  let unique = source;
  for (let n = 2; taken.has(unique); n++) unique = `${source} (${n})`;
  taken.add(unique);
  return unique;
}

/**
 * The bytes of an open file, or only its size when that is over `limit` (nothing more is read).
 * The size the walk saw is tried first: one byte more than it is asked for, and a short read (a
 * regular file's end) proves it, so most files need no fstat. A file that grew since the walk
 * has its size taken before the rest is read.
 */
function readOpenFile(fd: number, walked: number, limit: number): { bytes: Uint8Array; size: number } | { bytes: undefined; size: number } {
  if (walked > 0 && walked <= limit) {
    const buffer = Buffer.allocUnsafe(walked + 1);
    const read = fs.readSync(fd, buffer, 0, walked + 1, 0);
    if (read <= walked) return { bytes: buffer.subarray(0, read), size: read };
  }
  const size = fs.fstatSync(fd).size;
  if (size > limit) return { bytes: undefined, size };
  // A size of 0 may be a file the system fills as it is read: read it to its end.
  if (size === 0) return { bytes: fs.readFileSync(fd), size };
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = fs.readSync(fd, buffer, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return { bytes: buffer.subarray(0, filled), size: filled };
}
