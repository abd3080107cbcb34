import fs from 'node:fs';
import type { ImportProblem, ImportReport } from '@shared/contract/schemas';
import { type ImportCounts, type ImportOutcome, NO_IMPORT_COUNTS, countOutcome } from '@shared/import/counts';
import {
  findArticleByHash,
  findArticleBySource,
  indexArticle,
  type NewArticle,
  storeArticle,
  updateArticleFromImport
} from '../articles';
import { reanchorArticle } from '../annotations/reanchor';
import { articleCalled } from './articleCalled';
import { updatedMessage } from './updatedMessage';
import { correctedColumns } from '../corrections';
import { type SearchForms, searchForms } from '../searchForms';
import type { WritableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { isDiskFull } from '../db/readOnly';
import { type ColumnMapping, isPlainTextName } from './formats';
import { resolveImportPath } from './importPath';
import { createImportRun, finishImportRun, getImportReport, recordProgress } from './importRuns';
import type { BandIndex } from './bandIndex';
import { bandIndexCovers, forgetSignature, linkNearDuplicates, loadBandIndex } from './nearDuplicates';
import { refreshUnspacedSignatures } from './unspacedSignatures';
import { ExtractPool, defaultPoolSize } from './extractPool';
import { type Extractor, type FieldDefaults, type FileOutcome, processFile } from './processFile';
import { ReadAhead } from './readAhead';
import { libraryOwnFiles } from './libraryOwnFiles';
import { WRITTEN_FILE_REASON, writtenFilesCheck } from '../export/writtenFiles';
import { TableRowMatcher, tableRowSource } from './tableRowMatch';
import { type SourceMatch, matchSource } from './sameSource';
import { BatchIds } from './batchIds';
import { CopyFills, type Filled, filledWords } from './copyFill';
import { FailedBefore } from './failedBefore';
import { ReportedBefore } from './reportedBefore';
import { readersVersion } from './readersVersion';
import { STILL_UNREADABLE, stillUnreadableMessage } from '@shared/import/stillUnreadable';
import { type FoundFile, walkPaths } from './walk';

export type { Extractor } from './processFile';

/**
 * Progress of a running import, reported after every file and once more when the last batch is
 * committed (that last report's counts are the run's).
 */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly currentPath: string;
  /**
   * Outcomes so far. Articles count when their batch commits (only then is it known whether one
   * is a duplicate or a near-duplicate), so the counts only grow and are never revised, and
   * `addedToLibrary(counts)` is how many articles the library has gained at that moment.
   */
  readonly counts: ImportCounts;
}

export interface ImportOptions {
  readonly extract?: Extractor;
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * Checked between files; while files are read in the worker pool, its abort stops the pool (so a
   * cancel does not wait for a slow file). In the import worker, the host's signal carried across by
   * workers/abortFlag.ts.
   */
  readonly signal?: AbortSignal;
  /** Collection name stored with every article (`sample` for the seeds, `--collection`). */
  readonly collection?: string | null;
  /** Outlet and language for articles whose file gives none (`--outlet`, `--language`). */
  readonly defaults?: FieldDefaults;
  /** Column mappings chosen by the user for table files (.csv/.tsv/.json/.jsonl), by absolute path. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  /** The column mapping for every table file not in `mappings` (the CLI's `--map`). */
  readonly tableMapping?: ColumnMapping;
  /**
   * Most articles per transaction (default 1,000); a batch also commits once a second has passed
   * since the last commit. A crash loses at most the batch in flight, never half an article.
   */
  readonly batchSize?: number;
  /** Files larger than this fail with `too-large` before being read. Default 500 MB (`DEFAULT_LIMITS.maxFileBytes`); text files and web pages have smaller limits (docs/formats.md). */
  readonly maxFileBytes?: number;
  /**
   * Reads one file (in a worker pool, for large imports). Default: in this thread with
   * {@link processFile} and the options above.
   */
  readonly processor?: (file: FoundFile) => Promise<FileOutcome>;
  /** How many files may be in the processor at once (the pool's size, or 1 in-process). */
  readonly readAhead?: number;
  /**
   * Read files in a pool of worker threads (one per core but one) when there are more than a few
   * dozen, or when any of them is not plain text: faster on every machine with two cores or more,
   * and a parser stuck on a crafted file is stopped by the pool's watchdog instead of blocking the
   * import. Ignored when `processor` or `extract` is given.
   */
  readonly parallel?: boolean;
  /**
   * In the worker pool, a file still unread after this long fails with `timeout` and its worker is
   * replaced. Default 60 s.
   */
  readonly fileTimeoutMs?: number;
  /** Clock, injectable for tests. */
  readonly now?: () => Date;
  /**
   * Waits this long after each file. A testing aid (the `CROSSCHECK_IMPORT_FILE_DELAY_MS`
   * environment variable of the import worker): it holds an import open long enough for an
   * end-to-end test to act while it runs, however fast the machine. Default 0.
   */
  readonly fileDelayMs?: number;
}

