import type { ImportReport } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { addedToLibrary, articlesWritten, outcomesCounted } from '@shared/import/counts';
import { formatCount, formatMoment, plural } from '../../lib/format';
import { type CountTone, countItems } from './outcomeCounts';
import { ProblemList } from './ProblemList';
import type { StoppedAt } from './useImportFlow';
import './import.css';

/** Props of {@link ImportReportDialog}. */
export interface ImportReportDialogProps {
  open: boolean;
  report: ImportReport | null;
  /** Where this session's last import was cancelled; used when it is the report shown. */
  stoppedAt?: StoppedAt | null;
  onClose: () => void;
  onOpenArticle: (id: number) => void;
  /** "Show these articles": the library list shows only the articles this import wrote. */
  onShowArticles?: () => void;
}

const STATUS_TITLE: Record<ImportReport['status'], string> = {
  done: 'Import finished',
  running: 'Import in progress',
  cancelled: 'Import cancelled',
  failed: 'Import failed',
  interrupted: 'Import interrupted'
};

/**
 * What an import did: how many files became articles, and every file that did not, with why.
 * It stays reachable afterwards ("Last import"), because a researcher must be able to say what
 * is and is not in the corpus.
 */
export function ImportReportDialog({ open, report, stoppedAt = null, onClose, onOpenArticle, onShowArticles }: ImportReportDialogProps) {
  if (!report) return null;
  // New, near-duplicates and updated: the articles a researcher goes on to read.
  const written = articlesWritten(report);
  const stopped = stoppedAt?.runId === report.runId ? stoppedAt : null;
  const onePath = report.paths.length === 1 ? report.paths[0] : undefined;
  return (
    <Dialog
      open={open}
      title={STATUS_TITLE[report.status]}
      subtitle={
        <>
          {formatMoment(report.startedAt)}
          {onePath ? (
            <>
              {' · from '}
              <span className="import-report__source">{onePath}</span>
            </>
          ) : report.paths.length > 1 ? (
            <span title={report.paths.join('\n')}>{` · from ${plural(report.paths.length, 'location')}`}</span>
          ) : null}
        </>
      }
      onClose={onClose}
      width={680}
      testId="import-report"
      footer={
        <>
          {onShowArticles && written > 0 ? (
            <Button onClick={onShowArticles} data-testid="import-report-show">
              {written === 1 ? 'Show this article' : `Show these ${formatCount(written)} articles`}
            </Button>
          ) : null}
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </>
      }
    >
      <StatusNote report={report} stopped={stopped} />
      <div className="import-report__stats" role="list" aria-label="Summary">
        {countItems(report).map((item) => (
          <Stat key={item.key} label={item.label} value={item.value} tone={item.tone} />
        ))}
      </div>
      {report.problems.length > 0 ? (
        <ProblemList problems={report.problems} onOpenArticle={onOpenArticle} />
      ) : (
        <p className="import-report__clean">
          <Icon name="check" size={15} />
          {report.status === 'done' ? 'Every file was imported cleanly.' : 'Every file read before it stopped was imported cleanly.'}
        </p>
      )}
    </Dialog>
  );
}

function Stat({ label, value, tone }: { label: string; value: number; tone: CountTone }) {
  return (
    <div className={`stat stat--${tone}${value === 0 ? ' is-zero' : ''}`} role="listitem" data-stat={label.toLowerCase()}>
      <span className="stat__value">{formatCount(value)}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}

/** Why an import that did not finish stopped, and what that means for the library. */
function StatusNote({ report, stopped }: { report: ImportReport; stopped: StoppedAt | null }) {
  if (report.status === 'done') return null;
  const added = addedToLibrary(report);
  const kept =
    added > 0
      ? `The ${plural(added, 'article')} added before that ${added === 1 ? 'is' : 'are'} in the library.`
      : 'Nothing was added to the library.';
  const cancelled = stopped
    ? `Cancelled after ${formatCount(filesRead(report, stopped))} of ${plural(stopped.total, 'file')}.`
    : 'Cancelled before every file was read.';
  const text: Record<Exclude<ImportReport['status'], 'done'>, string> = {
    cancelled: `${cancelled} ${kept} To add the rest, import the same folder again: files already in the library are recognised as unchanged.`,
    failed: `The import stopped because of an error. ${kept}`,
    running: 'Still running: these are the numbers so far.',
    interrupted: `Crosscheck stopped before this import finished (it was closed, killed or crashed). ${kept} To add the rest, import the same folder again: files already in the library are recognised as unchanged.`
  };
  return (
    <p
      className={`import-report__status import-report__status--${report.status}`}
      role="status"
      data-testid="import-report-status"
      data-status={report.status}
    >
      <Icon name={report.status === 'running' ? 'history' : 'alert'} size={15} />
      <span>{text[report.status]}</span>
    </p>
  );
}

/**
 * Files read before the cancel took effect. The last progress event can be up to 100 ms old, so
 * the report's own counts (one per file for most formats) may be further along.
 */
function filesRead(report: ImportReport, stopped: StoppedAt): number {
  return Math.min(stopped.total, Math.max(stopped.done, outcomesCounted(report)));
}
