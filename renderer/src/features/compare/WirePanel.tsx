import type { Comparison } from '@shared/compare/compareArticlesTypes';
import { attributedCredits } from '@shared/compare/wire/attributedCredits';
import type { OriginalReason, WireGroup } from '@shared/compare/wire/wire';
import { Icon } from '../../components/Icon';
import { plural } from '../../lib/format';
import { SourceBadge } from './SourceBadge';
import type { Source } from './sources';

/** Props of {@link WirePanel}. */
export interface WirePanelProps {
  comparison: Comparison;
  sources: ReadonlyMap<string, Source>;
}

const REASON_TEXT: Record<OriginalReason, string> = {
  'most complete': 'it holds most of what the others share',
  credited: 'it credits the agency',
  earliest: 'it was published first'
};

/** `A`, `A and B`, `A, B and C`. */
function listed(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A sentence from the reasons (`it holds most of … and it credits the agency`). */
function why(reasons: readonly OriginalReason[]): string {
  const parts = reasons.map((r) => REASON_TEXT[r]);
  if (parts.length === 0) return 'Nothing set one member apart; the first given is shown as the original.';
  return `Likely original because ${listed(parts)}.`;
}

/**
 * What the dates show, when some member has none: an undated copy may have come out before or
 * after the others, so the panel says the order is unknown rather than leaving "original" to be
 * read as "first" (review 15, #1).
 */
function datesNote(group: WireGroup, sources: ReadonlyMap<string, Source>): string | undefined {
  if (group.undatedIds.length === 0) return undefined;
  const letters = group.undatedIds.map((id) => sources.get(id)?.letter ?? id);
  const all = group.undatedIds.length === group.articleIds.length;
  const original = group.undatedIds.includes(group.originalId);
  const who = all ? 'No member' : original && letters.length === 1 ? `${letters[0]}, the likely original,` : listed(letters);
  const verb = all || letters.length > 1 ? 'carry' : 'carries';
  return `${who} ${all ? 'carries a' : `${verb} no`} publication date, so the dates cannot show which came first.`;
}

/**
 * Wire copies: articles derived from one agency story, with the likely original marked and why,
 * the agency most of them credit, and the credits every article gives.
 */
export function WirePanel({ comparison, sources }: WirePanelProps) {
  const grouped = new Set(comparison.wireGroups.flatMap((g) => g.articleIds));
  const alone = comparison.articles.filter((a) => !grouped.has(a.id));
  // The rule a report's "Wire credit" column follows too, so the two never disagree.
  const credits = (article: Comparison['articles'][number]) =>
    attributedCredits(article.id, article.credits, comparison.wireGroups);
  return (
    <div className="panel">
      {comparison.wireGroups.length === 0 ? (
        <p className="panel__lead">
          No wire copies: no two of these articles share half their text. Each was written apart, or rewrites its sources heavily.
        </p>
      ) : (
        <p className="panel__lead">
          Articles sharing at least half their text are copies of one story, usually from a news agency, republished with edits.
        </p>
      )}
      {comparison.wireGroups.map((group) => (
        <article key={group.id} className="card wire-group" data-testid="wire-group" data-agency={group.agency ?? ''}>
          <header className="card__head">
            <Icon name="wire" size={15} className="card__icon" />
            <h3 className="card__title">{group.agency ? `${group.agency} story` : 'One wire story'}</h3>
            <span className="card__meta">{plural(group.articleIds.length, 'copy', 'copies')}</span>
          </header>
          <ul className="wire-members">
            {group.articleIds.map((id) => {
              const source = sources.get(id);
              if (!source) return null;
              const original = id === group.originalId;
              const coverage = group.coverage[id] ?? 0;
              return (
                <li
                  key={id}
                  className={`wire-member${original ? ' is-original' : ''}`}
                  data-article-id={source.articleId}
                  data-original={original}
                >
                  <SourceBadge source={source} />
                  <span className="wire-member__title" title={source.title}>
                    {source.title}
                  </span>
                  <span
                    className="wire-member__share"
                    title={`${Math.round(coverage * 100)}% of its words are found in another member`}
                  >
                    {Math.round(coverage * 100)}%
                  </span>
                  {original ? <span className="tag tag--accent wire-member__flag">Likely original</span> : null}
                </li>
              );
            })}
          </ul>
          <p className="card__note" data-testid="wire-reasons">
            {[why(group.reasons), datesNote(group, sources)].filter((s) => s !== undefined).join(' ')}
          </p>
        </article>
      ))}
      {alone.length > 0 && comparison.wireGroups.length > 0 ? (
        <p className="panel__note">Not a copy of another: {alone.map((a) => sources.get(a.id)?.letter).join(', ')}.</p>
      ) : null}

      <section className="panel__section" aria-labelledby="wire-credits">
        <h3 id="wire-credits" className="panel__heading">
          Credits found
        </h3>
        <ul className="credit-list">
          {comparison.articles.map((article) => {
            const source = sources.get(article.id);
            if (!source) return null;
            return (
              <li key={article.id} className="credit-list__row">
                <SourceBadge source={source} />
                <span className="credit-list__name" title={source.title}>
                  {source.name}
                </span>
                <span className="credit-list__credits">
                  {credits(article).length ? (
                    credits(article).map((credit) => (
                      <span key={credit} className="tag">
                        {credit}
                      </span>
                    ))
                  ) : (
                    <span className="credit-list__none">none</span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