/**
 * A batch commits after this long even when not full. NB: FTS5 writes a new index segment at
 * every commit and merges segments as they pile up, so fewer, larger transactions index faster;
 * the time bound keeps what a crash can lose small when files are slow to read.
 */
const COMMIT_EVERY_MS = 1000;

/** Below this many plain-text files, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 64;

interface Pending {
  article: NewArticle;
  path: string;
  /** The file it was read from (`path` is its entry or row for a ZIP or a table). */
  file: string;
}

/**
 * Imports files and folders into the library. Each file either becomes articles (or updates its
 * own), is recognised as unchanged since it was imported or as a duplicate of an article stored
 * from another file, or is reported with a specific reason; one bad file never
 * stops the rest. Work is committed in batches, and the run's report is kept in the database.
 */
export async function importPaths(db: WritableDb, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const readInThread = (file: FoundFile) =>
    processFile(file, {
      ...(options.extract ? { extract: options.extract } : {}),
      ...(options.mappings ? { mappings: options.mappings } : {}),
      ...(options.tableMapping ? { tableMapping: options.tableMapping } : {}),
      ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
      ...(options.defaults ? { defaults: options.defaults } : {}),
      collection: options.collection ?? null
    });
  let processor = options.processor ?? readInThread;
  const batchSize = options.batchSize ?? 1000;
  let lastCommit = performance.now();
  const now = options.now ?? (() => new Date());
  const resolved = paths.map((p) => resolveImportPath(p));
  const runId = createImportRun(db, resolved, now().toISOString());
  let counts: ImportCounts = NO_IMPORT_COUNTS;
  const count = (outcome: ImportOutcome) => {
    counts = countOutcome(counts, outcome);
  };
  let problems: ImportProblem[] = [];
  let pending: Pending[] = [];
  // Built when the first new or changed article is written: a run of only failures and exact
  // duplicates never reads the library's signatures. In the import's last batch (the only one of
  // an import of a few files), over the band keys of that batch's articles alone: a one-file import
  // into a library of 21,000 articles does not fill a table of its 441,000 keys.
  let bandIndex: BandIndex | undefined;
  let lastBatch = false;
  const bands = () => (bandIndex ??= loadBandIndex(db, lastBatch ? pending.map((p) => p.article.minhash) : undefined));
  // Once per library: Chinese, Japanese, Thai… signatures made before session 13 are made again
  // before anything is compared with them (a settings read once done).
  let signaturesCurrent = false;
  // Articles this run stored or updated: a second article with the same source is never written
  // over one of them (a ZIP with two entries of one name overwrote the first, and the update's
  // trigger took out of FTS5 words the batch had not indexed yet, damaging the index: review 13,
  // finding 1).
  const written = new BatchIds();
  // Articles a file of this run found as they were (`unchanged`): a second file, entry or row of
  // the same text is a duplicate of it, as it was when first imported.
  const unchanged = new BatchIds();
  // Table rows are matched by content, never by row number (tableRowMatch.ts). Articles holding
  // the exact text of a row being imported are that row's: never another changed row's match.
  const tableRows = new TableRowMatcher(db);
  const rowTexts = new Set<number>();
  // Duplicates, warnings and skips said at an earlier import of the same, unchanged file.
  const reportedBefore = new ReportedBefore(db, runId);

  // Run as BEGIN IMMEDIATE: a batch reads (duplicates) before it writes, and a deferred transaction
  // whose snapshot another connection wrote past meanwhile (a story edit in the window's process,
  // grouping at start) cannot upgrade to a write — SQLite fails it at once, without waiting.
  const writeBatch = db.transaction(() => {
    // An index over one batch's keys does not answer for another's (the halves of a batch split
    // on a full disk).
    if (bandIndex && !bandIndexCovers(bandIndex, pending.map((p) => p.article.minhash))) bandIndex = undefined;
    if (!signaturesCurrent) {
      if (refreshUnspacedSignatures(db) > 0) bandIndex = undefined;
      signaturesCurrent = true;
    }
    written.forgetBatch();
    unchanged.forgetBatch();
    const stamp = now().toISOString();
    const stored: Array<{ id: number; article: NewArticle; search: SearchForms }> = [];
    // What duplicates give the articles they repeat (empty fields only), written after the index.
    const fills = new CopyFills(db);
    // Files an article of which this batch stored or updated: their warnings are news.
    const writtenFiles = new Set<string>();
    for (const p of pending) {
      const existing = findArticleByHash(db, p.article.contentHash);
      if (existing !== undefined) {
        // The same file again, as it was: unchanged, unless this run wrote that article or another
        // file, entry or row of the same text claimed it first.
        const source = written.has(existing) || unchanged.has(existing) ? undefined : matchSource(db, existing, p.article.sourcePath);
        if (source && source.kind !== 'other') {
          unchanged.add(existing);
          count('unchanged');
          problems.push(unchangedProblem(db, p.path, existing, source));
        } else {
          count('duplicate');
          const filled = p.article.sourcePath ? fills.offer(existing, p.article, p.article.sourcePath) : undefined;
          problems.push(duplicateProblem(db, p.path, existing, filled));
        }
        continue;
      }
      // A changed version of a file imported before: update that article in place, keeping the
      // user's corrections, its stories and its links.
      const row = tableRowSource(p.article.sourcePath);
      let previous: number | undefined;
      if (row) {
        previous = tableRows.match(row, p.article, (id) => written.has(id) || rowTexts.has(id));
      } else if (p.article.sourcePath) {
        // Two articles of one run with one source (not from processFile, which numbers them):
        // the second is `source (2)`, its own article, the same name processFile would give it.
        let source = p.article.sourcePath;
        previous = findArticleBySource(db, source);
        for (let n = 2; previous !== undefined && written.has(previous); n++) {
          source = `${p.article.sourcePath} (${n})`;
          previous = findArticleBySource(db, source);
        }
        if (source !== p.article.sourcePath) p.article = { ...p.article, sourcePath: source };
      }
      writtenFiles.add(p.file);
      if (previous !== undefined) {
        written.add(previous);
        fills.forget(previous);
        updateArticleFromImport(db, previous, p.article, correctedColumns(db, previous), stamp);
        // A row keeps its article wherever it moved in the table: its locator follows it.
        if (row) prepareCached(db, 'UPDATE articles SET source_path = ? WHERE id = ?').run(p.article.sourcePath, previous);
        // Highlights follow their words into the new text, in this transaction (docs/annotations.md).
        const highlights = reanchorArticle(db, previous, p.article.body);
        forgetSignature(db, bands(), previous);
        linkNearDuplicates(db, bands(), previous, p.article.minhash);
        count('updated');
        problems.push({
          path: p.path,
          kind: 'warning',
          code: 'updated',
          message: updatedMessage(articleCalled(db, previous), correctedColumns(db, previous).size > 0, highlights),
          articleId: previous
        });
        continue;
      }
      const search = searchForms(p.article);
      const id = storeArticle(db, p.article, stamp, search);
      written.add(id);
      stored.push({ id, article: p.article, search });
      const near = linkNearDuplicates(db, bands(), id, p.article.minhash);
      count(near.length > 0 ? 'near-duplicate' : 'new');
      if (near.length > 0) {
        const best = near[0]!;
        // NB: linked from an estimated 50% of five-word runs shared; "lightly edited" only from
        // 80%, as the comparison's bands say it (docs/ui.md), or a 58% copy reads as near-identical.
        // NB: no direction: which of two near-identical texts is the original, the import cannot
        // know (it meets them in the order of their names), and the link is one for both (review
        // 17, #9: an orig_task file was called a copy of a student's answer).
        const likeness = best.score >= 0.8 ? 'lightly edited' : 'partly rewritten';
        problems.push({
          path: p.path,
          kind: 'near-duplicate',
          code: 'near-duplicate',
          message: `Imported, and linked with ${articleCalled(db, best.id)} as ${likeness} versions of one text (about ${Math.round(best.score * 100)}% the same)${near.length > 1 ? `, and with ${near.length - 1} more article${near.length > 2 ? 's' : ''}` : ''}.`,
          articleId: best.id
        });
      }
    }
    // NB: a file's warnings are in the batch of its articles: both are pushed when it is read.
    problems = problems.map((p) => reportedBefore.mark(p, writtenFiles));
    recordProgress(db, runId, counts, problems);
    // The batch's full-text entries go last: a statement that checks a foreign key (links,
    // problems) or fires a trigger (an updated article) makes FTS5 flush its pending terms to a
    // new segment, so indexing in between would cut the batch into many small segments.
    for (const s of stored) indexArticle(db, s.id, s.article, s.search);
    // NB: after the index: a filled outlet re-indexes its article, which must be in the index.
    fills.write();
    pending = [];
    problems = [];
    lastCommit = performance.now();
  });
  /**
   * Commits what is pending. When the disk fills up during a batch, the batch is rolled back whole
   * and its articles are tried again in halves, so the import saves every article that fits (each
   * whole) before it stops with the disk-full error, however many the batch held.
   */
  const flush = (): void => {
    const before = { counts, problems: [...problems], pending };
    try {
      writeBatch.immediate();
      written.commit();
      unchanged.commit();
    } catch (error) {
      // The rolled-back batch's outcomes were never saved (the commit itself can be what fails,
      // after the body emptied the batch); its signatures may sit in the cached band index under
      // ids SQLite will hand out again.
      counts = before.counts;
      problems = before.problems;
      pending = before.pending;
      bandIndex = undefined;
      written.forgetBatch();
      unchanged.forgetBatch();
      tableRows.reset();
      if (!isDiskFull(error) || pending.length <= 1) throw error;
      const all = pending;
      const half = Math.ceil(all.length / 2);
      pending = all.slice(0, half);
      flush();
      pending = all.slice(half);
      flush();
    }
  };

  const mayUsePool = options.parallel === true && !options.processor && !options.extract;
  const poolOptions = {
    ...(options.mappings ? { mappings: options.mappings } : {}),
    ...(options.tableMapping ? { tableMapping: options.tableMapping } : {}),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.defaults ? { defaults: options.defaults } : {}),
    collection: options.collection ?? null
  };
  // NB: a folder usually holds enough files for the pool, and walking a large one takes a while
  // (a stat per file: ~0.3 s of reuters-21578's 21,578) with the other cores idle: its first
  // extraction worker starts loading meanwhile. Closed unused if the folder holds a few text files.
  const early = mayUsePool && resolved.some(isFolder) ? new ExtractPool(poolOptions, 1, options.fileTimeoutMs) : undefined;
  // NB: the options a file is read with are part of whether it fails (a table needs its columns
  // mapped), and so is the build reading it: a failure remembered under other options, or by
  // another version of the readers, is tried again.
  const failedBefore = new FailedBefore(
    db,
    JSON.stringify([options.mappings ?? null, options.tableMapping ?? null, options.maxFileBytes ?? null, readersVersion()])
  );
  let files: FoundFile[];
  try {
    // A folder that holds the library: its own files are not articles (db.name is the file opened).
    const walked = walkPaths(resolved, { leaveOut: libraryOwnFiles(db.name) });
    for (const wp of walked.problems) {
      count(wp.kind === 'failed' ? 'failed' : 'skipped');
      problems.push({ ...wp, articleId: null });
    }
    // A report Crosscheck exported (into a watched folder, say) is not an article: it would come
    // back linked as a copy of the articles it quotes (review 13, finding 8).
    const writtenByUs = writtenFilesCheck();
    files = walked.files.filter((f) => {
      if (writtenByUs(f.path)) {
        count('skipped');
        problems.push({ path: f.path, kind: 'skipped', code: 'crosscheck-report', message: WRITTEN_FILE_REASON, articleId: null });
        return false;
      }
      // A file that failed last time and has not changed since would fail again: said once more,
      // not read, and not a failure of this import (review 14, finding 8).
      const before = failedBefore.stillFailing(f.path);
      if (!before) return true;
      count('skipped');
      problems.push({ path: f.path, kind: 'skipped', code: STILL_UNREADABLE, message: stillUnreadableMessage(before.message), articleId: null });
      return false;
    });
  } catch (error) {
    await early?.close();
    throw error;
  }

  let pool: ExtractPool | undefined;
  let ahead = Math.max(1, options.readAhead ?? 1);
  const usePool = mayUsePool && (files.length >= POOL_THRESHOLD || files.some((f) => !isPlainTextName(f.path)));
  if (!usePool) await early?.close();
  if (usePool) {
    // A few files (a page or two dropped on the window) do not need a worker per core.
    const size = Math.min(defaultPoolSize(), files.length);
    pool = early ?? new ExtractPool(poolOptions, size, options.fileTimeoutMs);
    pool.grow(size);
    const active = pool;
    processor = (file) => active.process(file);
    ahead = active.capacity + active.size * 4;
  }
  // A cancel while files are read stops the pool, which settles the files in it as cancelled and
  // so wakes the loop below.
  const stopPool = (): void => void pool?.close();
  if (pool) options.signal?.addEventListener('abort', stopPool, { once: true });

  // The total is known as soon as the folders are walked: say it before the first file is read
  // (that can take a moment while extraction workers start).
  options.onProgress?.({ done: 0, total: files.length, currentPath: '', counts });

  let done = 0;
  let currentPath = '';
  let status: 'done' | 'cancelled' = 'done';
  try {
    // Files are read ahead through the processor (a worker pool when given), and their outcomes
    // consumed in file order; with a pool, this thread reads plain-text files too while it would
    // otherwise wait for the pool.
    const reader = new ReadAhead(
      files,
      processor,
      ahead,
      pool ? { read: readInThread, allowed: (f) => isPlainTextName(f.path), signal: options.signal } : undefined
    );
    for (const file of files) {
      if (options.signal?.aborted) {
        status = 'cancelled';
        break;
      }
      const result = await reader.take();
      // Whatever the file came to, a cancel while it was read means it is left for the next run.
      if (options.signal?.aborted) {
        status = 'cancelled';
        break;
      }
      if (!result.ok) {
        const kind = result.code === 'unsupported' || result.code === 'crosscheck-report' ? 'skipped' : 'failed';
        if (kind === 'failed') failedBefore.failed(file.path, result.code, result.message);
        else failedBefore.succeeded(file.path);
        count(kind);
        problems.push({ path: file.path, kind, code: result.code, message: result.message, articleId: null });
      } else {
        failedBefore.succeeded(file.path);
        for (const warning of result.warnings) {
          problems.push({ path: file.path, kind: 'warning', code: warning.code, message: warning.message, articleId: null });
        }
        for (const where of result.empty) {
          count('failed');
          problems.push({
            path: where,
            kind: 'failed',
            code: 'empty',
            message:
              'No text was left once boilerplate (menus, share buttons, notices) was set aside; check that the file holds an article.',
            articleId: null
          });
        }
        // Duplicates are decided at commit time, inside the transaction, so a copy of an article
        // from earlier in the same batch is found too and named by its id.
        for (const { article, where } of result.articles) {
          pending.push({ article, path: where, file: file.path });
          if (!tableRowSource(article.sourcePath)) continue;
          const same = findArticleByHash(db, article.contentHash);
          if (same !== undefined) rowTexts.add(same);
        }
      }
      done++;
      currentPath = file.path;
      // NB: the last file's batch may commit here (a second has passed), not after the loop.
      lastBatch = done === files.length;
      if (pending.length >= batchSize || (pending.length > 0 && performance.now() - lastCommit >= COMMIT_EVERY_MS)) flush();
      options.onProgress?.({ done, total: files.length, currentPath, counts });
      if (options.fileDelayMs) await new Promise((resolve) => setTimeout(resolve, options.fileDelayMs));
    }
    // A cancelled import leaves files read ahead unused; let their work settle quietly.
    reader.abandon();
    lastBatch = true;
    flush();
    // The last batch is in: its articles are counted now, and these counts are the report's.
    options.onProgress?.({ done, total: files.length, currentPath, counts });
  } finally {
    options.signal?.removeEventListener('abort', stopPool);
    await pool?.close();
  }
  failedBefore.save();
  finishImportRun(db, runId, status, now().toISOString());
  const report = getImportReport(db, runId);
  if (!report) throw new Error(`Import run ${runId} vanished.`);
  return report;
}

