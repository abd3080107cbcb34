import { useState } from 'react';
import type { ChannelOutput } from '@shared/contract/channels';
import { describeLostRows } from '@shared/maintenance/lostRows';
import { Button } from '../../../components/Button';
import { useToast } from '../../../components/useToast';
import { call } from '../../../lib/api';
import { formatMoment } from '../../../lib/format';
import { useInvalidate, useQuery } from '../../../lib/query/useQuery';
import { useLibraryInfo } from '../../library/useLibraryInfo';
import { MiddleEllipsis } from '../../../components/MiddleEllipsis';
import { LibrarySwitcher } from '../../libraries/LibrarySwitcher';

type Check = ChannelOutput<'library:check'>;
type Backup = ChannelOutput<'library:backups'>['backups'][number];
type Recovery = NonNullable<ChannelOutput<'library:repair'>['recovery']>;

/**
 * Settings → Library (docs/reliability.md): check the library and repair what is derived
 * (`library:check`, `library:repair`), back it up now (`library:backup`), and restore a backup at
 * the next start (`library:restore`), after saying what happens to the current library. In the
 * desktop app, Back up to… writes a checked copy where its Save dialog says (`library:backupTo`). A restore
 * or recovery that waits because another Crosscheck has the library open (`library:info`'s
 * `waiting`) says so, and a waiting restore can be cancelled (`library:cancelRestore`). A library
 * open read-only says why, and its writing buttons are off. Switch library… opens another
 * library (desktop only: LibrarySwitcher).
 */
