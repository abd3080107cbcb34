import type { ImportProgressEvent } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { Spinner } from '../../components/Spinner';
import { formatCount, formatRate, formatTimeLeft, plural, splitPath } from '../../lib/format';
import { NO_IMPORT_COUNTS } from '@shared/import/counts';
import { type CountTone, countItems, countPhrase } from './outcomeCounts';
import { ltrInRtl } from './ltrInRtl';
import './import.css';

/** Props of {@link ImportProgressPanel} and {@link ImportStatusBar}. */
export interface ImportProgressProps {
  /** The latest progress, or null until the first file has been read (the folders are being walked). */
  progress: ImportProgressEvent | null;
  cancelling: boolean;
}

/** The folder of `file` inside the imported folder it belongs to (`2018/July/`), or its full folder. */
function folderWithin(file: string, roots: readonly string[]): string {
  const { dir } = splitPath(file);
  for (const root of roots) {
    const base = root.replace(/[\\/]+$/, '');
    if (dir.startsWith(`${base}/`) || dir.startsWith(`${base}\\`)) return dir.slice(base.length + 1);
  }
  return dir;
}

function percentOf(progress: ImportProgressEvent): number {
  return progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
}

function valueText(progress: ImportProgressEvent): string {
  return `${formatCount(progress.done)} of ${plural(progress.total, 'file')}`;
}

/**
 * The running import in full, inside the import dialog: a bar with files done of all files, what
 * became of them so far, the pace and time left, and the file being read (with its folder inside
 * `roots`, the paths the import was given).
 */
export function ImportProgressPanel({ progress, cancelling, roots }: ImportProgressProps & { roots: readonly string[] }) {
  const current = progress?.currentPath
    ? { name: splitPath(progress.currentPath).name, dir: folderWithin(progress.currentPath, roots) }
    : null;
  return (
    <div className="import-progress" data-testid="import-progress" data-done={progress?.done} data-total={progress?.total}>
      <div className="import-progress__head">
        <span className="import-progress__title">
          {cancelling ? (
            'Cancelling after the file in hand…'
          ) : progress?.phase === 'grouping' ? (
            'Grouping the new articles into stories…'
          ) : progress ? (
            <>
              <strong>{formatCount(progress.done)}</strong> of {plural(progress.total, 'file')}
            </>
          ) : (
            'Looking for files…'
          )}
        </span>
        {progress ? <span className="import-progress__percent">{percentOf(progress)}%</span> : null}
      </div>
      <ProgressBar
        value={progress ? progress.done : null}
        max={progress?.total ?? 0}
        label="Import progress"
        valueText={progress ? valueText(progress) : undefined}
      />
      {/* While stories are grouped no file is being read: the line goes. */}
      {progress?.phase === 'grouping' ? null : (
        <div className="import-progress__file" title={progress?.currentPath}>
          <Icon name="file" size={13} className="import-progress__file-icon" />
          {current ? (
            <>
              <span className="import-progress__name">{current.name}</span>
              {current.dir ? <span className="import-progress__dir">{ltrInRtl(current.dir)}</span> : null}
            </>
          ) : (
            <span className="import-progress__dir">{ltrInRtl('Reading the folders…')}</span>
          )}
        </div>
      )}
      {/* Articles count once their batch is written (within a second): what the library holds. */}
      <div className="import-progress__stats" role="list" aria-label="So far">
        {countItems(progress ?? NO_IMPORT_COUNTS).map((item) => (
          <Count key={item.key} label={item.label} value={item.value} tone={item.tone} />
        ))}
      </div>
      <p className="import-progress__pace">
        {progress?.phase === 'grouping' ? (
          <span>Every file is in; your story names and moves are kept</span>
        ) : progress && progress.done > 0 ? (
          <>
            <span>{formatRate(progress.filesPerSecond)}</span>
            <span aria-hidden="true">·</span>
            <span>{formatTimeLeft(progress.etaSeconds)}</span>
          </>
        ) : (
          <span>{formatTimeLeft(null)}</span>
        )}
      </p>
    </div>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone: CountTone }) {
  return (
    <div
      className={`stat stat--compact stat--${tone}${value === 0 ? ' is-zero' : ''}`}
      role="listitem"
      data-stat={label.toLowerCase()}
    >
      <span className="stat__value">{formatCount(value)}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}

/** Props of {@link ImportStatusBar}. */
export interface ImportStatusBarProps extends ImportProgressProps {
  onCancel: () => void;
}

/**
 * The running import in one line at the foot of the window, when it was started from the folder
 * picker or a drop, or its dialog was sent to the background: the rest of the window stays usable.
 */
export function ImportStatusBar({ progress, cancelling, onCancel }: ImportStatusBarProps) {
  const name = progress ? splitPath(progress.currentPath).name : '';
  return (
    <section
      className="import-strip"
      aria-label="Import"
      data-testid="import-progress"
      data-done={progress?.done}
      data-total={progress?.total}
    >
      <span className="import-strip__title">
        <Spinner size={12} />
        {progress?.phase === 'grouping' ? 'Grouping stories' : 'Importing'}
      </span>
      <span className="import-strip__bar">
        <ProgressBar
          size="sm"
          value={progress ? progress.done : null}
          max={progress?.total ?? 0}
          label="Import progress"
          valueText={progress ? valueText(progress) : undefined}
        />
      </span>
      {progress ? (
        <>
          <span className="import-strip__count">
            {formatCount(progress.done)} / {plural(progress.total, 'file')}
          </span>
          <span className="import-strip__counts" data-testid="import-strip-counts">
            {/* The dialog's counts, in its order; the ones still at zero (but new and failed) left out for room. */}
            {countItems(progress)
              .filter((item) => item.value > 0 || item.key === 'new' || item.key === 'failed')
              .map((item, i) => (
                <span key={item.key} data-stat={item.label.toLowerCase()} className={item.key === 'failed' && item.value > 0 ? 'import-strip__failed' : undefined}>
                  {i > 0 ? <span aria-hidden="true"> · </span> : null}
                  {countPhrase(item)}
                </span>
              ))}
          </span>
          <span className="import-strip__file" title={progress.currentPath}>
            {progress.phase === 'grouping' ? 'Every file is in' : name}
          </span>
          {progress.phase === 'grouping' ? null : (
            <span className="import-strip__pace">
              {formatRate(progress.filesPerSecond)}
              <span aria-hidden="true"> · </span>
              {formatTimeLeft(progress.etaSeconds)}
            </span>
          )}
        </>
      ) : (
        <span className="import-strip__file">Looking for files…</span>
      )}
      <Button
        variant="ghost"
        size="sm"
        busy={cancelling}
        disabled={progress?.phase === 'grouping'}
        onClick={onCancel}
        data-testid="import-cancel"
      >
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </Button>
    </section>
  );
}
