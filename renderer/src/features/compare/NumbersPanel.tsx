import type { Comparison } from '@shared/compare/compareArticlesTypes';
import { figureWordings } from '@shared/compare/numbers/figureWordings';
import type { NumberGroup } from '@shared/compare/numbers/numbersAlign';
import { Icon } from '../../components/Icon';
import { countLabel, figureValue } from './countLabel';
import type { SourceRange } from './CompareView';
import { ShowAll } from './ShowAll';
import { SourceBadge } from './SourceBadge';
import type { Source } from './sources';

/** Props of {@link NumbersPanel}. */
export interface NumbersPanelProps {
  comparison: Comparison;
  sources: ReadonlyMap<string, Source>;
  onReveal: (ranges: readonly SourceRange[]) => void;
}

const CATEGORY_LABEL: Record<NumberGroup['category'], string> = {
  casualties: 'Casualties',
  people: 'People',
  places: 'Places',
  count: 'Count',
  percent: 'Share',
  money: 'Money',
  duration: 'Duration',
  date: 'Date'
};

function sections(numbers: readonly NumberGroup[]) {
  const bySources = (a: NumberGroup, b: NumberGroup) => b.sourceIds.length - a.sourceIds.length;
  return [
    { key: 'disagree', title: 'Disagree', groups: numbers.filter((g) => g.disagree).sort(bySources) },
    { key: 'agree', title: 'Agree', groups: numbers.filter((g) => !g.disagree && g.sourceIds.length > 1).sort(bySources) },
    { key: 'single', title: 'Only one source', groups: numbers.filter((g) => g.sourceIds.length === 1) }
  ].filter((s) => s.groups.length > 0);
}

/**
 * Figures lined up by what they count (casualties, towns, per cent, dates…) across sources, each
 * wording once with the sources printing it; groups whose values cannot all be right are flagged
 * first, and a number inside another source's range is marked as agreeing, more precisely.
 */
export function NumbersPanel({ comparison, sources, onReveal }: NumbersPanelProps) {
  if (comparison.numbers.length === 0) {
    return (
      <div className="panel">
        <p className="panel__lead">No figures found in these articles.</p>
      </div>
    );
  }
  return (
    <div className="panel">
      {sections(comparison.numbers).map((section) => (
        <section key={section.key} className="panel__section" aria-label={section.title}>
          <h3 className="panel__heading">
            {section.title} <span className="panel__heading-count">{section.groups.length}</span>
          </h3>
          {section.groups.map((group) => (
            <NumberCard key={group.id} group={group} sources={sources} onReveal={onReveal} />
          ))}
        </section>
      ))}
    </div>
  );
}

function NumberCard({
  group,
  sources,
  onReveal
}: {
  group: NumberGroup;
  sources: ReadonlyMap<string, Source>;
  onReveal: NumbersPanelProps['onReveal'];
}) {
  // A source repeating a figure (standfirst and body) is listed once per distinct wording.
  const seen = new Set<string>();
  const figures = group.figures.filter((f) => {
    const key = `${f.sourceId}|${f.normalized}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const values = new Set(figures.filter((f) => !f.vague).map((f) => f.value));
  const ranged = figures.some((f) => f.max !== undefined);
  return (
    <article
      className={`card number-group${group.disagree ? ' is-disagree' : ''}`}
      data-testid="number-group"
      data-disagree={group.disagree}
      data-within-range={group.withinRange}
    >
      <header className="card__head">
        <h4 className="card__title">{countLabel(group)}</h4>
        <span className="card__meta">{CATEGORY_LABEL[group.category]}</span>
        {group.disagree ? (
          <span className="tag tag--warning" title={`Sources give ${values.size} different values`}>
            <Icon name="alert" size={12} /> Disagree
          </span>
        ) : group.withinRange ? (
          <span
            className="tag tag--quiet"
            title={
              ranged
                ? 'The values differ, but each lies within another source’s range: they agree, one more precisely.'
                : 'The values differ only in what one source leaves out: they agree, one more precisely.'
            }
          >
            {ranged ? 'Within the range' : 'Less precise'}
          </span>
        ) : null}
        {group.sourceIds.length > 1 ? (
          <ShowAll
            label={`Line these figures up in their ${group.sourceIds.length} columns`}
            onClick={() => onReveal(figures.map((f) => ({ articleId: f.sourceId, start: f.start, end: f.end })))}
          />
        ) : null}
      </header>
      <ul className="figure-list">
        {figureWordings(figures).map((wording, i) => {
          const figure = wording.figures[0]!;
          const value = figureValue(figure, group.category, group.unit);
          return (
            <li key={i} className="figure-list__row">
              <span className="figure-list__sources">
                {wording.figures.map((f) => {
                  const source = sources.get(f.sourceId);
                  if (!source) return null;
                  return (
                    <SourceBadge
                      key={`${f.sourceId}:${f.start}`}
                      source={source}
                      title={`Show it in ${source.letter}: ${source.title}`}
                      onClick={() => onReveal([{ articleId: f.sourceId, start: f.start, end: f.end }])}
                    />
                  );
                })}
              </span>
              <span className="figure-list__wording">
                <span className="figure-list__text">{wording.text}</span>
                {value ? (
                  <span className="figure-list__value" title={`Read as: ${figure.normalized}`}>
                    {value}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
