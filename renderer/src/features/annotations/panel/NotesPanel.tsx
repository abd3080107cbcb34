import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, AnnotationFilter } from '@shared/contract/annotationSchemas';
import type { StorySummary } from '@shared/contract/schemas';
import { tagKey } from '@shared/annotations/tagKey';
import { Button } from '../../../components/Button';
import { useToast } from '../../../components/useToast';
import { formatCount, plural } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { ExportButton } from '../../export/ExportButton';
import { notesRequest } from '../../export/exportRequest';
import { ColourLegend } from '../ColourLegend';
import { useHighlightApi } from '../highlight/highlightContext';
import { ImportAnnotationsDialog } from '../import/ImportAnnotationsDialog';
import { useAnnotationCounts, useColourMeanings } from '../useAnnotations';
import { NoteEntry } from './NoteEntry';
import { toPanelQuery } from './panelQuery';
import { colourSections, panelRows, type GroupBy, type Section } from './sections';
import { useSectionPages } from './useSectionPages';
import { useStorySections } from './useStorySections';
import './notesPanel.css';

const HEADING_HEIGHT = 30;
const ENTRY_HEIGHT = 92;
const GROUPINGS: ReadonlyArray<{ value: GroupBy; label: string }> = [
  { value: 'article', label: 'Article' },
  { value: 'story', label: 'Story' },
  { value: 'colour', label: 'Colour' }
];

/** Props of {@link NotesPanel}. */
export interface NotesPanelProps {
  stories: readonly StorySummary[] | undefined;
  /** Opens an article in the reader (used when no highlight is to be scrolled to). */
  onOpenArticle: (articleId: number) => void;
  /** Shows a story's articles in the list. */
  onOpenStory: (storyId: number) => void;
  onOpenSettings: () => void;
  onClose: () => void;
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * The notes panel: every highlight and note of the library, grouped by article, story or colour,
 * filtered by colour meaning, tag, state and the library's query language (words, `tag:`,
 * `outlet:`, `story:`, `date:`). The list is virtual and loaded page by page, so ten thousand
 * annotations draw only the rows on screen.
 */
