import { diskFullReason, isDiskFull } from './db/readOnly';

/**
 * The line a pass run in the background at open (older articles' languages detected, their wire
 * credits read again) prints when it fails. Each pass is tried again at the next open, so a full
 * disk is said as the commands say it, with the remedy, never in SQLite's words ("database or disk
 * is full", review 16 #5).
 *
 * @param pass what waits, as the end of a sentence: `reading older articles’ wire credits again`.
 */
export function backgroundPassFailure(file: string, pass: string, error: unknown): string {
  if (isDiskFull(error)) return `${diskFullReason(file)}: ${pass} waits until there is room. Free some space on it; the next start tries again.`;
  return error instanceof Error ? error.message : String(error);
}

/** {@link backgroundPassFailure}'s words for the wire-credit pass (rederiveCredits.ts). */
export const CREDITS_PASS = 'reading older articles’ wire credits again';
