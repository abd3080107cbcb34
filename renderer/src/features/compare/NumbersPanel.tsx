import type { Comparison } from '@shared/compare/compareArticlesTypes';
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
 * Figures lined up by what they count (casualties, towns, per cent, dates…) across sources, as
 * each source writes them; groups whose exact values differ are flagged first.
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
  return (
    <article
      className={`card number-group${group.disagree ? ' is-disagree' : ''}`}
      data-testid="number-group"
      data-disagree={group.disagree}
    >
      <header className="card__head">
        <h4 className="card__title">{countLabel(group)}</h4>
        <span className="card__meta">{CATEGORY_LABEL[group.category]}</span>
        {group.disagree ? (
          <span className="tag tag--warning" title={`Sources give ${values.size} different values`}>
            <Icon name="alert" size={12} /> Disagree
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
        {figures.map((figure, i) => {
          const source = sources.get(figure.sourceId);
          if (!source) return null;
          const value = figureValue(figure, group.category, group.unit);
          return (
            <li key={i} className="figure-list__row">
              <SourceBadge
                source={source}
                title={`Show it in ${source.letter}: ${source.title}`}
                onClick={() => onReveal([{ articleId: figure.sourceId, start: figure.start, end: figure.end }])}
              />
              <span className="figure-list__text">{figure.text}</span>
              {value ? (
                <span className="figure-list__value" title={`Read as: ${figure.normalized}`}>
                  {value}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
