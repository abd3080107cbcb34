import type { ImportProblem } from '../contract/schemas';
import { STILL_UNREADABLE } from './stillUnreadable';

/**
 * A section of an import report. `updated`: a changed file's article updated in place (what it did
 * to highlights is in its line); `as-before`: duplicates, warnings and skips an earlier import said
 * of the same unchanged file (`asBefore`); `still-unreadable`: failures met again as they were.
 */
export type ReportSectionKey =
  | 'updated'
  | 'failed'
  | 'warning'
  | 'near-duplicate'
  | 'duplicate'
  | 'skipped'
  | 'as-before'
  | typeof STILL_UNREADABLE
  | 'unchanged';

/**
 * What needs the user first (review 15, finding 10: a highlight that now read differently sat
 * below a skipped .jpg and 11 duplicates already reported, and 269 unchanged files were listed):
 * changed articles (their highlights), failures and new warnings, then this import's other news,
 * then what is as it was.
 */
const ORDER: readonly ReportSectionKey[] = [
  'updated',
  'failed',
  'warning',
  'near-duplicate',
  'duplicate',
  'skipped',
  'as-before',
  STILL_UNREADABLE,
  'unchanged'
];

/** Sections that say nothing new: shown as a count, their lines on demand (the CLI's `--verbose`). */
const AS_IT_WAS: ReadonlySet<ReportSectionKey> = new Set(['as-before', STILL_UNREADABLE, 'unchanged']);

/** One section's lines, in file order. */
export interface ReportSection {
  readonly key: ReportSectionKey;
  readonly problems: readonly ImportProblem[];
  /** Nothing new in it: folded to its count until asked for. */
  readonly folded: boolean;
}

/** The section a report line belongs to. */
export function sectionOf(p: ImportProblem): ReportSectionKey {
  if (p.kind === 'warning' && p.code === 'updated') return 'updated';
  if (p.code === STILL_UNREADABLE) return STILL_UNREADABLE;
  if (p.asBefore === true) return 'as-before';
  return p.kind;
}

/**
 * A report's lines by section, what needs attention first, empty sections left out, file order
 * kept within a section. The app's report and the CLI's summary both show them in this order.
 *
 * @example reportSections([dup, updated]).map((s) => s.key) // ['updated', 'duplicate']
 */
export function reportSections(problems: readonly ImportProblem[]): ReportSection[] {
  const by = new Map<ReportSectionKey, ImportProblem[]>();
  for (const p of problems) {
    const key = sectionOf(p);
    const list = by.get(key);
    if (list) list.push(p);
    else by.set(key, [p]);
  }
  return ORDER.filter((key) => by.has(key)).map((key) => ({ key, problems: by.get(key)!, folded: AS_IT_WAS.has(key) }));
}

/**
 * How many lines of each kind a section holds, as words: `11 duplicates, 2 warnings, 1 skipped`.
 * For the one line that stands for an `as-before` section.
 */
export function kindsCounted(problems: readonly ImportProblem[]): string {
  const words: Record<ImportProblem['kind'], [string, string]> = {
    duplicate: ['duplicate', 'duplicates'],
    warning: ['warning', 'warnings'],
    skipped: ['skipped', 'skipped'],
    failed: ['failed', 'failed'],
    'near-duplicate': ['near-duplicate', 'near-duplicates'],
    unchanged: ['unchanged', 'unchanged']
  };
  const counts = new Map<ImportProblem['kind'], number>();
  for (const p of problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return (Object.keys(words) as Array<ImportProblem['kind']>)
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const n = counts.get(kind)!;
      return `${n} ${words[kind][n === 1 ? 0 : 1]}`;
    })
    .join(', ');
}
