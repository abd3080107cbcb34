import { useMemo, type DragEvent, type MouseEvent } from 'react';
import type { SearchHit } from '@shared/contract/schemas';
import { MarkedText } from '../../components/MarkedText';
import { plural } from '../../lib/format';
import { ArticleDate } from '../library/ArticleDate';
import { SampleBadge } from '../library/SampleBadge';
import { markVariants } from './variantWords';

/** Props of {@link SearchHitRow}. */
export interface SearchHitRowProps {
  hit: SearchHit;
  /** Folded variant word → the typed word it stands for, to mark variants apart in the snippet. */
  variantOf: ReadonlyMap<string, string>;
  index: number;
  /** Selected: the keyboard cursor, or one of the picked articles while some are picked. */
  selected: boolean;
  /** The keyboard cursor while articles are picked (then `selected` marks the picks). */
  cursor: boolean;
  open: boolean;
  onClick: (index: number, event: MouseEvent) => void;
  onDragStart: (event: DragEvent) => void;
  /** Right-click: the article menu (library/ArticleMenu), as the library list's rows have. */
  onContextMenu: (index: number, event: MouseEvent) => void;
}

/** The DOM id of the hit at `index`, for `aria-activedescendant`. */
export function searchHitId(index: number): string {
  return `search-hit-${index}`;
}

/** One ranked search result: title, where and when, and the passage that matched. */
export function SearchHitRow({
  hit,
  variantOf,
  index,
  selected,
  cursor,
  open,
  onClick,
  onDragStart,
  onContextMenu
}: SearchHitRowProps) {
  const { article, snippet } = hit;
  const marks = useMemo(() => markVariants(snippet.text, snippet.highlights, variantOf), [snippet, variantOf]);
  return (
    <div
      id={searchHitId(index)}
      role="option"
      aria-selected={selected}
      aria-current={open || undefined}
      className={`search-hit${open ? ' is-open' : ''}${cursor ? ' is-cursor' : ''}`}
      data-testid="search-hit"
      data-article-id={article.id}
      draggable
      onDragStart={onDragStart}
      onMouseDown={(event) => {
        // Shift-click picks a range; keep the browser from selecting text across the hits.
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={(event) => onClick(index, event)}
      onContextMenu={(event) => onContextMenu(index, event)}
    >
      <div className="search-hit__title">
        <span className="search-hit__title-text" dir="auto">
          {article.title}
        </span>
        {article.collection === 'sample' ? <SampleBadge /> : null}
      </div>
      <div className="search-hit__meta">
        {article.outlet ? `${article.outlet} · ` : null}
        {/* A date that is only the day the file was saved is marked, as in the library list. */}
        {article.publishedAt ? (
          <>
            <ArticleDate value={article.publishedAt} fromFile={article.dateFromFile === true} label />
            {' · '}
          </>
        ) : null}
        {plural(article.wordCount, 'word')}
      </div>
      {snippet.text ? (
        // dir="auto": an Arabic or Hebrew snippet runs right to left, its cut marks (…) at its own ends.
        <p className="search-hit__snippet" data-testid="hit-snippet" dir="auto">
          <MarkedText text={snippet.text} marks={marks} />
        </p>
      ) : null}
      {snippet.note ? (
        <p className="search-hit__why" data-testid="hit-snippet-note">
          {snippet.note}
        </p>
      ) : null}
    </div>
  );
}
