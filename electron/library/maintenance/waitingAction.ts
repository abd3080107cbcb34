import fs from 'node:fs';
import type { LibraryInfo } from '@shared/contract/schemas';
import { describeHolder, otherHolders } from '../db/libraryHolders';
import { pendingRecoveryFile } from './pendingRecovery';
import { pendingRestoreFile } from './restoreLibrary';

/** A restore or recovery the user asked for that has not happened yet because another process holds the library. */
export type WaitingAction = NonNullable<LibraryInfo['waiting']>;

/**
 * The restore or recovery asked for in the app that waits for a start with no one else on the
 * library (docs/reliability.md, "Another process has the library open"), or undefined when none
 * waits. It waits while its request is still beside the library and either another live process
 * has the library open now, or one had it when this process started (`waitedAtStart`): that start
 * left the file in place, so only the next one can carry it out. NB: read from the disk at each
 * call, so a request cancelled, or carried out by another process's start, is no longer shown.
 */
export function waitingAction(libraryFile: string, waitedAtStart: boolean): WaitingAction | undefined {
  if (libraryFile === ':memory:') return undefined;
  const request = [
    { kind: 'recovery' as const, file: pendingRecoveryFile(libraryFile) },
    { kind: 'restore' as const, file: pendingRestoreFile(libraryFile) }
  ]
    .map((r) => ({ ...r, stat: fs.statSync(r.file, { throwIfNoEntry: false }) }))
    .find((r) => r.stat !== undefined);
  if (!request?.stat) return undefined;
  const [other] = otherHolders(libraryFile);
  if (!other && !waitedAtStart) return undefined;
  return {
    kind: request.kind,
    since: request.stat.mtime.toISOString(),
    blockedBy: other
      ? `${describeHolder(other)} has this library open.`
      : 'Another Crosscheck had this library open when this one started; it has closed since.'
  };
}

/** `library:info`'s `waiting` field for an open library: present only when something waits. */
export function waitingField(library: { readonly file: string; readonly waitedAtStart?: boolean }): { waiting?: WaitingAction } {
  const waiting = waitingAction(library.file, library.waitedAtStart === true);
  return waiting ? { waiting } : {};
}
