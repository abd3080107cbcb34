import type { ImportProblem } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatCount, splitPath } from '../../lib/format';
import { PROBLEM_KIND_TEXT, groupProblems } from './groupProblems';
import { ltrInRtl } from './ltrInRtl';

/** Rows drawn per kind; a 50,000-file import with every file skipped must not freeze the dialog. */
const MAX_ROWS_PER_KIND = 400;

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: readonly ImportProblem[];
  /** Opens the library's copy of a duplicate. */
  onOpenArticle: (id: number) => void;
}

/** The files an import could not take as they were, grouped by what happened to them. */
export function ProblemList({ problems, onOpenArticle }: ProblemListProps) {
  return (
    <div className="problems">
      {groupProblems(problems).map((group) => {
        const text = PROBLEM_KIND_TEXT[group.key];
        const hidden = group.problems.length - MAX_ROWS_PER_KIND;
        return (
          <section
            key={group.key}
            className={`problems__group problems__group--${group.key}`}
            aria-label={text.title}
            data-testid="import-problem-group"
            data-group={group.key}
          >
            <h3 className="problems__heading">
              <span>{text.title}</span>
              <span className="problems__count">{formatCount(group.problems.length)}</span>
              <span className="problems__explanation">{text.explanation}</span>
            </h3>
            <ul className="problems__list">
              {group.problems.slice(0, MAX_ROWS_PER_KIND).map((problem, index) => (
                <ProblemRow key={`${problem.path}|${problem.code}|${index}`} problem={problem} onOpenArticle={onOpenArticle} />
              ))}
            </ul>
            {hidden > 0 ? (
              <p className="problems__more">
                and {formatCount(hidden)} more; the command line's <code>crosscheck import --json</code> lists them all.
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function ProblemRow({ problem, onOpenArticle }: { problem: ImportProblem; onOpenArticle: (id: number) => void }) {
  const { dir, name } = splitPath(problem.path);
  const articleId = problem.articleId;
  return (
    <li className="problem" data-testid="import-problem" data-kind={problem.kind} data-code={problem.code}>
      <Icon
        name={problem.kind === 'failed' || problem.kind === 'warning' ? 'alert' : 'file'}
        size={14}
        className="problem__icon"
      />
      <div className="problem__main">
        <div className="problem__path" title={problem.path}>
          <span className="problem__name">{name || problem.path}</span>
          {dir ? <span className="problem__dir">{ltrInRtl(dir)}</span> : null}
        </div>
        <div className="problem__message">{problem.message}</div>
      </div>
      <span className="problem__code">{problem.code}</span>
      {articleId !== null ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onOpenArticle(articleId)}
          aria-label={`Open the library's copy of ${name}`}
        >
          Open
        </Button>
      ) : null}
    </li>
  );
}
