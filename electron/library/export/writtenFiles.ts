/**
 * The files Crosscheck itself wrote (exported reports), so a watched folder does not import them
 * back as articles (review 13, finding 8: a report saved into a watched folder became an article,
 * linked as a near-duplicate of the articles it quotes and grouped into their story).
 *
 * NB: kept in a small list in the user data folder, not in memory: `crosscheck export` and the
 * `crosscheck serve` or window that watches the folder are different processes. A file is known by
 * its path, size and modification time, so a file the user later replaces under that name is
 * imported as usual. Two processes remembering at the same instant may lose one entry (the last
 * rename wins): the cost is only that report being imported, as before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CROSSCHECK_REPORT_REASON } from '@shared/export/reportMarker';
import { userDataDir } from '../paths';

/** The list's file name in the user data folder. */
export const WRITTEN_FILES_NAME = 'written-files.json';

/** Entries kept, newest last: exports are made by hand, so this covers months of work. */
const KEEP = 500;

interface WrittenFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * Where the list is: the user data folder. NB: not in a unit test run without its own
 * `CROSSCHECK_HOME` (vitest sets `VITEST`): an export test must not write the home folder of
 * whoever runs the tests. The CLI suite's commands have their own `CROSSCHECK_HOME`, so they keep it.
 */
function defaultDir(): string | undefined {
  if (process.env.VITEST && !process.env.CROSSCHECK_HOME) return undefined;
  return userDataDir();
}

function listFile(dir: string): string {
  return path.join(dir, WRITTEN_FILES_NAME);
}

function readList(dir: string): WrittenFile[] {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(listFile(dir), 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is WrittenFile =>
        typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.size === 'number' && typeof e.mtimeMs === 'number'
    );
  } catch {
    // Missing or damaged: nothing is known, and the next write starts it again.
    return [];
  }
}

function describe(file: string): WrittenFile | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? { path: path.resolve(file), size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers that Crosscheck wrote `file` just now. Never throws: failing to remember costs only
 * the guard, never the export.
 */
export function rememberWrittenFile(file: string, dir: string | undefined = defaultDir()): void {
  const written = describe(file);
  if (!written || dir === undefined) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const list = readList(dir).filter((e) => e.path !== written.path);
    list.push(written);
    const temp = `${listFile(dir)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(list.slice(-KEEP)));
    fs.renameSync(temp, listFile(dir));
  } catch {
    // A read-only or full user data folder: see above.
  }
}

/** Whether `file` is, unchanged, a file Crosscheck wrote (same path, size and modification time). */
export function isWrittenByCrosscheck(file: string, dir: string | undefined = defaultDir()): boolean {
  return writtenFilesCheck(dir)(file);
}

/**
 * {@link isWrittenByCrosscheck} for many files (an import's walk): the list is read once, and
 * only a file whose path is on it is looked at on disk.
 */
export function writtenFilesCheck(dir: string | undefined = defaultDir()): (file: string) => boolean {
  const known = new Map(dir === undefined ? [] : readList(dir).map((e) => [e.path, e]));
  if (known.size === 0) return () => false;
  return (file) => {
    const entry = known.get(path.resolve(file));
    if (!entry) return false;
    const now = describe(file);
    return now !== undefined && now.size === entry.size && now.mtimeMs === entry.mtimeMs;
  };
}

/** Why an import leaves such a file out (`crosscheck import`, a watched folder's catch-up). */
export const WRITTEN_FILE_REASON = CROSSCHECK_REPORT_REASON;