/** Whether a chosen path is a folder (one that cannot be read is not: the walk reports it). */
function isFolder(chosen: string): boolean {
  try {
    return fs.statSync(chosen, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/**
 * A file (entry, row) imported before from the same source, its text as it was. NB: not a
 * duplicate, which read as if the library held copies of a re-imported folder (review 13, finding 13).
 */
function unchangedProblem(db: WritableDb, where: string, existingId: number, source: Exclude<SourceMatch, { kind: 'other' }>): ImportProblem {
  const moved = source.kind === 'moved' ? `, only moved in its table (it was row ${source.fromRow})` : '';
  return {
    path: where,
    kind: 'unchanged',
    code: 'unchanged',
    message: `Not changed since it was last imported${moved}: ${articleCalled(db, existingId)} is in the library as it was.`,
    articleId: existingId
  };
}

/**
 * Another file (entry, row) whose text the library already holds, and which of the article's empty
 * fields it filled.
 */
function duplicateProblem(db: WritableDb, where: string, existingId: number, filled: Filled | undefined): ImportProblem {
  const gave = filled && (filled.fields.length > 0 || filled.credits.length > 0) ? `; ${filledWords(filled)}` : '';
  return {
    path: where,
    kind: 'duplicate',
    code: 'duplicate',
    message: `Same text as ${articleCalled(db, existingId)} in the library${gave}.`,
    articleId: existingId
  };
}
