import { useEffect, useState, type RefObject } from 'react';
import { ArticleDate } from '../library/ArticleDate';

/** Props of {@link ReaderStickyTitle}. */
export interface ReaderStickyTitleProps {
  /** The reader's scrolling element. */
  scrollRef: RefObject<HTMLElement | null>;
  /** The article's own title: the compact line shows while it is out of view. */
  headerRef: RefObject<HTMLElement | null>;
  title: string;
  outlet: string | null;
  /** The stored date (`publishedAt`); null shows none. */
  publishedAt: string | null;
  /** The date is only the day the file was saved: marked as in the header (ArticleDate). */
  dateFromFile: boolean;
}

/**
 * One line under the reader's toolbar naming what is being read — outlet, date (a file's saved date
 * marked, as in the header), title — while the
 * article's own header is scrolled out of view (a search hit opens the reader at the first match,
 * which left nothing on screen to say which article it was, issue 12).
 */
export function ReaderStickyTitle({ scrollRef, headerRef, title, outlet, publishedAt, dateFromFile }: ReaderStickyTitleProps) {
  const [headerHidden, setHeaderHidden] = useState(false);
  useEffect(() => {
    const root = scrollRef.current;
    const header = headerRef.current;
    if (!root || !header) return;
    // NB: the toolbar is sticky over the top of the scroller (taller when its tools wrap): a title
    // under it is not seen.
    const toolbar = root.querySelector<HTMLElement>('.reader__toolbar')?.offsetHeight ?? 44;
    const observer = new IntersectionObserver(([entry]) => setHeaderHidden(entry ? !entry.isIntersecting : false), {
      root,
      rootMargin: `-${toolbar}px 0px 0px 0px`
    });
    observer.observe(header);
    return () => observer.disconnect();
  }, [scrollRef, headerRef]);
  if (!headerHidden) return null;
  return (
    <div className="reader__sticky-title" data-testid="reader-sticky-title" title={title}>
      {outlet ? <span className="reader__outlet">{outlet}</span> : null}
      {publishedAt ? (
        <span className="reader__sticky-date">
          <ArticleDate value={publishedAt} fromFile={dateFromFile} label />
        </span>
      ) : null}
      <span className="reader__sticky-name">{title}</span>
    </div>
  );
}
