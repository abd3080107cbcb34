import type { DragEvent, MouseEvent } from 'react';
import type { ArticleSummary } from '@shared/contract/schemas';
import { SkeletonBar } from '../../components/SkeletonBar';
import { formatCount, formatPublished } from '../../lib/format';
import { ArticleDate } from './ArticleDate';
import { SampleBadge } from './SampleBadge';

/** Props of {@link LibraryRow}. */
export interface LibraryRowProps {
  article: ArticleSummary;
  index: number;
  total: number;
  top: number;
  /** Selected: the keyboard cursor, or one of the picked articles while some are picked. */
  selected: boolean;
  /** The keyboard cursor while articles are picked (then `selected` marks the picks). */
  cursor: boolean;
  open: boolean;
  onClick: (index: number, article: ArticleSummary, event: MouseEvent) => void;
  onDragStart: (article: ArticleSummary, event: DragEvent) => void;
  /** Right-click: the row's context menu (ArticleMenu). */
  onContextMenu: (index: number, article: ArticleSummary, event: MouseEvent) => void;
}

/** The DOM id of the option at `index`, for `aria-activedescendant`. */
export function libraryRowId(index: number): string {
  return `library-row-${index}`;
}

/** One article in the library list: title, outlet, date and length. */
export function LibraryRow({ article, index, total, top, selected, cursor, open, onClick, onDragStart, onContextMenu }: LibraryRowProps) {
  return (
    <div
      id={libraryRowId(index)}
      role="option"
      aria-selected={selected}
      aria-current={open || undefined}
      aria-setsize={total}
      aria-posinset={index + 1}
      className={`library-row${open ? ' is-open' : ''}${cursor ? ' is-cursor' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="library-row"
      data-article-id={article.id}
      draggable
      onDragStart={(event) => onDragStart(article, event)}
      onMouseDown={(event) => {
        // Shift-click picks a range; keep the browser from selecting text across the rows.
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={(event) => onClick(index, article, event)}
      onContextMenu={(event) => onContextMenu(index, article, event)}
    >
      <span className="library-row__title">
        {/* dir="auto": an Arabic or Hebrew title runs right to left, its ellipsis at its own end (as search hits). */}
        <span className="library-row__title-text" title={article.title} dir="auto">
          {article.title}
        </span>
        {article.collection === 'sample' ? <SampleBadge /> : null}
      </span>
      <span className="library-row__outlet" title={article.outlet ?? undefined}>
        {article.outlet ?? <span className="library-row__none" aria-label="No outlet">—</span>}
      </span>
      <span className="library-row__date">
        {article.publishedAt !== null && formatPublished(article.publishedAt) ? (
          <ArticleDate value={article.publishedAt} fromFile={article.dateFromFile === true} />
        ) : (
          <span className="library-row__none" aria-label="No date">
            —
          </span>
        )}
      </span>
      <span className="library-row__words">{formatCount(article.wordCount)}</span>
    </div>
  );
}

/** A placeholder row while its page loads: the shape of a row, without content. */
export function SkeletonRow({ top, index }: { top: number; index: number }) {
  // Vary the bar widths a little so a screen of placeholders does not look like a grid.
  const width = 45 + ((index * 37) % 40);
  return (
    <div className="library-row library-row--skeleton" style={{ transform: `translateY(${top}px)` }} aria-hidden="true">
      <SkeletonBar width={`${width}%`} />
      <SkeletonBar width="60%" />
      <SkeletonBar width="70%" />
      <SkeletonBar width="50%" align="end" />
    </div>
  );
}
