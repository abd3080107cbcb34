import { Button } from '../../components/Button';
import { Kbd } from '../../components/Kbd';
import { ProgressBar } from '../../components/ProgressBar';
import { Switch } from '../../components/Switch';
import { formatCount, plural } from '../../lib/format';
import { ExportButton } from '../export/ExportButton';
import type { ExportRequest } from '../export/exportRequest';
import { CompareLegend } from './CompareLegend';
import { useElapsed } from './useElapsed';

/** Props of {@link CompareToolbar}. */
export interface CompareToolbarProps {
  /** What is compared (a story's name), or null for a hand-picked set. */
  title: string | null;
  count: number;
  /** How long the comparison took, once done. */
  milliseconds: number | null;
  busy: boolean;
  sync: boolean;
  onSyncChange: (sync: boolean) => void;
  inspectorOpen: boolean;
  onInspectorOpenChange: (open: boolean) => void;
  onClose: () => void;
  /** What Export… exports: this comparison. */
  exportRequest: ExportRequest;
}

const seconds = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The comparison's header: the way back, what is compared, the legend, and the view's switches. */
export function CompareToolbar(props: CompareToolbarProps) {
  const { title, count, milliseconds, busy, sync, onSyncChange, inspectorOpen, onInspectorOpenChange, onClose, exportRequest } =
    props;
  return (
    <header className="compare-toolbar">
      <Button
        variant="ghost"
        size="sm"
        icon="chevron-left"
        onClick={onClose}
        title="Back to the library (Esc)"
        data-testid="compare-close"
      >
        Library
      </Button>
      <div className="compare-toolbar__heading">
        <h2 className="compare-toolbar__title" title={title ?? undefined}>
          {title ?? `${plural(count, 'article')} side by side`}
        </h2>
        <span className="compare-toolbar__meta">
          {title ? `${plural(count, 'article')} · ` : ''}
          {milliseconds !== null ? `compared in ${seconds.format(milliseconds / 1000)} s` : busy ? 'comparing…' : ''}
        </span>
      </div>
      <CompareLegend />
      <div className="compare-toolbar__end">
        <ExportButton
          request={exportRequest}
          title="Export this comparison with its highlights and notes"
          data-testid="compare-export"
        />
        <Switch checked={sync} onChange={onSyncChange} label="Sync scroll" testId="compare-sync" />
        <Button
          variant="ghost"
          size="sm"
          icon="panel-right"
          aria-pressed={inspectorOpen}
          aria-label={inspectorOpen ? 'Hide the inspector' : 'Show the inspector'}
          title={inspectorOpen ? 'Hide the inspector' : 'Show the inspector'}
          onClick={() => onInspectorOpenChange(!inspectorOpen)}
        />
      </div>
    </header>
  );
}

/** Props of {@link CompareProgress}. */
export interface CompareProgressProps {
  phase: 'loading' | 'running';
  loaded: number;
  count: number;
  /** When the worker started (`performance.now()`), while it runs. */
  startedAt: number | null;
  onCancel: () => void;
}

/**
 * The work under way, as a strip under the toolbar: fetching the articles (n of N), then the
 * comparison with the time it has taken so far, and Cancel. The texts can be read meanwhile.
 */
export function CompareProgress({ phase, loaded, count, startedAt, onCancel }: CompareProgressProps) {
  const elapsed = useElapsed(startedAt);
  const pairs = (count * (count - 1)) / 2;
  return (
    <div className="compare-progress" role="status" data-testid="compare-progress">
      <span className="compare-progress__text">
        {phase === 'loading' ? (
          <>
            Opening articles <strong>{formatCount(loaded)}</strong> of {formatCount(count)}…
          </>
        ) : (
          <>
            Comparing {plural(count, 'article')}: aligning {plural(pairs, 'pair')}
            {elapsed !== null ? <span className="compare-progress__time"> · {seconds.format(elapsed)} s</span> : null}
          </>
        )}
      </span>
      <span className="compare-progress__bar">
        <ProgressBar size="sm" value={phase === 'loading' ? loaded : null} max={count} label="Comparison progress" />
      </span>
      <span className="compare-progress__hint">
        You can read while it works · <Kbd>Esc</Kbd> to go back
      </span>
      <Button variant="secondary" size="sm" onClick={onCancel} data-testid="compare-cancel">
        Cancel
      </Button>
    </div>
  );
}