export function LibrarySettings() {
  const toast = useToast();
  const invalidate = useInvalidate();
  const info = useLibraryInfo();
  const backups = useQuery('library:backups', {}).value;
  const [check, setCheck] = useState<Check | null>(null);
  const [busy, setBusy] = useState<'check' | 'repair' | 'backup' | 'backupTo' | 'restore' | 'cancel' | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [restorePending, setRestorePending] = useState<Backup | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const readOnly = info?.readOnly;
  // Only the desktop app has a Save dialog to ask where a copy goes (`library:backupTo`).
  const desktop = info?.mode === 'desktop';

  const run = async (what: NonNullable<typeof busy>, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (error) {
      toast.showError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="settings__library" aria-labelledby="settings-library" data-testid="library-settings">
      <h3 className="settings__section" id="settings-library">
        Library
      </h3>
      {info ? (
        // Where the articles and notes are, so a user can find, copy or back the file up themselves.
        <p className="settings__note settings__path" data-testid="library-path">
          Kept in <MiddleEllipsis text={info.path} className="settings__path-file" />
        </p>
      ) : null}
      <LibrarySwitcher />
      {readOnly ? (
        <p className="settings__note" data-testid="library-read-only">
          {readOnly}, so it is open read-only: checking works{desktop ? ', and Back up to… copies it to another folder' : ''};
          repairing, backing up beside it and restoring do not.
        </p>
      ) : null}
      <div className="settings__actions">
        <Button
          busy={busy === 'check'}
          onClick={() => void run('check', async () => setCheck(await call('library:check', {})))}
          data-testid="library-check"
        >
          Check library
        </Button>
        <Button
          busy={busy === 'backup'}
          disabled={readOnly !== undefined}
          onClick={() =>
            void run('backup', async () => {
              const made = await call('library:backup', {});
              toast.showMessage(`Backed up and checked: ${made.file}`);
              invalidate(['backups']);
            })
          }
          data-testid="library-backup"
        >
          Back up now
        </Button>
        {desktop ? (
          // A copy elsewhere (another disk, a shared folder) reads the library: it works on a read-only one too.
          <Button
            busy={busy === 'backupTo'}
            onClick={() =>
              void run('backupTo', async () => {
                const copy = await call('library:backupTo', {});
                if (copy) toast.showMessage(`Backed up and checked: ${copy.path} (${copy.articles} articles)`);
              })
            }
            data-testid="library-backup-to"
          >
            Back up to…
          </Button>
        ) : null}
      </div>
      {check ? (
        <div className="settings__note" role="status" data-testid="library-check-result">
          <p>
            {check.counts.articles} articles, {check.counts.indexed} in the full-text index, {check.counts.inStories} in stories,{' '}
            {check.counts.annotations} annotations. {check.ok ? 'No problems found.' : ''}
          </p>
          {check.problems.length > 0 ? (
            <ul>
              {check.problems.map((p) => (
                <li key={p.kind}>{p.message}</li>
              ))}
            </ul>
          ) : null}
          {check.problems.some((p) => p.derived || p.kind === 'damage') && readOnly === undefined && !recovery ? (
            <Button
              size="sm"
              busy={busy === 'repair'}
              onClick={() =>
                void run('repair', async () => {
                  const repair = await call('library:repair', {});
                  setCheck(repair.after);
                  if (repair.recovery) setRecovery(repair.recovery);
                  else
                    toast.showMessage(
                      repair.rebuilt.length > 0 ? `Rebuilt: ${repair.rebuilt.join(', ')}.` : 'Nothing to rebuild.'
                    );
                })
              }
              data-testid="library-repair"
            >
              {check.problems.some((p) => p.kind === 'damage') ? 'Recover what can be read' : 'Repair'}
            </Button>
          ) : null}
          {recovery ? <RecoveryReport recovery={recovery} /> : null}
        </div>
      ) : null}
      <h4 className="settings__subsection">Backups{backups ? ` (the newest ${backups.keep} are kept)` : ''}</h4>
      {info?.waiting ? (
        <div className="settings__note" role="status" data-testid="library-waiting">
          <p>
            The {info.waiting.kind === 'restore' ? 'restore' : 'recovery'} you asked for on {formatMoment(info.waiting.since)} has
            not happened yet: {info.waiting.blockedBy} Close the other Crosscheck, then quit and start this one again: it happens
            at a start with no other Crosscheck on the library.
          </p>
          {info.waiting.kind === 'restore' && readOnly === undefined ? (
            <Button
              size="sm"
              busy={busy === 'cancel'}
              onClick={() =>
                void run('cancel', async () => {
                  await call('library:cancelRestore', {});
                  setRestorePending(null);
                  toast.showMessage('Restore cancelled: the library stays as it is.');
                  invalidate(['articles']);
                })
              }
              data-testid="library-cancel-restore"
            >
              Cancel restore
            </Button>
          ) : null}
        </div>
      ) : null}
      {restorePending ? (
        <p className="settings__note" role="status" data-testid="library-restore-pending">
          The backup of {when(restorePending)} will replace the library when Crosscheck next starts. The current library will be
          kept beside it. Quit and start Crosscheck again to finish.
        </p>
      ) : null}
      {backups && backups.backups.length === 0 ? <p className="settings__hint-plain">No backups yet.</p> : null}
      <ul className="settings__backups" data-testid="library-backups">
        {backups?.backups.map((b) => (
          <li key={b.file}>
            <span>
              {when(b)} · {reasonLabel(b.reason)} · {(b.bytes / 1048576).toFixed(1)} MB
              {b.olderName ? ' · older backup (may belong to another library in this folder)' : ''}
            </span>
            <Button
              size="sm"
              disabled={readOnly !== undefined || busy !== null}
              onClick={() => setConfirming(b)}
              data-testid="library-restore"
            >
              Restore…
            </Button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <div
          className="settings__confirm"
          role="alertdialog"
          aria-labelledby="restore-confirm-text"
          data-testid="library-restore-confirm"
        >
          <p id="restore-confirm-text">
            Restore the backup of {when(confirming)}? When Crosscheck next starts, this backup replaces the library. The current
            library is not deleted: it is kept beside it (as <code>…before-restore-…sqlite</code>), so you can go back to it.
          </p>
          <div className="settings__actions">
            <Button onClick={() => setConfirming(null)}>Cancel</Button>
            <Button
              variant="primary"
              busy={busy === 'restore'}
              onClick={() =>
                void run('restore', async () => {
                  await call('library:restore', { file: confirming.file });
                  setRestorePending(confirming);
                  setConfirming(null);
                })
              }
              data-testid="library-restore-confirm-button"
            >
              Restore at next start
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** What a recovery of the damaged library read and lost, table by table, and what happens next. */
function RecoveryReport({ recovery }: { recovery: Recovery }) {
  const tables = recovery.tables.filter((t) => t.unreadable !== undefined || t.recovered > 0 || t.lost.length > 0);
  return (
    <div role="status" data-testid="library-recovery">
      <p>
        What could be read is in a new library, which takes this one’s place when Crosscheck next starts; the damaged file is kept
        beside it (as <code>…damaged-…sqlite</code>). Quit and start Crosscheck again now: changes made before then are not in the
        new library.
      </p>
      <ul>
        {tables.map((t) => (
          <li key={t.table}>
            {t.unreadable
              ? `${t.table}: lost (${t.unreadable})`
              : `${t.table}: ${t.recovered} recovered${t.lost.length > 0 ? `; lost: ${t.lost.map(describeLostRows).join(', ')}` : ''}`}
          </li>
        ))}
      </ul>
      <p>
        {recovery.somethingLost
          ? 'Some rows could not be read (listed above). One of the backups below may still hold them.'
          : 'Nothing was lost.'}
      </p>
    </div>
  );
}

/** When a backup was made, as the window writes every moment (lib/format). */
function when(b: Backup): string {
  return formatMoment(b.createdAt);
}

function reasonLabel(reason: string): string {
  if (reason === 'manual') return 'by hand';
  if (reason === 'daily') return 'daily';
  if (reason.startsWith('before-migration')) return 'before an update';
  return reason;
}
