import type { ChannelOutput } from '@shared/contract/channels';
import { describeLostRows } from '@shared/maintenance/lostRows';
import { LibraryInUseError } from '../../library/db/libraryHolders';
import { LibraryFileError } from '../../library/library';
import { runPendingRecovery } from '../../library/maintenance/pendingRecovery';
import { type LibraryRecovery, RecoveryFailedError, recoverLibrary } from '../../library/maintenance/recoverLibrary';
import { libraryFileFrom, parseCommandArgs } from '../args';
import { type CliEngine, openCliEngine } from '../cliEngine';
import { CliFailure } from '../failure';
import { ExitCode, type CliCommand, type CliIo } from '../io';

type LibraryCheck = ChannelOutput<'library:check'>;
/** What the recovery of a damaged library read, and where the damaged file was kept. */
type Recovery = Pick<LibraryRecovery, 'tables' | 'somethingLost' | 'damagedKeptAt'>;

/**
 * `crosscheck doctor [--repair]`: checks the library (`library:check`, docs/reliability.md) and,
 * with `--repair`, rebuilds what is derived from the articles (`library:repair`, as Settings →
 * Library does). Exit 0 when nothing is wrong (after the repair), 2 when problems remain.
 *
 * A damaged file is copied out row by row by `library:repair` and, the command line not being a
 * running app, put in the library's place at once (the app does it at its next start). NB: a file
 * too damaged to open has no engine to ask: it is recovered here directly, with the same code.
 */
export const runDoctor: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, { repair: { type: 'boolean', default: false } });
  const json = values.json === true;
  let engine: CliEngine;
  try {
    engine = openCliEngine(values, { write: values.repair });
  } catch (error) {
    if (values.repair && error instanceof LibraryFileError && error.damaged) return recoverUnopenable(io, values, json);
    throw error;
  }
  try {
    if (!values.repair) {
      const check = await engine.call('library:check', {});
      if (json) io.stdout(JSON.stringify(check) + '\n');
      else {
        printCheck(io, check);
        if (check.problems.some((p) => p.derived))
          io.stdout('Run `crosscheck doctor --repair` to rebuild what is derived from the articles.\n');
      }
      return check.ok ? ExitCode.ok : ExitCode.partial;
    }
    const repair = await engine.call('library:repair', {});
    if (repair.recovery) {
      const { tables, somethingLost } = repair.recovery;
      engine.close();
      // The recovered copy waits beside the library: put it in place now, keeping the damaged file.
      let damagedKeptAt: string | undefined;
      try {
        damagedKeptAt = runPendingRecovery(engine.library.file);
      } catch (error) {
        if (!(error instanceof LibraryInUseError)) throw error;
        throw new CliFailure('busy', `What could be read waits beside the damaged library: ${error.message}`);
      }
      if (damagedKeptAt === undefined) throw new Error('The recovered library was not found beside the damaged one; run `crosscheck doctor --repair` again.');
      return await reportRecovery(io, values, { tables, somethingLost, damagedKeptAt }, json);
    }
    if (json) io.stdout(JSON.stringify(repair) + '\n');
    else {
      printCheck(io, repair.before);
      io.stdout(repair.rebuilt.length > 0 ? `Rebuilt: ${repair.rebuilt.join(', ')}.\n` : 'Nothing to rebuild.\n');
      if (repair.rebuilt.length > 0) {
        io.stdout('After the repair:\n');
        printCheck(io, repair.after);
      }
    }
    return repair.after.ok ? ExitCode.ok : ExitCode.partial;
  } finally {
    engine.close();
  }
};

/** Recovers a library SQLite cannot open at all, then reports as for any recovery. */
async function recoverUnopenable(io: CliIo, values: { db?: string | boolean | undefined }, json: boolean): Promise<number> {
  let recovery: Recovery;
  try {
    recovery = await recoverLibrary(libraryFileFrom(values));
  } catch (error) {
    if (!(error instanceof RecoveryFailedError || error instanceof LibraryInUseError)) throw error;
    throw new CliFailure(error instanceof LibraryInUseError ? 'busy' : 'failed', error.message);
  }
  return reportRecovery(io, values, recovery, json);
}

/** Says what was recovered, what was lost and where the damaged file is, then checks the new library. */
async function reportRecovery(io: CliIo, values: { db?: string | boolean | undefined }, recovery: Recovery, json: boolean): Promise<number> {
  const engine = openCliEngine(values);
  let after: LibraryCheck;
  try {
    after = await engine.call('library:check', {});
  } finally {
    engine.close();
  }
  if (json) {
    io.stdout(JSON.stringify({ recovery: { file: engine.library.file, ...recovery }, after }) + '\n');
  } else {
    io.stdout(
      `The library file was damaged. What SQLite could read is now in a new library in its place; the damaged file is kept at ${recovery.damagedKeptAt}.\n`
    );
    for (const t of recovery.tables) {
      if (t.unreadable) io.stdout(`  ${t.table}: lost (${t.unreadable})\n`);
      else if (t.recovered > 0 || t.lost.length > 0)
        io.stdout(`  ${t.table}: ${t.recovered} recovered${t.lost.length > 0 ? `; lost: ${t.lost.map(describeLostRows).join(', ')}` : ''}\n`);
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
}

function printCheck(io: CliIo, check: LibraryCheck): void {
  const { articles, indexed, inStories, annotations } = check.counts;
  io.stdout(
    `${articles} articles, ${indexed} in the full-text index, ${inStories} in stories, ${annotations} annotation${annotations === 1 ? '' : 's'}.\n`
  );
  if (check.ok) io.stdout('No problems found.\n');
  for (const p of check.problems) io.stdout(`Problem (${p.kind}): ${p.message}\n`);
  // Not a problem (the exit code stays): `import --no-group` leaves articles so on purpose.
  const waiting = articles - inStories;
  if (waiting > 0)
    io.stdout(
      `Note: ${waiting} article${waiting === 1 ? ' waits' : 's wait'} to be grouped into stories: the next import or start of the app groups them, or run \`crosscheck stories\`.\n`
    );
}
