import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Which processes have a library open for writing (docs/reliability.md, "Another process has the
 * library open"). Two processes may write one library (SQLite's WAL allows it), but a restore or
 * a recovery renames the file away: a process that still has it open would go on saving into the
 * renamed file. So each writable open leaves a record in `.<library>.open/` (pid, start time,
 * host, what it is), removed at close; whatever swaps the file first asks {@link otherHolders}.
 * A record whose process is gone (killed, crashed) is stale: ignored and removed.
 */
export interface LibraryHolder {
  readonly pid: number;
  /** The machine it runs on (a library on a network share may be open elsewhere). */
  readonly host: string;
  /** What holds it, as a user knows it: `crosscheck serve`, `the app`, `crosscheck import`. */
  readonly name: string;
  /** The process's start as the system counts it (Linux), so a reused pid is not taken for it. */
  readonly started?: string;
}

/**
 * The folder of records beside a library. NB: hidden (a leading dot): an import of the library's own
 * folder skips hidden files, and would otherwise import the records as JSON articles.
 */
export function holdersDir(libraryFile: string): string {
  const file = path.resolve(libraryFile);
  return path.join(path.dirname(file), `.${path.basename(file)}.open`);
}

let opened = 0;

/**
 * How old a record that cannot be read must be to count as left behind: one being written now is
 * read a moment later, and one a full disk left empty never will be.
 */
const UNREADABLE_RECORD_MS = 60_000;

/**
 * Records that this process has `libraryFile` open for writing, under `name`.
 *
 * @returns removes the record (call at close); never throws.
 */
export function registerHolder(libraryFile: string, name: string): () => void {
  const dir = holdersDir(libraryFile);
  // NB: one record per open (threads and workers of one process each open the library).
  const record = path.join(dir, `${process.pid}-${threadId}-${++opened}.json`);
  const holder: LibraryHolder = { pid: process.pid, host: os.hostname(), name, ...startedField(process.pid) };
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(record, JSON.stringify(holder));
  } catch {
    // A folder where the record cannot be written (a full disk) still opens: the open itself says what is wrong.
    // NB: a full disk makes the file and then fails to fill it: the empty record goes too (review 16 #4).
    try {
      fs.rmSync(record, { force: true });
    } catch {
      // The folder may not be written at all: nothing was made in it.
    }
    removeIfEmpty(dir);
    return () => {};
  }
  return () => {
    try {
      fs.rmSync(record, { force: true });
    } catch {
      // A record left behind (a folder made read-only meanwhile) is stale once this process ends.
    }
    removeIfEmpty(dir);
  };
}

function removeIfOlder(record: string, ms: number): void {
  try {
    if (Date.now() - fs.statSync(record).mtimeMs > ms) fs.rmSync(record, { force: true });
  } catch {
    // Gone already, or in a folder that may not be written.
  }
}

function removeIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Another holder's record is still there, or the folder was never made.
  }
}

/**
 * The live holders of `libraryFile` other than this process; stale records (their process gone)
 * are removed on the way.
 */
export function otherHolders(libraryFile: string): LibraryHolder[] {
  const dir = holdersDir(libraryFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: LibraryHolder[] = [];
  for (const name of names) {
    const record = path.join(dir, name);
    let holder: LibraryHolder;
    try {
      holder = JSON.parse(fs.readFileSync(record, 'utf8')) as LibraryHolder;
    } catch {
      // Being written or removed right now, or left empty by a write that failed long ago.
      removeIfOlder(record, UNREADABLE_RECORD_MS);
      continue;
    }
    if (holder.host === os.hostname() && holder.pid === process.pid) continue;
    if (holder.host === os.hostname() && !isAlive(holder)) {
      fs.rmSync(record, { force: true });
      continue;
    }
    found.push(holder);
  }
  return found;
}

/** A refusal to swap a library another process has open; the message names it. */
export class LibraryInUseError extends Error {
  readonly code = 'library-in-use';
}

/**
 * Refuses, with a sentence naming the other process, when another process has the library open.
 *
 * @param then what the user does once it is closed, e.g. `restore` or `run \`crosscheck doctor --repair\` again`.
 */
export function refuseIfHeldElsewhere(libraryFile: string, then: string): void {
  const [other] = otherHolders(libraryFile);
  if (!other) return;
  // NB: a process on another machine cannot be asked whether it still runs: the user can tell.
  const elsewhere =
    other.host === os.hostname() ? '' : ` If it no longer runs there, delete the folder ${holdersDir(libraryFile)} and ${then}.`;
  throw new LibraryInUseError(`${describeHolder(other)} has this library open; close it, then ${then}.${elsewhere}`);
}

/** "Another Crosscheck (crosscheck serve, pid 1234)", with the machine when it is another one. */
export function describeHolder(holder: LibraryHolder): string {
  const where = holder.host === os.hostname() ? '' : ` on ${holder.host}`;
  return `Another Crosscheck (${holder.name}, pid ${holder.pid}${where})`;
}

/** What holds the library in this process when the caller does not say: the command's name. */
export function defaultHolderName(): string {
  if (process.versions.electron) return 'the app';
  const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
  return command ? `crosscheck ${command}` : 'crosscheck';
}

function isAlive(holder: LibraryHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: alive, someone else's.
    if ((error as { code?: unknown }).code !== 'EPERM') return false;
  }
  const now = startedField(holder.pid).started;
  return holder.started === undefined || now === undefined || now === holder.started;
}

/** The start time of a process (Linux: field 22 of /proc/PID/stat), or nothing elsewhere. */
function startedField(pid: number): { started?: string } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // NB: the command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return started ? { started } : {};
  } catch {
    return {};
  }
}
