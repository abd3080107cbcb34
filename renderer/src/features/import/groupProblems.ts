import type { ImportProblem } from '@shared/contract/schemas';
import { STILL_UNREADABLE } from '@shared/import/stillUnreadable';

/**
 * The report's groups: one per kind, and the files skipped as still unreadable apart from the other
 * skipped ones, after the warnings: failures met again as they were are not news (review 14, finding 8).
 */
export type ProblemGroupKey = ImportProblem['kind'] | typeof STILL_UNREADABLE;

const GROUP_ORDER: readonly ProblemGroupKey[] = [
  'failed',
  'skipped',
  'duplicate',
  'near-duplicate',
  'warning',
  STILL_UNREADABLE,
  'unchanged'
];

/** A heading and a one-line explanation per group. */
export const PROBLEM_KIND_TEXT: Record<ProblemGroupKey, { title: string; explanation: string }> = {
  failed: { title: 'Failed', explanation: 'Could not be read, or held no article text.' },
  skipped: { title: 'Skipped', explanation: 'Not article files, or in a format Crosscheck does not read.' },
  duplicate: {
    title: 'Duplicates',
    explanation:
      'The same text as an article from another file, or twice in this import. Not imported again; what a copy says that the article lacked (outlet, date, URL…) is filled in.'
  },
  'near-duplicate': {
    title: 'Near-duplicates',
    explanation: 'Imported and linked to the article they lightly edit: same story, a few changes.'
  },
  warning: { title: 'Imported with warnings', explanation: 'Imported, but check these.' },
  [STILL_UNREADABLE]: {
    title: 'Still unreadable',
    explanation: 'Failed at the last import and not changed since: not read again. Change or replace the file to try again.'
  },
  unchanged: { title: 'Unchanged', explanation: 'Imported before from the same file and not changed since. Nothing to do.' }
};

/** One group's problems. */
export interface ProblemGroup {
  readonly key: ProblemGroupKey;
  readonly problems: readonly ImportProblem[];
}

function groupOf(p: ImportProblem): ProblemGroupKey {
  return p.code === STILL_UNREADABLE ? STILL_UNREADABLE : p.kind;
}

/** The problems of a report by group, worst first, empty groups left out, file order kept within a group. */
export function groupProblems(problems: readonly ImportProblem[]): ProblemGroup[] {
  return GROUP_ORDER.map((key) => ({ key, problems: problems.filter((p) => groupOf(p) === key) })).filter(
    (g) => g.problems.length > 0
  );
}
