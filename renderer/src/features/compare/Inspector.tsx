import { useId, type KeyboardEvent } from 'react';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import type { Article } from '@shared/contract/schemas';
import { Icon, type IconName } from '../../components/Icon';
import { SkeletonBar } from '../../components/SkeletonBar';
import { formatCount } from '../../lib/format';
import type { SelectedPassage, SourceRange } from './CompareView';
import { NamesPanel } from './NamesPanel';
import { NumbersPanel } from './NumbersPanel';
import { OverviewPanel } from './OverviewPanel';
import { PassagePanel } from './PassagePanel';
import { QuotesPanel } from './QuotesPanel';
import type { Source } from './sources';
import { WirePanel } from './WirePanel';

/** The inspector's tabs. */
export type InspectorTab = 'overview' | 'passage' | 'wire' | 'quotes' | 'numbers' | 'names';

/** Props of {@link Inspector}. */
export interface InspectorProps {
  width: number;
  tab: InspectorTab;
  onTabChange: (tab: InspectorTab) => void;
  /** Null while the comparison runs. */
  comparison: Comparison | null;
  articles: readonly Article[];
  sources: ReadonlyMap<string, Source>;
  selected: SelectedPassage | null;
  onSelectedChange: (selected: SelectedPassage | null) => void;
  /** Picks the next (1) or previous (-1) passage of the picked one's column. */
  onStep: (direction: 1 | -1) => void;
  /** Shows a range of one source in its column. */
  onReveal: (ranges: readonly SourceRange[]) => void;
}

interface TabInfo {
  readonly id: InspectorTab;
  readonly label: string;
  readonly icon: IconName;
  /** A count after the label, and whether it calls for attention (disagreements). */
  readonly count?: { readonly value: number; readonly alert: boolean; readonly title: string };
}

function tabsOf(comparison: Comparison | null): TabInfo[] {
  const altered = comparison?.quotes.filter((q) => q.altered).length ?? 0;
  const disagree = comparison?.numbers.filter((n) => n.disagree).length ?? 0;
  const wire = comparison?.wireGroups.length ?? 0;
  return [
    { id: 'overview', label: 'Overview', icon: 'grid' },
    { id: 'passage', label: 'Passage', icon: 'columns' },
    {
      id: 'wire',
      label: 'Wire',
      icon: 'wire',
      ...(wire ? { count: { value: wire, alert: false, title: `${wire} wire stories` } } : {})
    },
    {
      id: 'quotes',
      label: 'Quotes',
      icon: 'quote',
      ...(altered ? { count: { value: altered, alert: true, title: `${altered} quotes worded differently` } } : {})
    },
    {
      id: 'numbers',
      label: 'Numbers',
      icon: 'hash',
      ...(disagree ? { count: { value: disagree, alert: true, title: `${disagree} figures disagree` } } : {})
    },
    { id: 'names', label: 'Names', icon: 'person' }
  ];
}

/**
 * The comparison's side panel: what the sources share overall, the passage picked in a column
 * word by word, and the analyses — wire copies, quotes, figures, names. Clicking a source letter
 * in a panel shows that text in its column.
 */
export function Inspector(props: InspectorProps) {
  const { width, tab, onTabChange, comparison, articles, sources, selected, onSelectedChange, onStep, onReveal } = props;
  const baseId = useId();
  const tabs = tabsOf(comparison);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === tab);
    let next: number;
    if (event.key === 'ArrowRight') next = (at + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    onTabChange(tabs[next]!.id);
    document.getElementById(`${baseId}-tab-${tabs[next]!.id}`)?.focus();
  };

  return (
    <aside className="inspector" style={{ width }} aria-label="Inspector" data-testid="compare-inspector">
      <div className="inspector__tabs">
        <div role="tablist" aria-label="Inspector views" className="inspector__tablist" onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              id={`${baseId}-tab-${t.id}`}
              type="button"
              role="tab"
              className="inspector__tab"
              aria-selected={t.id === tab}
              aria-controls={`${baseId}-panel`}
              tabIndex={t.id === tab ? 0 : -1}
              data-tab={t.id}
              title={t.count?.title}
              onClick={() => onTabChange(t.id)}
            >
              <span className="inspector__tab-icon">
                <Icon name={t.icon} size={16} />
                {t.count ? (
                  <span className={`inspector__count${t.count.alert ? ' is-alert' : ''}`}>{formatCount(t.count.value)}</span>
                ) : null}
              </span>
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="inspector__panel"
        tabIndex={0}
      >
        {comparison === null ? (
          <PanelSkeleton />
        ) : tab === 'overview' ? (
          <OverviewPanel comparison={comparison} sources={sources} onTabChange={onTabChange} />
        ) : tab === 'passage' ? (
          <PassagePanel
            comparison={comparison}
            articles={articles}
            sources={sources}
            selected={selected}
            onSelectedChange={onSelectedChange}
            onStep={onStep}
            onReveal={onReveal}
          />
        ) : tab === 'wire' ? (
          <WirePanel comparison={comparison} sources={sources} />
        ) : tab === 'quotes' ? (
          <QuotesPanel comparison={comparison} sources={sources} onReveal={onReveal} />
        ) : tab === 'numbers' ? (
          <NumbersPanel comparison={comparison} sources={sources} onReveal={onReveal} />
        ) : (
          <NamesPanel comparison={comparison} sources={sources} onReveal={onReveal} />
        )}
      </div>
    </aside>
  );
}

function PanelSkeleton() {
  return (
    <div className="panel panel--skeleton" aria-busy="true" aria-label="Comparing…">
      {[70, 92, 84, 60, 88, 76].map((w) => (
        <SkeletonBar key={w} width={`${w}%`} height={10} />
      ))}
    </div>
  );
}
