/**
 * The code of a file skipped because it failed at the last import and has not changed since
 * (failedBefore.ts). Counted as skipped, so it never makes an import's exit code non-zero by
 * itself; the CLI sums these up in one line, the app's report under their own heading.
 */
export const STILL_UNREADABLE = 'still-unreadable';

/** The report's reason for a file still unreadable: why it failed last time. */
export function stillUnreadableMessage(lastReason: string): string {
  return `Still unreadable, unchanged since the last import, so not read again. Last time: ${lastReason}`;
}
