import { useState } from 'react';
import type { ImportProblem } from '@shared/contract/schemas';
import { type ReportSection, reportSections } from '@shared/import/reportSections';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatCount, splitPath } from '../../lib/format';
import { SECTION_TEXT } from './sectionText';
import { ltrInRtl } from './ltrInRtl';

/** Rows drawn per section; a 50,000-file import with every file skipped must not freeze the dialog. */
const MAX_ROWS_PER_KIND = 400;

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: readonly ImportProblem[];
  /** Opens the library's copy of a duplicate. */
  onOpenArticle: (id: number) => void;
}

/**
 * The files an import could not take as they were, or met again, by section: what needs attention
 * first; what is as it was (unchanged files, old duplicates and warnings, still unreadable files)
 * folded to its heading and count, its rows drawn only when opened.
 */
export function ProblemList({ problems, onOpenArticle }: ProblemListProps) {
  return (
    <div className="problems">
      {reportSections(problems).map((section) =>
        section.folded ? (
          <FoldedSection key={section.key} section={section} onOpenArticle={onOpenArticle} />
        ) : (
          <section
            key={section.key}
            className={`problems__group problems__group--${section.key}`}
            aria-label={SECTION_TEXT[section.key].title}
            data-testid="import-problem-group"
            data-group={section.key}
          >
            <h3 className="problems__heading">
              <Heading section={section} />
            </h3>
            <Rows problems={section.problems} onOpenArticle={onOpenArticle} />
          </section>
        )
      )}
    </div>
  );
}

function Heading({ section }: { section: ReportSection }) {
  const text = SECTION_TEXT[section.key];
  return (
    <>
      <span className="problems__title">{text.title}</span>
      <span className="problems__count">{formatCount(section.problems.length)}</span>
      <span className="problems__explanation">{text.explanation}</span>
    </>
  );
}

/** A section with nothing new in it: its heading is a disclosure, its rows drawn once it is opened. */
function FoldedSection({ section, onOpenArticle }: { section: ReportSection; onOpenArticle: (id: number) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={`problems__group problems__group--folded problems__group--${section.key}`}
      aria-label={SECTION_TEXT[section.key].title}
      data-testid="import-problem-group"
      data-group={section.key}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="problems__heading problems__summary">
        <Icon name="chevron-right" size={14} className="problems__chevron" />
        <Heading section={section} />
      </summary>
      {open ? <Rows problems={section.problems} onOpenArticle={onOpenArticle} /> : null}
    </details>
  );
}

function Rows({ problems, onOpenArticle }: { problems: readonly ImportProblem[]; onOpenArticle: (id: number) => void }) {
  const hidden = problems.length - MAX_ROWS_PER_KIND;
  return (
    <>
      <ul className="problems__list">
        {problems.slice(0, MAX_ROWS_PER_KIND).map((problem, index) => (
          <ProblemRow key={`${problem.path}|${problem.code}|${index}`} problem={problem} onOpenArticle={onOpenArticle} />
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="problems__more">
          and {formatCount(hidden)} more; the command line's <code>crosscheck import --json</code> lists them all.
        </p>
      ) : null}
    </>
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
