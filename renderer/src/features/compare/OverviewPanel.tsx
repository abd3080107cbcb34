import { useState } from 'react';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import { plural } from '../../lib/format';
import type { InspectorTab } from './Inspector';
import { SourceBadge } from './SourceBadge';
import type { Source } from './sources';

/** Props of {@link OverviewPanel}. */
export interface OverviewPanelProps {
  comparison: Comparison;
  sources: ReadonlyMap<string, Source>;
  onTabChange: (tab: InspectorTab) => void;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The comparison at a glance: what was found, how much of each source is shared or its own, and
 * the overlap matrix (how much of each row's text is found in each column's).
 */
export function OverviewPanel({ comparison, sources, onTabChange }: OverviewPanelProps) {
  const n = comparison.articles.length;
  const inAll = comparison.clusters.filter((c) => c.articleIds.length === n).length;
  const altered = comparison.quotes.filter((q) => q.altered).length;
  const disagree = comparison.numbers.filter((g) => g.disagree).length;
  const copies = comparison.wireGroups.reduce((sum, g) => sum + g.articleIds.length, 0);
  const ids = comparison.overlap.articleIds;
  // The cell under the pointer, read out in words under the matrix.
  const [cell, setCell] = useState<{ row: number; column: number } | null>(null);
  const readout = (() => {
    if (!cell) return 'Point at a cell to read it.';
    const row = sources.get(ids[cell.row]!);
    const column = sources.get(ids[cell.column]!);
    const share = comparison.overlap.shares[cell.row]?.[cell.column] ?? 0;
    return `${percent(share)} of ${row?.letter} (${row?.name}) is found in ${column?.letter} (${column?.name}).`;
  })();

  return (
    <div className="panel">
      <div className="stat-tiles">
        <Tile
          value={comparison.clusters.length}
          label="shared passages"
          detail={inAll ? `${inAll} in every source` : `none in all ${n}`}
        />
        <Tile
          value={comparison.wireGroups.length}
          label={comparison.wireGroups.length === 1 ? 'wire story' : 'wire stories'}
          detail={copies ? `${plural(copies, 'copy', 'copies')}` : 'no copies found'}
          onClick={() => onTabChange('wire')}
        />
        <Tile
          value={altered}
          label={altered === 1 ? 'quote reworded' : 'quotes reworded'}
          detail={`of ${plural(comparison.quotes.length, 'quote')}`}
          alert={altered > 0}
          onClick={() => onTabChange('quotes')}
        />
        <Tile
          value={disagree}
          label={disagree === 1 ? 'figure disagrees' : 'figures disagree'}
          detail={`of ${plural(comparison.numbers.length, 'figure')}`}
          alert={disagree > 0}
          onClick={() => onTabChange('numbers')}
        />
      </div>

      <section className="panel__section" aria-labelledby="overview-shares">
        <h3 id="overview-shares" className="panel__heading">
          Shared and own text
        </h3>
        <ul className="share-list">
          {comparison.articles.map((article) => {
            const source = sources.get(article.id);
            if (!source) return null;
            return (
              <li key={article.id} className="share-list__row">
                <SourceBadge source={source} />
                <span className="share-list__name" title={source.title}>
                  {source.name}
                </span>
                <span
                  className="share-list__bar"
                  role="img"
                  aria-label={`${percent(article.sharedShare)} shared, ${percent(article.uniqueShare)} its own`}
                >
                  <span className="share-list__shared" style={{ width: percent(article.sharedShare) }} />
                </span>
                <span className="share-list__value">{percent(article.sharedShare)}</span>
              </li>
            );
          })}
        </ul>
        <p className="panel__note">
          <span className="key key--shared" aria-hidden="true" /> shared with another source{' '}
          <span className="key key--own" aria-hidden="true" /> only in that source
        </p>
      </section>

      <section className="panel__section" aria-labelledby="overview-matrix">
        <h3 id="overview-matrix" className="panel__heading">
          Overlap
        </h3>
        <p className="panel__note">How much of each row’s text is found in each column’s article.</p>
        <table className="matrix" data-testid="compare-matrix" onPointerLeave={() => setCell(null)}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Article</span>
              </th>
              {ids.map((id) => {
                const source = sources.get(id);
                return (
                  <th key={id} scope="col" title={source?.title}>
                    {source?.letter}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {comparison.overlap.shares.map((row, i) => {
              const rowSource = sources.get(ids[i]!);
              return (
                <tr key={ids[i]}>
                  <th scope="row" title={rowSource?.title}>
                    {rowSource?.letter}
                  </th>
                  {row.map((share, j) => {
                    const colSource = sources.get(ids[j]!);
                    if (i === j) {
                      return (
                        <td key={ids[j]} className="matrix__self" aria-label="Same article">
                          ·
                        </td>
                      );
                    }
                    return (
                      <td
                        key={ids[j]}
                        className={share >= 0.5 ? 'is-strong' : share === 0 ? 'is-zero' : undefined}
                        style={{ ['--share' as string]: share }}
                        onPointerEnter={() => setCell({ row: i, column: j })}
                        title={`${percent(share)} of ${rowSource?.letter}’s words are found in ${colSource?.letter}`}
                        data-share={Math.round(share * 100)}
                      >
                        {share === 0 ? '–' : Math.round(share * 100)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="matrix__readout" aria-live="polite">
          {readout}
        </p>
      </section>
    </div>
  );
}

function Tile({
  value,
  label,
  detail,
  alert = false,
  onClick
}: {
  value: number;
  label: string;
  detail: string;
  alert?: boolean;
  onClick?: () => void;
}) {
  const content = (
    <>
      <span className="stat-tile__value">{value}</span>
      <span className="stat-tile__label">{label}</span>
      <span className="stat-tile__detail">{detail}</span>
    </>
  );
  const className = `stat-tile${alert ? ' is-alert' : ''}`;
  return onClick ? (
    <button type="button" className={`${className} stat-tile--button`} onClick={onClick}>
      {content}
    </button>
  ) : (
    <div className={className}>{content}</div>
  );
}
