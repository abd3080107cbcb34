import fs from 'node:fs';
import type { ImportReport } from '@shared/contract/schemas';
import { STILL_UNREADABLE } from '@shared/import/stillUnreadable';
import { resolveImportPath } from '../../library/import/importPath';
import { ExitCode } from '../io';

/**
 * The files named themselves on the command line (not found in a named folder) that the import
 * skipped as still unreadable: unchanged since the last import, which could not read them.
 */
export function namedStillUnreadable(report: ImportReport, named: readonly string[]): string[] {
  const given = new Set(named.flatMap((p) => samePath(resolveImportPath(p))));
  return report.problems.filter((p) => p.code === STILL_UNREADABLE && given.has(p.path)).map((p) => p.path);
}

/**
 * 2 when a file failed, or when a file named itself is still unreadable; else 0. A folder's
 * still-unreadable files do not count (a nightly run over it would fail every night for one bad
 * file, review 14 #8), but a file the user names was asked for: importing it again and reading
 * nothing is no success (review 16, finding 9: the first run exited 2, the second 0).
 */
export function importExitCode(report: ImportReport, named: readonly string[]): number {
  return report.failed > 0 || namedStillUnreadable(report, named).length > 0 ? ExitCode.partial : ExitCode.ok;
}

/** A path as given (resolved) and as the disk has it (links followed), whichever the report used. */
function samePath(resolved: string): string[] {
  try {
    return [resolved, fs.realpathSync(resolved)];
  } catch {
    return [resolved];
  }
}
