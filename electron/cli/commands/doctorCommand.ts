import { openLibrary } from '../../library/library';
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
  const library = openLibrary(libraryFileFrom(values), { write: values.repair });
  try {
    if (values.repair) {
      const repair = await repairLibrary(library.db);
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

function printCheck(io: CliIo, check: LibraryCheck): void {
  const { articles, indexed, inStories, annotations } = check.counts;
  io.stdout(`${articles} articles, ${indexed} in the full-text index, ${inStories} in stories, ${annotations} annotations.\n`);
  if (check.ok) io.stdout('No problems found.\n');
  for (const p of check.problems) io.stdout(`Problem (${p.kind}): ${p.message}\n`);
}
