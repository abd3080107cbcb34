import type { ImportReport } from '../../../../shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { formatCount, formatMoment, plural } from '../../lib/format';
import { ProblemList } from './ProblemList';
import './import.css';

/** Props of {@link ImportReportDialog}. */
export interface ImportReportDialogProps {
  open: boolean;
  report: ImportReport | null;
  onClose: () => void;
  onOpenArticle: (id: number) => void;
}

const STATUS_TITLE: Record<ImportReport['status'], string> = {
  done: 'Import finished',
  running: 'Import in progress',
  cancelled: 'Import cancelled',
  failed: 'Import failed'
};

/**
 * What an import did: how many files became articles, and every file that did not, with why.
 * It stays reachable afterwards ("Last import"), because a researcher must be able to say what
 * is and is not in the corpus.
 */
export function ImportReportDialog({ open, report, onClose, onOpenArticle }: ImportReportDialogProps) {
  if (!report) return null;
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
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      <div className="import-report__stats" role="list" aria-label="Summary">
        <Stat label="Imported" value={report.imported} tone="good" />
        <Stat label="Duplicates" value={report.duplicates} tone="neutral" />
        <Stat label="Skipped" value={report.skipped} tone="neutral" />
        <Stat label="Failed" value={report.failed} tone="bad" />
      </div>
      {report.problems.length > 0 ? (
        <ProblemList problems={report.problems} onOpenArticle={onOpenArticle} />
      ) : (
        <p className="import-report__clean">
          <Icon name="check" size={15} />
          Every file was imported cleanly.
        </p>
      )}
    </Dialog>
  );
}

function Stat({ label, value, tone }: { label: string; value: number; tone: 'good' | 'neutral' | 'bad' }) {
  return (
    <div className={`stat stat--${tone}${value === 0 ? ' is-zero' : ''}`} role="listitem" data-stat={label.toLowerCase()}>
      <span className="stat__value">{formatCount(value)}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}
