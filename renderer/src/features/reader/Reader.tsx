import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { assignRef } from '../../lib/assignRef';
import { useCollapseToFit } from '../../lib/useCollapseToFit';
import { Kbd } from '../../components/Kbd';
import { SkeletonBar } from '../../components/SkeletonBar';
import { Switch } from '../../components/Switch';
import { formatPublished } from '../../lib/format';
import { useHighlightApi } from '../annotations/highlight/highlightContext';
import { useHighlighting } from '../annotations/highlight/useHighlighting';
import { ExportButton } from '../export/ExportButton';
import { articleRequest } from '../export/exportRequest';
import { ArticleDate } from '../library/ArticleDate';
import { SampleBadge } from '../library/SampleBadge';
import { markVariants } from '../search/variantWords';
import { MatchNavigator } from './MatchNavigator';
import { OriginalText } from './OriginalText';
import { ReaderBody } from './ReaderBody';
import { ObjectNotes } from '../annotations/ObjectNotes';
import { EditDetailsDialog } from './EditDetailsDialog';
import { ReaderFacts } from './ReaderFacts';
import { ReaderMenu } from './ReaderMenu';
import { ReaderStickyTitle } from './ReaderStickyTitle';
import { ReadingWidthSelect, useReadingWidth } from './ReadingWidth';
import { originalUnavailableReason } from './originalReason';
import { scrollToFirstMatch } from './scrollToMatch';
import { partsReaching, shownEnd } from './shownPart';
import { findTermRanges } from './termRanges';
import { hiddenEcho } from '@shared/text/shownParagraphs';
import { titleEcho } from '@shared/text/titleEcho';
import { useArticle, useArticleSaved } from './useArticle';
import './reader.css';

/** Props of {@link Reader}. */
export interface ReaderProps {
  articleId: number | null;
  /** The current search's terms (folded; `*` marks a prefix), marked in the text. */
  terms: readonly string[];
  /** Folded variant word → the typed word it stands for: those marks are drawn as variants. */
  variantOf: ReadonlyMap<string, string>;
  /** Esc: hand focus back to the list. */
  onBack: () => void;
  /** With nothing in the library the list explains what to do; the reader then stays quiet. */
  libraryEmpty: boolean;
  readerRef: Ref<HTMLElement>;
}

/**
 * The reading pane: one article with its provenance, the search terms marked and scrolled to, and
 * the original file's text on demand, with what clean-up removed shown rather than hidden.
 */
