import { useMemo, useRef, type PointerEvent, type MouseEvent, type Ref } from 'react';
import type { ComparedArticle } from '@shared/compare/compareArticlesTypes';
import type { Article, TextRange } from '@shared/contract/schemas';
import { hiddenEcho } from '@shared/text/shownParagraphs';
import { titleEcho } from '@shared/text/titleEcho';
import { formatCount } from '../../lib/format';
import { ArticleDate } from '../library/ArticleDate';
import type { HighlightSpan } from '../annotations/highlight/layers';
import { useHighlighting } from '../annotations/highlight/useHighlighting';
import { splitParagraphs } from '../reader/paragraphs';
import { ColumnParagraph } from './ColumnParagraph';
import type { ColumnMarkup } from './markup';
import { SourceBadge } from './SourceBadge';
import type { Source } from './sources';
import { useUniqueRules } from './useUniqueRules';

/** What a column says about its article's place in a wire group. */
export interface WireRole {
  readonly original: boolean;
  readonly agency: string | undefined;
  /** The letter of the group's likely original (for a copy). */
  readonly originalLetter: string;
}

/** Props of {@link CompareColumn}. */
export interface CompareColumnProps {
  article: Article;
  source: Source;
  /** The comparison's figures for this article; undefined while the comparison runs. */
  compared: ComparedArticle | undefined;
  markup: ColumnMarkup;
  wire: WireRole | null;
  hovered: string | null;
  selected: string | null;
  flash: TextRange | null;
  passageTitle: (clusterId: string) => string;
  onPassageClick: (articleId: string, clusterId: string, spanStart: number, element: HTMLElement) => void;
  onHover: (clusterId: string | null) => void;
  /** The scrolling text, for aligning and synchronising columns. */
  bodyRef: Ref<HTMLDivElement> | undefined;
}

const NO_HIGHLIGHTS: readonly HighlightSpan[] = [];

function passageElement(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-cluster]') : null;
}

/**
 * One source of the comparison: its header (letter, outlet, date, length, how much of it is
 * shared) and its text in paragraphs, each shared passage in its passage's colour and the text
 * only this source has ruled in the margin.
 */
