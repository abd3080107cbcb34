import { BACKUPS_KEPT_MAX } from '@shared/contract/channels';
import { parseCommandArgs } from '../args';
import { checkInput, openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand } from '../io';

/**
 * `crosscheck backup [--list] [--keep N]`: takes a verified backup of the library into the
 * `backups` folder beside it (docs/reliability.md), or lists the backups: `library:backup` and
 * `library:backups`, as Settings → Library does. `--keep N` changes how many are kept from now on
 * (`library:keepBackups`, the app's setting).
 */
export const runBackup: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, { list: { type: 'boolean', default: false }, keep: { type: 'string' } });
  const keep = values.keep === undefined ? undefined : { keep: Number(values.keep) };
  if (keep) checkInput('library:keepBackups', keep, { keep: () => `--keep takes a whole number from 1 to ${BACKUPS_KEPT_MAX}` });
  const engine = openCliEngine(values, { write: !values.list || keep !== undefined });
  try {
    if (keep) await engine.call('library:keepBackups', keep);
    if (!values.list) {
      const made = await engine.call('library:backup', {});
      const { keep: kept } = await engine.call('library:backups', {});
      io.stdout(values.json ? JSON.stringify(made) + '\n' : `${made.file}\n`);
      io.stderr(`Backed up and checked; keeping the newest ${kept} backups.\n`);
      return ExitCode.ok;
    }
    const { backups } = await engine.call('library:backups', {});
    if (values.json) io.stdout(JSON.stringify(backups) + '\n');
    else
      for (const b of backups)
        io.stdout(
          `${b.createdAt}  ${b.reason.padEnd(24)} ${b.file}${b.olderName ? '  (older backup: may belong to another library in this folder)' : ''}\n`
        );
    io.stderr(`${backups.length} backup${backups.length === 1 ? '' : 's'}\n`);
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};
