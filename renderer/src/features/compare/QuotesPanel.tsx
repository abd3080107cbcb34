import type { Comparison } from '@shared/compare/compareArticlesTypes';
import type { QuoteGroup, QuoteRelation, QuoteVariant } from '@shared/compare/quotes/quotesGroup';
import { Icon } from '../../components/Icon';
import { QuoteDiff } from './DiffText';
import type { SourceRange } from './CompareView';
import { quoteSections } from './quoteSections';
import { ShowAll } from './ShowAll';
import { SourceBadge } from './SourceBadge';
import type { Source } from './sources';

/** Props of {@link QuotesPanel}. */
export interface QuotesPanelProps {
  comparison: Comparison;
  sources: ReadonlyMap<string, Source>;
  onReveal: (ranges: readonly SourceRange[]) => void;
}

const RELATION_LABEL: Record<QuoteRelation, string> = {
  reference: 'As most print it',
  same: 'Same words',
  excerpt: 'Shortened',
  fuller: 'Longer',
  altered: 'Altered'
};

/**
 * How a wording's chip reads. An altered wording printed only by sources that also print the
 * reference is that source's own second wording (a headline's `fail` for the body's `failed`):
 * no change of the quote between sources, so not counted as one (`altered` in quotesGroup.ts) and
 * not badged `Altered` either (review 13, #6: `Altered` under "Quoted alike").
 */
function relationOf(variant: QuoteVariant, referenceIds: ReadonlySet<string>): { key: string; label: string; title?: string } {
  if (variant.relation === 'altered' && variant.sourceIds.every((id) => referenceIds.has(id))) {
    return {
      key: 'own',
      label: 'Also as',
      title: 'The same source also prints the quote as above; this second wording of its own is not counted as a change'
    };
  }
  return { key: variant.relation, label: RELATION_LABEL[variant.relation] };
}

/**
 * Quotations across sources: each quote with who said it and which sources print it, wordings
 * that differ shown word by word against the wording most sources print, and the quotes only
 * one source has. A source letter shows that quote in its column.
 */
export function QuotesPanel({ comparison, sources, onReveal }: QuotesPanelProps) {
  if (comparison.quotes.length === 0) {
    return (
      <div className="panel">
        <p className="panel__lead">No quotations found in these articles.</p>
      </div>
    );
  }
  return (
    <div className="panel">
      {quoteSections(comparison.quotes, sources.size).map((section) => (
        <section key={section.key} className="panel__section" aria-label={section.title}>
          <h3 className="panel__heading">
            {section.title} <span className="panel__heading-count">{section.groups.length}</span>
          </h3>
          {section.hint ? <p className="panel__note">{section.hint}</p> : null}
          {section.groups.map((group) => (
            <QuoteCard key={group.id} group={group} sources={sources} onReveal={onReveal} />
          ))}
        </section>
      ))}
    </div>
  );
}

function QuoteCard({
  group,
  sources,
  onReveal
}: {
  group: QuoteGroup;
  sources: ReadonlyMap<string, Source>;
  onReveal: QuotesPanelProps['onReveal'];
}) {
  const reference = group.variants.find((v) => v.relation === 'reference') ?? group.variants[0];
  const others = group.variants.filter((v) => v !== reference);
  const referenceIds = new Set(reference?.sourceIds ?? []);
  const speakers = group.speakers;
  const single = group.sourceIds.length === 1 ? sources.get(group.sourceIds[0]!) : undefined;
  const firstOccurrence = (sourceId: string) => group.occurrences.find((o) => o.sourceId === sourceId);

  const badges = (ids: readonly string[]) =>
    ids.map((id) => {
      const source = sources.get(id);
      const occurrence = firstOccurrence(id);
      if (!source) return null;
      return (
        <SourceBadge
          key={id}
          source={source}
          title={`Show it in ${source.letter}: ${source.title}`}
          onClick={occurrence ? () => onReveal([{ articleId: id, start: occurrence.start, end: occurrence.end }]) : undefined}
        />
      );
    });

  return (
    <article
      className={`card quote-group${group.altered ? ' is-altered' : ''}`}
      data-testid="quote-group"
      data-altered={group.altered}
    >
      {group.sourceIds.length > 1 ? (
        <ShowAll
          label={`Show this quote in ${group.sourceIds.length} columns`}
          onClick={() => onReveal(group.occurrences.map((o) => ({ articleId: o.sourceId, start: o.start, end: o.end })))}
        />
      ) : null}
      <blockquote className="quote-group__text">
        <Icon name="quote" size={14} className="quote-group__mark" />“{reference?.text}”
      </blockquote>
      <div className="quote-group__meta">
        <span className="quote-group__sources">{badges(reference?.sourceIds ?? group.sourceIds)}</span>
        {speakers.length ? (
          <span className="quote-group__speaker" title="Who the sources say said it">
            <Icon name="person" size={12} />
            {speakers.join(' · ')}
          </span>
        ) : null}
        {single ? <span className="tag tag--quiet">only in {single.letter}</span> : null}
      </div>
      {others.map((variant) => {
        const relation = relationOf(variant, referenceIds);
        return (
          <div
            key={variant.text + variant.sourceIds.join()}
            className={`quote-variant quote-variant--${relation.key}`}
            data-relation={relation.key}
          >
            <div className="quote-variant__head">
              <span className={`relation-chip relation-chip--${relation.key}`} title={relation.title}>
                {relation.label}
              </span>
              <span className="quote-group__sources">{badges(variant.sourceIds)}</span>
            </div>
            <p className="quote-variant__text">
              “<QuoteDiff parts={variant.diff} />”
            </p>
          </div>
        );
      })}
    </article>
  );
}