export function CompareColumn(props: CompareColumnProps) {
  const { article, source, compared, markup, wire, hovered, selected, flash, passageTitle, onPassageClick, onHover, bodyRef } =
    props;
  const contentRef = useRef<HTMLDivElement | null>(null);
  const titleLine = useMemo(() => titleEcho(article.title, article.body), [article.title, article.body]);
  const highlighting = useHighlighting(article.id, article.body, contentRef, titleLine);
  // The body's opening line when it repeats the title is not drawn (the column's header shows the
  // title), as in the reader, unless a highlight lies on it. Offsets stay the body's: nothing moves.
  const allParagraphs = useMemo(() => splitParagraphs(article.body), [article.body]);
  const hideTitleLine = hiddenEcho(titleLine, highlighting.spans) !== null;
  // NB: keyed on the boolean, not the spans, so a new highlight does not redraw every paragraph.
  const paragraphs = useMemo(
    () => (hideTitleLine && titleLine ? allParagraphs.filter((p) => p.start >= titleLine.end) : allParagraphs),
    [allParagraphs, hideTitleLine, titleLine]
  );
  // Each paragraph gets only the highlights touching it, so a change redraws only those paragraphs.
  const highlightsOf = useMemo(
    () => paragraphs.map((p) => highlighting.spans.filter((h) => h.start < p.end && h.end > p.start)),
    [paragraphs, highlighting.spans]
  );
  const rules = useUniqueRules(contentRef, markup);
  // The passages each paragraph carries, so hovering redraws only those paragraphs.
  const carried = useMemo(
    () =>
      paragraphs.map((p) => new Set(markup.passages.filter((x) => x.start < p.end && x.end > p.start).map((x) => x.clusterId))),
    [paragraphs, markup]
  );
  const sharedPercent = compared ? Math.round(compared.sharedShare * 100) : null;
  const uniqueTitle = `Only in ${source.letter} (${source.name}): no other source has this`;

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (highlighting.onClick(event)) return;
    const element = passageElement(event.target);
    if (!element) return;
    const clusterId = element.dataset.cluster;
    const start = Number(element.dataset.spanStart);
    if (clusterId) onPassageClick(source.id, clusterId, start, element);
  };
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => onHover(passageElement(event.target)?.dataset.cluster ?? null);

  return (
    <section
      className="compare-column"
      aria-label={`${source.letter}: ${article.title}`}
      data-testid="compare-column"
      data-article-id={article.id}
    >
      <header className="compare-column__header">
        <div className="compare-column__kicker">
          <SourceBadge source={source} />
          {article.outlet ? (
            <span className="compare-column__outlet" title={article.outlet}>
              {article.outlet}
            </span>
          ) : null}
          {/* A file's saved date marked as in the library list (no room here for the words). */}
          {article.publishedAt ? (
            <span className="compare-column__date">
              <ArticleDate value={article.publishedAt} fromFile={article.dateFromFile === true} />
            </span>
          ) : null}
        </div>
        <h2 className="compare-column__title" title={article.title}>
          {article.title}
        </h2>
        <div className="compare-column__tags">
          {wire ? (
            wire.original ? (
              <span className="tag tag--accent" title="The member of its wire group closest to the agency's story">
                Likely {wire.agency ?? 'wire'} original
              </span>
            ) : (
              <span className="tag" title={`Shares most of its text with ${wire.originalLetter}, the group's likely original`}>
                {wire.agency ?? 'Wire'} copy of {wire.originalLetter}
              </span>
            )
          ) : null}
          {(compared?.credits ?? article.wireCredits).map((credit) => (
            <span key={credit} className="tag tag--quiet" title="Credited in the article">
              {credit}
            </span>
          ))}
        </div>
        {/* The length beside the share bar: in a narrow column the tags need the whole row above (issue 12). */}
        <div className="compare-column__measure">
          <span className="compare-column__words">{formatCount(article.wordCount)} words</span>
          <div
            className={`share-bar${sharedPercent === null ? ' is-pending' : ''}`}
            role="img"
            aria-label={
              sharedPercent === null
                ? 'Comparing…'
                : `${sharedPercent}% shared with other sources, ${100 - sharedPercent}% only here`
            }
            title={
              sharedPercent === null
                ? undefined
                : `${sharedPercent}% of its words are in passages other sources share; ${100 - sharedPercent}% only here`
            }
          >
            <span className="share-bar__track">
              <span className="share-bar__shared" style={{ width: `${sharedPercent ?? 0}%` }} />
            </span>
            <span className="share-bar__label">{sharedPercent === null ? '—' : `${sharedPercent}% shared`}</span>
          </div>
        </div>
      </header>
      <div
        ref={bodyRef}
        className="compare-column__body"
        tabIndex={0}
        data-scroll-column={source.id}
        aria-label={`Text of ${source.letter}`}
        onClick={onClick}
        onMouseUp={highlighting.onMouseUp}
        onKeyDown={(event) => {
          if (highlighting.onKeyDown(event)) event.stopPropagation();
        }}
        onPointerOver={onPointerOver}
        onPointerLeave={() => onHover(null)}
      >
        {highlighting.overlay}
        <div ref={contentRef} className="compare-column__text">
          {rules.map((rule) => (
            <span key={rule.top} className="unique-rule" style={{ top: rule.top, height: rule.height }} aria-hidden="true" />
          ))}
          {paragraphs.map((p, i) => (
            <ColumnParagraph
              key={p.start}
              text={article.body}
              start={p.start}
              end={p.end}
              markup={markup}
              hovered={hovered !== null && carried[i]!.has(hovered) ? hovered : null}
              selected={selected !== null && carried[i]!.has(selected) ? selected : null}
              flash={flash && flash.start < p.end && flash.end > p.start ? flash : null}
              passageTitle={passageTitle}
              uniqueTitle={uniqueTitle}
              highlights={highlightsOf[i] ?? NO_HIGHLIGHTS}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
