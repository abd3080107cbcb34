import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Comparison } from '@shared/compare/compareArticlesTypes';
import type { Article, TextRange } from '@shared/contract/schemas';
import { SkeletonBar } from '../../components/SkeletonBar';
import { Splitter } from '../../components/Splitter';
import { useStoredFlag, useStoredNumber } from '../../lib/useStoredValue';
import { useWindowWidth } from '../../app/useWindowWidth';
import { alignedScrollTops, nearestIndex } from './alignScroll';
import { CompareColumn, type WireRole } from './CompareColumn';
import { compareRequest } from '../export/exportRequest';
import { CompareProgress, CompareToolbar } from './CompareToolbar';
import { HiddenColumnsHint } from './HiddenColumnsHint';
import { Inspector, type InspectorTab } from './Inspector';
import { columnMarkup, markupOf } from './markup';
import { lettersOf, sourcesOf } from './sources';
import type { ComparisonRequest } from './useComparison';
import { useComparisonRun } from './useComparisonRun';
import { useHiddenColumns } from './useHiddenColumns';
import { useSyncScroll } from './useSyncScroll';
import './compare.css';

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  /** What to compare; the view reads the articles and runs the comparison (useComparisonRun). */
  request: ComparisonRequest;
  onCancel: () => void;
  /** Closes the view (also when an article cannot be opened or the comparison fails). */
  onClose: () => void;
}

/** The passage the user picked: which source it was picked in, and where. */
export interface SelectedPassage {
  readonly articleId: string;
  readonly clusterId: string;
  readonly spanStart: number;
}

/** Ranges shown from a panel (a quote, a figure, a name), at most one per source. */
export interface Flash {
  readonly ranges: ReadonlyMap<string, TextRange>;
  readonly key: number;
}

/** A range of one source's text. */
export interface SourceRange {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

const NO_ARTICLES: readonly Article[] = [];
const INSPECTOR_MIN = 300;
const INSPECTOR_MAX = 560;
const COLUMNS_MIN = 480;
/** Where a passage reached with the keyboard lands, from the top of its column. */
const READING_LINE = 72;
/** How long passage alignment keeps synchronised scrolling from undoing it. */
const ALIGN_MS = 700;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The comparison: one column per source, shared passages coloured alike in every column and
 * aligned on click, and the inspector (overview, the picked passage's word differences, wire
 * copies, quotes, figures, names). While the worker compares, the texts are already readable.
 */
export function CompareView({ request, onCancel, onClose }: CompareViewProps) {
  const state = useComparisonRun(request, onClose);
  const articles = state.phase === 'loading' ? NO_ARTICLES : state.articles;
  const comparison: Comparison | null = state.phase === 'done' ? state.comparison : null;
  const sources = useMemo(() => sourcesOf(articles), [articles]);
  const markup = useMemo(() => (comparison ? columnMarkup(comparison) : new Map()), [comparison]);
  const compared = useMemo(() => new Map((comparison?.articles ?? []).map((a) => [a.id, a])), [comparison]);
  const clusterTitles = useMemo(
    () => new Map((comparison?.clusters ?? []).map((c) => [c.id, `Shared passage, in ${lettersOf(c.articleIds, sources)}`])),
    [comparison, sources]
  );
  const passageTitle = useCallback((clusterId: string) => clusterTitles.get(clusterId) ?? 'Shared passage', [clusterTitles]);
  const wireRoles = useMemo(() => {
    const roles = new Map<string, WireRole>();
    for (const group of comparison?.wireGroups ?? []) {
      const originalLetter = sources.get(group.originalId)?.letter ?? '?';
      for (const id of group.articleIds)
        roles.set(id, { original: id === group.originalId, agency: group.agency, originalLetter });
    }
    return roles;
  }, [comparison, sources]);

  const [selected, setSelected] = useState<SelectedPassage | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [tab, setTab] = useState<InspectorTab>('overview');
  const [sync, setSync] = useStoredFlag('crosscheck.compare.syncScroll', false);
  const [inspectorOpen, setInspectorOpen] = useStoredFlag('crosscheck.compare.inspector', true);
  const [inspectorWidth, setInspectorWidth] = useStoredNumber('crosscheck.compare.inspectorWidth', 340);
  const windowWidth = useWindowWidth();

  const rootRef = useRef<HTMLElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  const bodies = useRef(new Map<string, HTMLDivElement>());
  const syncPausedUntil = useRef(0);
  const flashKey = useRef(0);
  useSyncScroll(columnsRef, sync, syncPausedUntil);

  // The view takes the keyboard as it opens, so Esc closes it straight away.
  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, []);

