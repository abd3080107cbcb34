import fs from 'node:fs';
import path from 'node:path';
import { refuseIfHeldElsewhere } from '../db/libraryHolders';

/**
 * The recovered library waiting to take the place of `libraryFile`: the app's recovery
 * (`scheduleRecovery` in recoverLibrary.ts) leaves it beside the damaged file, whole.
 */
export function pendingRecoveryFile(libraryFile: string): string {
  return `${path.resolve(libraryFile)}.recovered`;
}

/**
 * Puts a recovered library the app left (see {@link pendingRecoveryFile}) in the library's place,
 * before the library is opened; the damaged file is kept beside it.
 *
 * @returns where the damaged file was kept, or undefined when no recovery was waiting.
 */
export function runPendingRecovery(libraryFile: string, now?: Date): string | undefined {
  const file = path.resolve(libraryFile);
  const recovered = pendingRecoveryFile(file);
  if (!fs.existsSync(recovered)) return undefined;
  return swapRecovered(file, recovered, now);
}

/**
 * Renames the damaged file (with its `-wal`/`-shm`, so nothing it held is lost) aside as
 * `<name>.damaged-<time>.sqlite`, and the recovered one into its place; each rename is atomic.
 *
 * Refused with {@link import('../db/libraryHolders').LibraryInUseError} while another process has
 * the library open: it would go on writing into the damaged file, renamed away.
 *
 * @returns where the damaged file was kept.
 */
export function swapRecovered(file: string, recovered: string, now = new Date()): string {
  refuseIfHeldElsewhere(file, 'run `crosscheck doctor --repair` again, or start Crosscheck again');
  const iso = now.toISOString().replace(/[:.]/g, '-');
  const damagedKeptAt = file.replace(/(\.sqlite)?$/, `.damaged-${iso}.sqlite`);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, damagedKeptAt + suffix);
  if (fs.existsSync(file)) fs.renameSync(file, damagedKeptAt);
  fs.renameSync(recovered, file);
  return damagedKeptAt;
}