export function Reader({ articleId, terms, variantOf, onBack, libraryEmpty, readerRef }: ReaderProps) {
  const { article, loading } = useArticle(articleId);
  const articleSaved = useArticleSaved();
  const [editing, setEditing] = useState(false);
  const [showOriginal, setShowOriginal] = useState(false);
  const scrollRef = useRef<HTMLElement | null>(null);
  const headerRef = useRef<HTMLHeadingElement | null>(null);
  const [readingWidth, setReadingWidth] = useReadingWidth();
  // Highlights live on the clean body; the original file's text shows none.
  const titleLine = useMemo(
    () => (article && !showOriginal ? titleEcho(article.title, article.body) : null),
    [article, showOriginal]
  );
  const highlighting = useHighlighting(article && !showOriginal ? article.id : null, article?.body ?? '', scrollRef, titleLine);

  const text = article ? (showOriginal ? (article.original ?? article.body) : article.body) : '';
  // A huge body is shown a part at a time (shownPart.ts); its marks are found in the part shown.
  const partsView = `${article?.id ?? 0}|${showOriginal}`;
  const [parts, setParts] = useState({ view: partsView, count: 1 });
  // Opened at a highlight past the shown part (the notes panel's jump): enough parts to draw it,
  // so useHighlighting can scroll to it and flash it.
  const target = useHighlightApi()?.target;
  const targetSpan =
    target && target.articleId === article?.id && !showOriginal
      ? highlighting.spans.find((span) => span.id === target.annotationId)
      : undefined;
  const partCount = Math.max(parts.view === partsView ? parts.count : 1, targetSpan ? partsReaching(targetSpan.end) : 1);
  // NB: the original file's text (on demand) is drawn whole, so its marks are found everywhere.
  const end = showOriginal ? text.length : shownEnd(text, partCount);
  // The body's opening line when it repeats the title is not drawn (shared/text/shownParagraphs.ts,
  // the rule exports number paragraphs by), unless a highlight lies on it; its search marks go
  // with it, so "1 of N" counts what is shown.
  const echo = useMemo(() => hiddenEcho(titleLine, highlighting.spans), [titleLine, highlighting.spans]);
  const marks = useMemo(
    () =>
      markVariants(text, findTermRanges(end === text.length ? text : text.slice(0, end), terms), variantOf).filter(
        (mark) => !echo || mark.start >= echo.end
      ),
    [text, end, terms, variantOf, echo]
  );
  // One row whatever the pane's width: what does not fit goes into the ⋯ menu (ReaderMenu), the
  // view settings (reading width, Show original) first, Edit details and Export only when even
  // they do not fit (review 14 #16: at 1440×900 with a search on, all four went at once).
  const toolbar = useCollapseToFit(marks.length > 0 ? 'matches' : 'plain', 2);
  const view = `${article?.id ?? 0}|${showOriginal}|${terms.join(' ')}`;
  const [match, setMatch] = useState({ view, index: 0 });
  const matchIndex = match.view === view ? match.index : 0;

  // Opening an article (or changing the search) lands on the first match, or at the top.
  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const first = container.querySelector('.reader-body mark');
    if (first) scrollToFirstMatch(container, first);
    else container.scrollTo({ top: 0 });
  }, [view]);

  const goToMatch = (index: number) => {
    setMatch({ view, index });
    const mark = scrollRef.current?.querySelectorAll('.reader-body mark')[index];
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (highlighting.onKeyDown(event)) return;
    // Select all takes the article's text, not the window around it (sidebar, list, toolbar):
    // what a reader copies next is the article (review 12).
    const inField = event.target instanceof Element && event.target.closest('input, textarea, select');
    if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && !inField) {
      const text = scrollRef.current?.querySelector('.reader-body');
      if (text) {
        event.preventDefault();
        window.getSelection()?.selectAllChildren(text);
      }
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    }
  };

  const setRefs = (element: HTMLElement | null) => {
    scrollRef.current = element;
    assignRef(readerRef, element);
  };

  const sectionProps = {
    ref: setRefs,
    className: 'reader',
    'aria-label': 'Reader',
    'data-testid': 'reader',
    tabIndex: 0,
    onKeyDown,
    onMouseUp: highlighting.onMouseUp,
    onClick: highlighting.onClick
  };

  if (articleId === null && libraryEmpty) {
    // The list beside says the library is empty and holds Import articles…; this pane says what it is for.
    return (
      <section {...sectionProps}>
        <EmptyState icon="book" title="Nothing to read yet">
          <p>Import articles (Import articles… in the list, or drop files on the window), then pick one to read it here.</p>
        </EmptyState>
      </section>
    );
  }

  if (articleId === null) {
    return (
      <section {...sectionProps}>
        <EmptyState icon="book" title="No article open">
          <p>Choose an article from the list to read it here.</p>
          <p className="reader__keys">
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> to move <span aria-hidden="true">·</span> <Kbd>Enter</Kbd> to open{' '}
            <span aria-hidden="true">·</span> <Kbd>Esc</Kbd> to go back
          </p>
        </EmptyState>
      </section>
    );
  }

  if (!article) {
    return (
      <section {...sectionProps} aria-busy="true">
        <div className="reader__article">
          <SkeletonBar width="30%" />
          <div className="reader__skeleton-title">
            <SkeletonBar width="90%" height={22} />
            <SkeletonBar width="60%" height={22} />
          </div>
          {[92, 97, 88, 95, 70].map((width) => (
            <SkeletonBar key={width} width={`${width}%`} height={10} />
          ))}
        </div>
      </section>
    );
  }

  const date = formatPublished(article.publishedAt);
  return (
    <section {...sectionProps} aria-busy={loading}>
      {highlighting.overlay}
      <div className="reader__toolbar">
        <div
          className="reader__toolbar-row"
          ref={toolbar.ref}
          data-compact={toolbar.compact || undefined}
          data-fold={toolbar.level}
          data-testid="reader-toolbar"
        >
          <div className="reader__toolbar-start">
            {marks.length > 0 ? <MatchNavigator count={marks.length} current={matchIndex} onGo={goToMatch} /> : null}
          </div>
          <div className="reader__toolbar-end">
            {toolbar.compact ? null : (
              <>
                <Button variant="ghost" size="sm" onClick={() => setEditing(true)} data-testid="edit-details-button">
                  Edit details
                </Button>
                <ExportButton
                  request={articleRequest(article.id, article.title)}
                  compact
                  title="Export this article’s highlights and notes"
                  data-testid="reader-export"
                />
              </>
            )}
            {toolbar.level === 0 ? (
              <>
                <ReadingWidthSelect value={readingWidth} onChange={setReadingWidth} />
                {/* Off, saying why, when clean-up changed nothing: the original is the text shown (articles:get sends none). */}
                <Switch
                  checked={showOriginal}
                  onChange={setShowOriginal}
                  label="Show original"
                  testId="show-original-toggle"
                  disabledReason={originalUnavailableReason(article)}
                />
              </>
            ) : (
              <ReaderMenu
                showOriginal={showOriginal}
                onShowOriginal={setShowOriginal}
                originalUnavailable={originalUnavailableReason(article)}
                readingWidth={readingWidth}
                onReadingWidth={setReadingWidth}
                actions={
                  toolbar.compact
                    ? { onEditDetails: () => setEditing(true), exportRequest: articleRequest(article.id, article.title) }
                    : null
                }
              />
            )}
          </div>
        </div>
        <ReaderStickyTitle
          key={article.id}
          scrollRef={scrollRef}
          headerRef={headerRef}
          title={article.title}
          outlet={article.outlet}
          publishedAt={article.publishedAt}
          dateFromFile={article.dateFromFile === true}
        />
      </div>
      {editing ? <EditDetailsDialog article={article} open onClose={() => setEditing(false)} onSaved={articleSaved} /> : null}
      <article
        className={`reader__article${loading ? ' is-loading' : ''}`}
        data-width={readingWidth}
        aria-labelledby="reader-title"
      >
        <header className="reader__header">
          <div className="reader__kicker">
            {article.outlet ? <span className="reader__outlet">{article.outlet}</span> : null}
            {date ? (
              <span>
                <ArticleDate value={article.publishedAt} fromFile={article.dateFromFile === true} label />
              </span>
            ) : null}
            {article.collection === 'sample' ? <SampleBadge /> : null}
          </div>
          <h1 id="reader-title" className="reader__title" data-testid="reader-title" ref={headerRef} dir="auto">
            {article.title}
          </h1>
          {article.byline ? <p className="reader__byline">{article.byline}</p> : null}
          <ReaderFacts article={article} />
          <ObjectNotes
            key={article.id}
            target={{ kind: 'article-note', articleId: article.id }}
            label="this article"
            testId="article-notes"
          />
        </header>
        {showOriginal ? (
          <OriginalText article={article} marks={marks} />
        ) : (
          <ReaderBody article={article} marks={marks} highlights={highlighting.spans} end={end} from={echo?.end ?? 0} />
        )}
        {end < text.length ? (
          <div className="reader__more" data-testid="reader-more">
            <p>
              This text is long: the first {Math.floor((100 * end) / text.length)}% is shown, and search marks are found in that
              part.
            </p>
            <Button variant="secondary" size="sm" onClick={() => setParts({ view: partsView, count: partCount + 1 })}>
              Show more
            </Button>
          </div>
        ) : null}
      </article>
    </section>
  );
}