  // Ranges picked in a panel: centre each in its column, bring the first column into view, blink once.
  useEffect(() => {
    if (!flash) return;
    const reduced = prefersReducedMotion();
    let first = true;
    syncPausedUntil.current = performance.now() + ALIGN_MS;
    for (const articleId of flash.ranges.keys()) {
      const body = bodies.current.get(articleId);
      const element = body?.querySelector<HTMLElement>('.is-flash');
      if (!body || !element) continue;
      const top = element.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
      body.scrollTo({
        top: Math.max(0, top - body.clientHeight / 2 + element.offsetHeight / 2),
        behavior: reduced ? 'auto' : 'smooth'
      });
      if (first)
        body.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
      first = false;
      if (reduced) continue;
      const color = getComputedStyle(element).getPropertyValue('--flash').trim() || 'orange';
      element.animate(
        [{ boxShadow: `0 0 0 0 ${color}` }, { boxShadow: `0 0 0 6px ${color}` }, { boxShadow: `0 0 0 0 ${color}` }],
        {
          duration: 520,
          iterations: 2,
          delay: 250
        }
      );
    }
  }, [flash]);

  const bodyRef = useCallback(
    (id: string) => (element: HTMLDivElement | null) => {
      if (element) bodies.current.set(id, element);
      else bodies.current.delete(id);
    },
    []
  );
  const bodyRefs = useMemo(() => new Map(articles.map((a) => [String(a.id), bodyRef(String(a.id))])), [articles, bodyRef]);

  /** Puts the passage on one line across the columns, where `element` is (or at the reading line). */
  const align = useCallback((articleId: string, clusterId: string, element: HTMLElement, atReadingLine: boolean) => {
    const anchorBody = bodies.current.get(articleId);
    if (!anchorBody) return;
    const place = (body: HTMLElement, target: Element) => {
      const bodyTop = body.getBoundingClientRect().top;
      const top = target.getBoundingClientRect().top - bodyTop;
      return { body, viewportTop: top, contentTop: top + body.scrollTop, maxScroll: body.scrollHeight - body.clientHeight };
    };
    const anchor = place(anchorBody, element);
    const line =
      atReadingLine || anchor.viewportTop < 0 || anchor.viewportTop > anchorBody.clientHeight - 40
        ? READING_LINE
        : anchor.viewportTop;
    const others = [];
    for (const [id, body] of bodies.current) {
      if (id === articleId) continue;
      // One element per span of the passage (a span may be cut into several at paragraph breaks).
      const starts = new Map<string, Element>();
      for (const candidate of body.querySelectorAll(`[data-cluster="${CSS.escape(clusterId)}"]`)) {
        const start = candidate.getAttribute('data-span-start') ?? '';
        if (!starts.has(start)) starts.set(start, candidate);
      }
      const candidates = [...starts.values()].map((c) => place(body, c));
      const nearest = nearestIndex(
        candidates.map((c) => c.contentTop),
        body.scrollTop + line
      );
      if (nearest >= 0) others.push(candidates[nearest]!);
    }
    const tops = alignedScrollTops(anchor, line, others);
    const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
    syncPausedUntil.current = performance.now() + ALIGN_MS;
    [anchor, ...others].forEach((column, i) => column.body.scrollTo({ top: tops[i]!, behavior }));
  }, []);

  const selectPassage = useCallback(
    (articleId: string, clusterId: string, spanStart: number, element: HTMLElement, atReadingLine = false) => {
      setSelected({ articleId, clusterId, spanStart });
      setTab('passage');
      setInspectorOpen(true);
      align(articleId, clusterId, element, atReadingLine);
    },
    [align, setInspectorOpen]
  );

  /** Shows ranges in their columns (the first range of each source), from a panel. */
  const reveal = useCallback((ranges: readonly SourceRange[]) => {
    const byArticle = new Map<string, TextRange>();
    for (const { articleId, start, end } of ranges) if (!byArticle.has(articleId)) byArticle.set(articleId, { start, end });
    if (byArticle.size === 0) return;
    flashKey.current += 1;
    setFlash({ ranges: byArticle, key: flashKey.current });
  }, []);

