import { LibraryFileError, openLibrary, writableLibrary } from '../../library/library';
import { type LibraryRecovery, RecoveryFailedError, recoverLibrary } from '../../library/maintenance/recoverLibrary';
import { describeLostRows } from '../../../shared/maintenance/lostRows';
import type { LibraryCheck } from '../../library/maintenance/checkLibrary';
import { checkLibrary } from '../../library/maintenance/checkLibrary';
import { repairLibrary } from '../../library/maintenance/repairLibrary';
import { libraryFileFrom, parseCommandArgs } from '../args';
import { ExitCode, type CliCommand, type CliIo } from '../io';

/**
 * `crosscheck doctor [--repair]`: checks the library (docs/reliability.md) and, with `--repair`,
 * rebuilds what is derived from the articles. Exit 0 when nothing is wrong (after the repair),
 * 2 when problems remain.
 */
export const runDoctor: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, { repair: { type: 'boolean', default: false } });
  const file = libraryFileFrom(values);
  let library;
  try {
    library = openLibrary(file, { write: values.repair });
  } catch (error) {
    if (values.repair && error instanceof LibraryFileError && error.damaged) return recover(io, file, values.json === true);
    throw error;
  }
  try {
    if (values.repair) {
      // SQLite's own damage is not rebuilt from the articles: what can be read is copied out.
      if (checkLibrary(library.db).problems.some((p) => p.kind === 'damage')) {
        library.close();
        return await recover(io, file, values.json === true);
      }
      const repair = await repairLibrary(writableLibrary(library).db);
      if (values.json) io.stdout(JSON.stringify(repair) + '\n');
      else {
        printCheck(io, repair.before);
        io.stdout(repair.rebuilt.length > 0 ? `Rebuilt: ${repair.rebuilt.join(', ')}.\n` : 'Nothing to rebuild.\n');
        if (repair.rebuilt.length > 0) {
          io.stdout('After the repair:\n');
          printCheck(io, repair.after);
        }
      }
      return repair.after.ok ? ExitCode.ok : ExitCode.partial;
    }
    const check = checkLibrary(library.db);
    if (values.json) io.stdout(JSON.stringify(check) + '\n');
    else {
      printCheck(io, check);
      if (check.problems.some((p) => p.derived))
        io.stdout('Run `crosscheck doctor --repair` to rebuild what is derived from the articles.\n');
    }
    return check.ok ? ExitCode.ok : ExitCode.partial;
  } finally {
    library.close();
  }
};

/** Recovers a damaged library and says what was recovered, what was lost and where the damaged file is. */
async function recover(io: CliIo, file: string, json: boolean): Promise<number> {
  let recovery: LibraryRecovery;
  try {
    recovery = await recoverLibrary(file);
  } catch (error) {
    if (!(error instanceof RecoveryFailedError)) throw error;
    io.stderr(`crosscheck doctor: ${error.message}\n`);
    return ExitCode.fatal;
  }
  const library = openLibrary(file);
  try {
    const after = checkLibrary(library.db);
    if (json) {
      io.stdout(JSON.stringify({ recovery, after }) + '\n');
    } else {
      io.stdout(
        `The library file was damaged. What SQLite could read is now in a new library in its place; the damaged file is kept at ${recovery.damagedKeptAt}.\n`
      );
      for (const t of recovery.tables) {
        if (t.unreadable) io.stdout(`  ${t.table}: lost (${t.unreadable})\n`);
        else if (t.recovered > 0 || t.lost.length > 0)
          io.stdout(
            `  ${t.table}: ${t.recovered} recovered${t.lost.length > 0 ? `; lost: ${t.lost.map(describeLostRows).join(', ')}` : ''}\n`
          );
      }
      io.stdout(
        recovery.somethingLost
          ? 'Some rows could not be read (listed above). A backup may still hold them (`crosscheck backup --list`).\n'
          : 'Nothing was lost.\n'
      );
      io.stdout('After the recovery:\n');
      printCheck(io, after);
    }
    return recovery.somethingLost || !after.ok ? ExitCode.partial : ExitCode.ok;
  } finally {
    library.close();
  }
}

function printCheck(io: CliIo, check: LibraryCheck): void {
  const { articles, indexed, inStories, annotations } = check.counts;
  io.stdout(`${articles} articles, ${indexed} in the full-text index, ${inStories} in stories, ${annotations} annotations.\n`);
  if (check.ok) io.stdout('No problems found.\n');
  for (const p of check.problems) io.stdout(`Problem (${p.kind}): ${p.message}\n`);
}
