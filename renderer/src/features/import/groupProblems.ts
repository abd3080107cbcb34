import type { ImportProblem } from '@shared/contract/schemas';

/** The kinds of import problem, worst first: the order the report lists them in. */
export const PROBLEM_KINDS = ['failed', 'skipped', 'duplicate', 'near-duplicate', 'warning', 'unchanged'] as const satisfies readonly ImportProblem['kind'][];

/** A heading and a one-line explanation per kind. */
export const PROBLEM_KIND_TEXT: Record<ImportProblem['kind'], { title: string; explanation: string }> = {
  failed: { title: 'Failed', explanation: 'Could not be read, or held no article text.' },
  skipped: { title: 'Skipped', explanation: 'Not article files, or in a format Crosscheck does not read.' },
  duplicate: { title: 'Duplicates', explanation: 'The same text as an article from another file, or twice in this import. Not imported again.' },
  'near-duplicate': { title: 'Near-duplicates', explanation: 'Imported and linked to the article they lightly edit: same story, a few changes.' },
  warning: { title: 'Imported with warnings', explanation: 'Imported, but check these.' },
  unchanged: { title: 'Unchanged', explanation: 'Imported before from the same file and not changed since. Nothing to do.' }
};

/** One kind's problems. */
export interface ProblemGroup {
  readonly kind: ImportProblem['kind'];
  readonly problems: readonly ImportProblem[];
}

/** The problems of a report by kind, worst kind first, empty kinds left out, file order kept within a kind. */
export function groupProblems(problems: readonly ImportProblem[]): ProblemGroup[] {
  return PROBLEM_KINDS.map((kind) => ({ kind, problems: problems.filter((p) => p.kind === kind) })).filter((g) => g.problems.length > 0);
}