export function NotesPanel({ stories, onOpenArticle, onOpenStory, onOpenSettings, onClose }: NotesPanelProps) {
  const toast = useToast();
  const highlights = useHighlightApi();
  const colours = useColourMeanings();
  const [query, setQuery] = useState('');
  const settledQuery = useDebouncedValue(query, 150);
  const [groupBy, setGroupBy] = useState<GroupBy>('article');
  const [pickedColours, setPickedColours] = useState<number[]>([]);
  const [pickedTags, setPickedTags] = useState<string[]>([]);
  const [orphansOnly, setOrphansOnly] = useState(false);
  const [importOpen, setImportOpen] = useState(false);

  const parsed = useMemo(() => toPanelQuery(settledQuery, stories ?? []), [settledQuery, stories]);
  const withoutColours: AnnotationFilter = useMemo(() => {
    const tags = [...(parsed.filter.tags ?? []), ...pickedTags];
    return {
      ...parsed.filter,
      ...(tags.length ? { tags: tags.slice(0, 20) } : {}),
      ...(orphansOnly ? { states: ['orphan' as const] } : {})
    };
  }, [parsed.filter, pickedTags, orphansOnly]);
  const filter: AnnotationFilter = useMemo(
    () => (pickedColours.length ? { ...withoutColours, colours: pickedColours } : withoutColours),
    [withoutColours, pickedColours]
  );
  // The chips count over everything but the colour pick, so every colour still says what it holds.
  const chipCounts = useAnnotationCounts(withoutColours).value;
  const counts = useAnnotationCounts(filter).value;
  const storySections = useStorySections(groupBy === 'story', filter, stories);

  const sections: readonly Section[] = useMemo(() => {
    if (!counts) return [];
    if (groupBy === 'colour') return colourSections(filter, counts, colours);
    if (groupBy === 'story') return storySections ?? [];
    return [{ key: 'all', label: null, colour: null, filter, count: counts.total }];
  }, [counts, groupBy, filter, colours, storySections]);
  const rows = useMemo(() => panelRows(sections), [sections]);
  const pages = useSectionPages(sections);

  const scrollRef = useRef<HTMLDivElement>(null);
  // Another grouping or filter is another list: start it from its top.
  const listKey = `${groupBy}|${JSON.stringify(filter)}`;
  useEffect(() => {
    scrollRef.current?.scrollTo(0, 0);
  }, [listKey]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'heading' ? HEADING_HEIGHT : ENTRY_HEIGHT),
    overscan: 6,
    // NB: React 19 warns when flushSync runs inside a render.
    useFlushSync: false
  });
  const items = virtualizer.getVirtualItems();
  const visibleEntries = items.flatMap((item) => {
    const row = rows[item.index];
    return row?.type === 'entry' ? [{ section: row.section, index: row.index }] : [];
  });
  const visibleKey = visibleEntries.map((e) => `${e.section}:${e.index}`).join(',');
  const { ensure } = pages;
  useEffect(() => {
    ensure(visibleEntries);
    // visibleKey stands for visibleEntries.
  }, [visibleKey, ensure]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = (annotation: Annotation) => {
    if (annotation.kind === 'story-note') {
      if (annotation.storyId !== null) onOpenStory(annotation.storyId);
      else toast.showMessage('The story of this note is gone (regrouping dropped it); its note is kept here.');
      return;
    }
    const articleId = annotation.articleId ?? annotation.passage?.[0]?.articleId ?? null;
    if (articleId === null) {
      toast.showMessage('The article of this note was deleted; its words and note are kept here.');
      return;
    }
    if (annotation.kind === 'highlight' && highlights) highlights.openArticleAt(articleId, annotation.id);
    else onOpenArticle(articleId);
  };
  const reattach = (annotation: Annotation) => {
    if (highlights) highlights.startReattach(annotation.id);
    else if (annotation.articleId !== null) onOpenArticle(annotation.articleId);
  };

  const orphanCount = chipCounts?.byState.orphan ?? 0;
  const topTags = chipCounts?.byTag.slice(0, 12) ?? [];
  const total = counts?.total;

  return (
    <aside className="notes-panel" aria-label="Notes" data-testid="notes-panel">
      <header className="notes-panel__head">
        <h2 className="notes-panel__title">Notes</h2>
        <span className="notes-panel__total" data-testid="notes-total">
          {total === undefined ? '' : plural(total, 'entry', 'entries')}
        </span>
        <ExportButton
          request={() => notesRequest(filter, total)}
          compact
          title="Export the highlights and notes shown (the panel’s filter)"
          data-testid="notes-export"
        />
        <Button
          size="sm"
          variant="ghost"
          onClick={onOpenSettings}
          title="Name the highlight colours"
          data-testid="notes-settings"
        >
          Colours…
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon="import"
          onClick={() => setImportOpen(true)}
          title="Import annotations from a W3C JSON file (Export → W3C JSON)"
          aria-label="Import annotations…"
          data-testid="notes-import"
        />
        <Button size="sm" variant="ghost" icon="close" aria-label="Close the notes panel" onClick={onClose} />
      </header>
      <div className="notes-panel__filters">
        <input
          className="notes-panel__search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search notes: words, tag:, outlet:, story:, date:"
          aria-label="Search notes"
          data-testid="notes-search"
          spellCheck={false}
        />
        {parsed.notes.length ? (
          <p className="notes-panel__query-notes" data-testid="notes-query-notes">
            {parsed.notes.join(' ')}
          </p>
        ) : null}
        <div className="notes-panel__group" role="group" aria-label="Group by">
          <span className="notes-panel__group-label">Group by</span>
          {GROUPINGS.map((g) => (
            <button
              key={g.value}
              type="button"
              className="notes-panel__seg"
              aria-pressed={groupBy === g.value}
              onClick={() => setGroupBy(g.value)}
              data-testid={`notes-group-${g.value}`}
            >
              {g.label}
            </button>
          ))}
        </div>
        <ColourLegend
          colours={colours}
          counts={chipCounts?.byColour}
          selected={pickedColours}
          onToggle={(c) => setPickedColours((list) => toggled(list, c))}
        />
        {topTags.length || orphanCount ? (
          <div className="notes-panel__tags" role="group" aria-label="Tags">
            {topTags.map(({ tag, count }) => (
              <button
                key={tag}
                type="button"
                className="notes-chip"
                aria-pressed={pickedTags.some((t) => tagKey(t) === tagKey(tag))}
                onClick={() => setPickedTags((list) => toggled(list, tag))}
                data-testid="notes-tag-chip"
              >
                <span className="notes-chip__label">{tag}</span> <span className="notes-chip__count">{formatCount(count)}</span>
              </button>
            ))}
            {orphanCount ? (
              <button
                type="button"
                className="notes-chip is-orphans"
                aria-pressed={orphansOnly}
                onClick={() => setOrphansOnly((v) => !v)}
                data-testid="notes-orphans-chip"
              >
                Not found in the text <span className="notes-chip__count">{formatCount(orphanCount)}</span>
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="notes-panel__list" ref={scrollRef} data-testid="notes-list">
        {total === 0 ? (
          <p className="notes-panel__empty">
            {JSON.stringify(filter) === '{}'
              ? 'No highlights or notes yet. Select words in an article to highlight them, or add a note to an article, a story or a shared passage.'
              : 'No highlights or notes match.'}
          </p>
        ) : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const section = sections[row.section];
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` };
            if (row.type === 'heading')
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={style}
                  className="notes-heading"
                  data-testid="notes-heading"
                >
                  {section?.colour ? (
                    <span
                      className="notes-entry__dot"
                      style={{ background: `var(--hl-${section.colour}-bar, var(--passage-${section.colour}))` }}
                      aria-hidden="true"
                    />
                  ) : null}
                  <span className="notes-heading__label">{section?.label}</span>
                  <span className="notes-heading__count">{formatCount(section?.count ?? 0)}</span>
                </div>
              );
            const annotation = pages.getEntry(row.section, row.index);
            const previous = row.index > 0 ? pages.getEntry(row.section, row.index - 1) : undefined;
            const heading =
              groupBy === 'article' &&
              annotation &&
              (row.index === 0 || (previous && articleKey(previous) !== articleKey(annotation)))
                ? groupTitle(annotation)
                : null;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={style}>
                {annotation ? (
                  <NoteEntry annotation={annotation} colours={colours} heading={heading} onOpen={open} onReattach={reattach} />
                ) : (
                  <div className="notes-entry is-loading" style={{ height: ENTRY_HEIGHT - 8 }} aria-hidden="true" />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <ImportAnnotationsDialog open={importOpen} onClose={() => setImportOpen(false)} />
    </aside>
  );
}

function articleKey(a: Annotation): string {
  if (a.articleId !== null) return `a${a.articleId}`;
  if (a.storyId !== null) return `s${a.storyId}`;
  return `t${a.targetTitle ?? ''}`;
}

function groupTitle(a: Annotation): string {
  if (a.kind === 'story-note') return `Story: ${a.targetTitle ?? 'a story'}`;
  if (a.kind === 'passage-note') return 'Shared passages';
  return a.article?.title ?? a.targetTitle ?? 'A deleted article';
}
