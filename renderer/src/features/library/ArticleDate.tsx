import { formatPublished } from '../../lib/format';
import './articleDate.css';

/** The tooltip of a date read from a file's properties (docs/import.md, "Where each field comes from"). */
export const FILE_DATE_TIP = 'Date the file was saved, not published (from the file’s properties)';

/** Props of {@link ArticleDate}. */
export interface ArticleDateProps {
  /** The stored date (`publishedAt`); null draws nothing. */
  value: string | null;
  /** The date came from the file's properties (a DOCX's or PDF's creation date), not from the article. */
  fromFile: boolean;
  /** `label` adds a visible "file saved" after the date (the reader's header has the room; the list's column does not). */
  label?: boolean;
}

/**
 * An article's date as the window writes dates, marked when it is only the day its file was saved
 * (amber, dotted underline, a tooltip, and words for a screen reader), so it is not read, sorted
 * by or cited as the day it was published (review 13, #14). Nothing when there is no date.
 */
export function ArticleDate({ value, fromFile, label = false }: ArticleDateProps) {
  const date = formatPublished(value);
  if (!date) return null;
  if (!fromFile) return <>{date}</>;
  return (
    <span className="article-date--file" title={FILE_DATE_TIP} data-testid="file-date">
      {date}
      {label ? <span className="article-date__label"> (file saved)</span> : null}
      <span className="visually-hidden">{label ? ', not published' : ', the day the file was saved, not published'}</span>
    </span>
  );
}