  /** N / Shift+N: the next or previous shared passage of the column in use. */
  const stepPassage = (direction: 1 | -1) => {
    if (!comparison) return;
    const focused =
      document.activeElement instanceof Element ? document.activeElement.closest<HTMLElement>('[data-scroll-column]') : null;
    const articleId = focused?.dataset.scrollColumn ?? selected?.articleId ?? String(articles[0]?.id ?? '');
    const body = bodies.current.get(articleId);
    const passages = markupOf(markup, articleId).passages;
    if (!body || passages.length === 0) return;
    let index: number;
    if (selected && selected.articleId === articleId) {
      const at = passages.findIndex((p) => p.start === selected.spanStart && p.clusterId === selected.clusterId);
      index = at + direction;
    } else {
      // From wherever the column is scrolled to: the first passage below its top edge.
      const elements = [...body.querySelectorAll<HTMLElement>('[data-span-start]')];
      const bodyTop = body.getBoundingClientRect().top;
      const below = elements.find((e) => e.getBoundingClientRect().top - bodyTop >= 0);
      const start = below ? Number(below.dataset.spanStart) : Infinity;
      index = passages.findIndex((p) => p.start >= start);
      if (index < 0) index = passages.length;
      if (direction < 0) index -= 1;
    }
    const passage = passages[Math.min(Math.max(index, 0), passages.length - 1)]!;
    const element = body.querySelector<HTMLElement>(
      `[data-cluster="${CSS.escape(passage.clusterId)}"][data-span-start="${passage.start}"]`
    );
    if (element) selectPassage(articleId, passage.clusterId, passage.start, element, true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented) return;
    const typing = event.target instanceof HTMLInputElement;
    if (event.key === 'Escape') onClose();
    else if (!typing && (event.key === 'n' || event.key === 'N') && !event.ctrlKey && !event.metaKey && !event.altKey)
      stepPassage(event.shiftKey ? -1 : 1);
    else return;
    event.preventDefault();
  };

  const inspectorMax = Math.max(INSPECTOR_MIN, Math.min(INSPECTOR_MAX, windowWidth - COLUMNS_MIN));
  const panelWidth = Math.min(Math.max(inspectorWidth, INSPECTOR_MIN), inspectorMax);
  const columnCount = state.phase === 'loading' ? state.ids.length : articles.length;
  const hiddenColumns = useHiddenColumns(columnsRef, `${state.phase}:${columnCount}`);

  return (
    <section
      ref={rootRef}
      className="compare"
      aria-label="Comparison"
      data-testid="compare-view"
      data-phase={state.phase}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <CompareToolbar
        title={state.title}
        count={columnCount}
        milliseconds={state.phase === 'done' ? state.milliseconds : null}
        busy={state.phase !== 'done'}
        sync={sync}
        onSyncChange={setSync}
        inspectorOpen={inspectorOpen}
        onInspectorOpenChange={setInspectorOpen}
        onClose={onClose}
        exportRequest={compareRequest(state.phase === 'loading' ? state.ids : articles.map((a) => a.id), state.title)}
      />
      {request.note ? (
        <p className="compare-note" role="note" data-testid="compare-note">
          {request.note}
        </p>
      ) : null}
      {state.phase !== 'done' ? (
        <CompareProgress
          phase={state.phase}
          loaded={state.phase === 'loading' ? state.loaded : columnCount}
          count={columnCount}
          startedAt={state.phase === 'running' ? state.startedAt : null}
          onCancel={onCancel}
        />
      ) : null}
      <div className="compare__body">
        <div className="compare__stage">
          <div ref={columnsRef} className={`compare__columns${selected ? ' has-selection' : ''}`}>
            {state.phase === 'loading'
              ? state.ids.map((id) => <SkeletonColumn key={id} />)
              : articles.map((article) => {
                  const id = String(article.id);
                  const source = sources.get(id)!;
                  return (
                    <CompareColumn
                      key={id}
                      article={article}
                      source={source}
                      compared={compared.get(id)}
                      markup={markupOf(markup, id)}
                      wire={wireRoles.get(id) ?? null}
                      hovered={hovered}
                      selected={selected?.clusterId ?? null}
                      flash={flash?.ranges.get(id) ?? null}
                      passageTitle={passageTitle}
                      onPassageClick={selectPassage}
                      onHover={setHovered}
                      bodyRef={bodyRefs.get(id)}
                    />
                  );
                })}
          </div>
          <HiddenColumnsHint hidden={hiddenColumns} count={columnCount} columnsRef={columnsRef} />
        </div>
        {inspectorOpen ? (
          <>
            <Splitter
              value={windowWidth - panelWidth}
              min={windowWidth - inspectorMax}
              max={windowWidth - INSPECTOR_MIN}
              onChange={(columnsWidth) => setInspectorWidth(windowWidth - columnsWidth)}
              label="Resize the columns and the inspector"
            />
            <Inspector
              width={panelWidth}
              tab={tab}
              onTabChange={setTab}
              comparison={comparison}
              articles={articles}
              sources={sources}
              selected={selected}
              onSelectedChange={setSelected}
              onStep={stepPassage}
              onReveal={reveal}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}

/** A column whose article is still on its way: the shape of a column, without content. */
function SkeletonColumn() {
  return (
    <section className="compare-column compare-column--skeleton" aria-hidden="true">
      <header className="compare-column__header">
        <SkeletonBar width="40%" />
        <SkeletonBar width="90%" height={12} />
        <SkeletonBar width="70%" height={12} />
      </header>
      <div className="compare-column__body">
        <div className="compare-column__text">
          {[96, 88, 92, 70, 94, 85, 60].map((width) => (
            <SkeletonBar key={width} width={`${width}%`} height={9} />
          ))}
        </div>
      </div>
    </section>
  );
}
