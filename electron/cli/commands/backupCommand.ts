import { BACKUPS_KEPT_MAX } from '@shared/contract/channels';
import { UsageError, parseCommandArgs } from '../args';
import { type CliEngine, checkInput, openCliEngine } from '../cliEngine';
import { ExitCode, type CliCommand, type CliIo } from '../io';

/**
 * `crosscheck backup [--out FILE|FOLDER [--force]] [--list] [--keep N]`: takes a verified backup of
 * the library into the `backups` folder beside it (docs/reliability.md), or, with `--out`, to a
 * file or folder of the user's (`library:backupTo`: a library open read-only is backed up too), or
 * lists the backups: `library:backup` and `library:backups`, as Settings → Library does. `--keep N`
 * changes how many are kept from now on (`library:keepBackups`, the app's setting).
 */
export const runBackup: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, {
    list: { type: 'boolean', default: false },
    keep: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false }
  });
  const keep = values.keep === undefined ? undefined : { keep: Number(values.keep) };
  if (keep) checkInput('library:keepBackups', keep, { keep: () => `--keep takes a whole number from 1 to ${BACKUPS_KEPT_MAX}` });
  if (values.out !== undefined && values.list)
    throw new UsageError('--out takes a backup, --list lists them: give one of the two');
  if (values.force && values.out === undefined) throw new UsageError('--force replaces an existing --out file: give --out too');
  if (values.out === '') throw new UsageError('--out is empty: give a file or a folder to back up to');
  // NB: only --keep writes the library. A backup only reads it: a library open read-only (a read-only
  // disk, a full one) is copied with --out, and without it `library:backup` says why it keeps no
  // backups beside it and names --out (readOnlyHandlers.ts), rather than the refusal of any write.
  const engine = openCliEngine(values, { write: keep !== undefined });
  try {
    if (keep) await engine.call('library:keepBackups', keep);
    if (values.out !== undefined) return await backupTo(engine, values.out, values.force, values.json === true, io);
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

/** `--out`: the copy's path on stdout (`{path, bytes, articles, verified}` with --json), what was checked on stderr. */
async function backupTo(engine: CliEngine, out: string, force: boolean, json: boolean, io: CliIo): Promise<number> {
  const copy = await engine.call('library:backupTo', { out, force });
  // NB: only the Save dialog answers null (cancelled), and the command line names the place itself.
  if (copy === null) throw new Error('The backup was not written.');
  io.stdout(json ? JSON.stringify(copy) + '\n' : `${copy.path}\n`);
  io.stderr(
    `Backed up and checked (integrity_check ok): ${copy.articles.toLocaleString('en')} article${copy.articles === 1 ? '' : 's'}, ${copy.bytes.toLocaleString('en')} bytes.\n`
  );
  return ExitCode.ok;
}
