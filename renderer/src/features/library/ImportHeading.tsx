import type { ImportReport } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { formatCount, formatMoment, plural } from '../../lib/format';

/** Props of {@link ImportHeading}. */
export interface ImportHeadingProps {
  readonly run: ImportReport;
  /** Rows listed; null while they load. */
  readonly listed: number | null;
  /** Articles the import wrote. */
  readonly total: number | null;
  readonly onLeave: () => void;
}

/**
 * The list's heading while it shows the articles of one import ("Show these articles" in its
 * report): when the import ran, how many, and the way back to the whole library (also Esc).
 */
export function ImportHeading({ run, listed, total, onLeave }: ImportHeadingProps) {
  const count = total ?? run.imported;
  return (
    <div className="pane-heading pane-heading--story" data-testid="import-heading">
      <Button
        variant="ghost"
        size="sm"
        icon="chevron-left"
        aria-label="Back to all articles"
        title="All articles"
        onClick={onLeave}
      />
      <div className="pane-heading__stack">
        <span className="pane-heading__eyebrow">Imported</span>
        <h2 className="pane-heading__title">{formatMoment(run.startedAt)}</h2>
      </div>
      <span className="pane-heading__meta" data-testid="import-heading-count">
        {listed !== null && listed < count
          ? `${formatCount(listed)} of ${plural(count, 'article')}`
          : plural(listed ?? count, 'article')}
      </span>
      <Button size="sm" variant="ghost" onClick={onLeave} data-testid="import-heading-all">
        All articles
      </Button>
    </div>
  );
}
