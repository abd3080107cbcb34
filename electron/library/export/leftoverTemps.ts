import fs from 'node:fs';
import path from 'node:path';

/** The temporary file {@link import('./writeAtomic').writeFileAtomic} writes: `.cc-<pid>-<8 hex>.tmp`. */
const TEMP_NAME = /^\.cc-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * How old a temporary file of a process that is gone must be before it is removed: a file on a
 * folder shared with another computer may belong to a process there with the same number.
 */
const LEFT_FOR_MS = 60_000;

/**
 * Removes the temporary files of exports whose process was killed mid-write (kill -9, a power cut,
 * a crash): the write leaves nothing under the final name, but its hidden temporary file, as large
 * as the report, stayed in the folder for good (session 17 review, #5). Only names of that exact
 * shape, of a process not running on this computer, untouched for a minute. Never throws: a folder
 * that cannot be listed or a file that cannot be removed leaves things as they were.
 */
export function removeLeftoverTemps(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.lstatSync(file).mtimeMs > LEFT_FOR_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that number.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
