/** A stretch of rows a recovery could not read, by rowid (`null`: from the start / to the end). */
export interface LostStretch {
  readonly after: number | null;
  readonly before: number | null;
}

/**
 * A stretch of lost rows in words, the same in `crosscheck doctor --repair` and Settings → Library.
 *
 * @example describeLostRows({ after: 142, before: 150 }) // 'the rows between id 142 and id 150'
 */
export function describeLostRows(s: LostStretch): string {
  if (s.after === null && s.before === null) return 'rows that could not be read';
  if (s.after === null) return `the rows before id ${s.before}`;
  if (s.before === null) return `the rows after id ${s.after}`;
  return `the rows between id ${s.after} and id ${s.before}`;
}
