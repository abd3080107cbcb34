import { useMemo } from 'react';
import type { SearchHit } from '../../../../shared/contract/schemas';
import { MarkedText } from '../../components/MarkedText';
import { formatPublished, plural } from '../../lib/format';
import { SampleBadge } from '../library/SampleBadge';
import { markVariants } from './variantWords';

/** Props of {@link SearchHitRow}. */
export interface SearchHitRowProps {
  hit: SearchHit;
  /** Folded variant word → the typed word it stands for, to mark variants apart in the snippet. */
  variantOf: ReadonlyMap<string, string>;
  index: number;
  selected: boolean;
  open: boolean;
  onClick: (index: number) => void;
}

/** The DOM id of the hit at `index`, for `aria-activedescendant`. */
export function searchHitId(index: number): string {
  return `search-hit-${index}`;
}

/** One ranked search result: title, where and when, and the passage that matched. */
export function SearchHitRow({ hit, variantOf, index, selected, open, onClick }: SearchHitRowProps) {
  const { article, snippet } = hit;
  const marks = useMemo(() => markVariants(snippet.text, snippet.highlights, variantOf), [snippet, variantOf]);
  const date = formatPublished(article.publishedAt);
  return (
    <div
      id={searchHitId(index)}
      role="option"
      aria-selected={selected}
      aria-current={open || undefined}
      className={`search-hit${open ? ' is-open' : ''}`}
      data-testid="search-hit"
      data-article-id={article.id}
      onClick={() => onClick(index)}
    >
      <div className="search-hit__title">
        <span className="search-hit__title-text">{article.title}</span>
        {article.collection === 'sample' ? <SampleBadge /> : null}
      </div>
      <div className="search-hit__meta">
        {[article.outlet, date, plural(article.wordCount, 'word')].filter(Boolean).join(' · ')}
      </div>
      {snippet.text ? (
        <p className="search-hit__snippet" data-testid="hit-snippet">
          <MarkedText text={snippet.text} marks={marks} />
        </p>
      ) : null}
    </div>
  );
}
