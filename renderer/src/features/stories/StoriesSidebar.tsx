import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { StorySummary } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { SkeletonBar } from '../../components/SkeletonBar';
import { formatCount, plural } from '../../lib/format';
import { hasPrimaryModifier, isMac } from '../../lib/platform';
import { StoriesProgress } from './StoriesProgress';
import { StoryItem } from './StoryItem';
import { shownStories, type StorySort } from './shownStories';
import type { StoryActions } from './useStories';
import { useStoriesProgress } from './useStoriesProgress';
import './stories.css';

/** Props of {@link StoriesSidebar}. */
export interface StoriesSidebarProps {
  /** The stories of two or more articles, largest first; undefined while loading. */
  stories: readonly StorySummary[] | undefined;
  /** The story the list shows, or null for the whole library. */
  activeId: number | null;
  onActiveChange: (id: number | null) => void;
  /** Articles in the library, for "All articles" and the count of those standing alone. */
  articleCount: number | undefined;
  onCompare: (story: StorySummary) => void;
  actions: StoryActions;
  onHide: () => void;
}

/**
 * The stories of the library — two or more articles about one event, grouped at import — largest
 * or newest first, narrowed by the filter box (words of the name or of the articles' titles);
 * under them, how many articles stand alone (in no story). Choosing one lists its articles; each can be compared in one click, renamed (F2 or double-
 * click), merged with others (Ctrl/⌘-click or Space to pick, then Merge), and receive articles
 * dragged from the list. ↑/↓ move between stories.
 */
export function StoriesSidebar({
  stories,
  activeId,
  onActiveChange,
  articleCount,
  onCompare,
  actions,
  onHide
}: StoriesSidebarProps) {
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [mergePicks, setMergePicks] = useState<ReadonlySet<number>>(new Set());
  const [focusIndex, setFocusIndex] = useState(0);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<StorySort>('size');
  const items = useRef(new Map<number, HTMLButtonElement>());
  const regroupButton = useRef<HTMLButtonElement>(null);
  const grouping = useStoriesProgress();
  const focusRegroup = useCallback(() => regroupButton.current?.focus(), []);
  const all = useMemo(() => stories ?? [], [stories]);
  const list = useMemo(() => shownStories(all, filter, sort), [all, filter, sort]);
  // The merged story keeps the name of the largest (the engine lists stories largest first).
  const picked = all.filter((s) => mergePicks.has(s.id));
  const target = picked[0];
  // Each article is in one story at most, so the rest of the library stands alone.
  const inStories = all.reduce((sum, s) => sum + s.articleIds.length, 0);
  const standalone = stories && articleCount !== undefined ? Math.max(articleCount - inStories, 0) : undefined;
  const tabIndex = Math.min(focusIndex, Math.max(list.length - 1, 0));

  const togglePick = (story: StorySummary) => {
    const next = new Set(mergePicks);
    if (next.has(story.id)) next.delete(story.id);
    else next.add(story.id);
    setMergePicks(next);
  };

  const onSelect = (story: StorySummary, event: MouseEvent | KeyboardEvent) => {
    if (hasPrimaryModifier(event)) {
      togglePick(story);
      return;
    }
    onActiveChange(story.id === activeId ? null : story.id);
  };

  const focusAt = (index: number) => {
    const story = list[Math.min(Math.max(index, 0), list.length - 1)];
    if (story) items.current.get(story.id)?.focus();
  };

  const onItemKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const story = list[index];
    if (!story) return;
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(list.length - 1);
    else if (event.key === 'F2') setRenamingId(story.id);
    else if (event.key === ' ') togglePick(story);
    else if (event.key === 'Escape' && mergePicks.size > 0) setMergePicks(new Set());
    else return;
    event.preventDefault();
  };

  const finishRename = (story: StorySummary, label: string | null) => {
    if (renamingId !== story.id) return;
    setRenamingId(null);
    if (label !== null) actions.rename(story, label);
    requestAnimationFrame(() => items.current.get(story.id)?.focus());
  };

  return (
    <nav className="stories" aria-label="Stories" data-testid="stories-sidebar">
      <div className="sidebar-head stories__head">
        <h2 className="pane-heading__title">Stories</h2>
        {stories ? <span className="pane-heading__meta">{formatCount(stories.length)}</span> : null}
        <span className="stories__tools">
          <Button
            variant="ghost"
            size="sm"
            icon="refresh"
            aria-label="Regroup stories"
            title="Group the library into stories again (your names and moves are kept)"
            onClick={actions.regroup}
            ref={regroupButton}
          />
          <Button
            variant="ghost"
            size="sm"
            icon="sidebar"
            aria-label="Hide sidebar"
            title="Hide the sidebar (stories and searches)"
            onClick={onHide}
          />
        </span>
      </div>
      {grouping.running ? (
        <StoriesProgress
          running={grouping.running}
          cancelling={grouping.cancelling}
          onCancel={grouping.cancel}
          onFocusLeft={focusRegroup}
        />
      ) : null}
      <button
        type="button"
        className={`stories__all${activeId === null ? ' is-active' : ''}`}
        aria-current={activeId === null || undefined}
        onClick={() => onActiveChange(null)}
      >
        <Icon name="book" size={14} />
        <span className="stories__all-label">All articles</span>
        {articleCount !== undefined ? <span className="count-pill story-item__count">{formatCount(articleCount)}</span> : null}
      </button>
      {stories === undefined ? (
        <div className="stories__skeleton" aria-hidden="true">
          {[80, 62, 74].map((w) => (
            <SkeletonBar key={w} width={`${w}%`} height={10} />
          ))}
        </div>
      ) : all.length === 0 ? (
        <p className="stories__empty">
          {articleCount
            ? 'No two articles are about one event yet: stories appear when they are.'
            : 'Stories appear after an import: articles about one event are grouped together, to compare in one click.'}
        </p>
      ) : (
        <>
          {all.length > 1 ? (
            <div className="stories__filter">
              <input
                type="search"
                className="stories__filter-input"
                placeholder="Filter stories"
                aria-label="Filter stories by name or title words"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && filter) {
                    setFilter('');
                    e.preventDefault();
                  } else if (e.key === 'ArrowDown') {
                    focusAt(0);
                    e.preventDefault();
                  }
                }}
              />
              <select
                className="stories__sort"
                aria-label="Sort stories"
                value={sort}
                onChange={(e) => setSort(e.target.value === 'date' ? 'date' : 'size')}
              >
                <option value="size">Largest first</option>
                <option value="date">Newest first</option>
              </select>
            </div>
          ) : null}
          {list.length === 0 ? (
            <p className="stories__empty" data-testid="stories-no-match">
              No story’s name or titles hold “{filter.trim()}”.
            </p>
          ) : null}
          <ul className="stories__list" aria-label={sort === 'date' ? 'Stories, newest first' : 'Stories, largest first'}>
            {list.map((story, index) => (
              <StoryItem
                key={story.id}
                story={story}
                active={story.id === activeId}
                picked={mergePicks.has(story.id)}
                tabbable={index === tabIndex}
                renaming={renamingId === story.id}
                onSelect={onSelect}
                onCompare={onCompare}
                onStartRename={(s) => setRenamingId(s.id)}
                onRename={finishRename}
                onDropArticles={(s, ids) => actions.move(ids, s)}
                onKeyDown={onItemKeyDown(index)}
                onFocus={() => setFocusIndex(index)}
                mainRef={(element) => {
                  if (element) items.current.set(story.id, element);
                  else items.current.delete(story.id);
                }}
              />
            ))}
          </ul>
        </>
      )}
      {standalone ? (
        <p className="stories__standalone" data-testid="stories-standalone">
          {plural(standalone, 'article stands', 'articles stand')} alone, in no story
        </p>
      ) : null}
      {picked.length > 0 ? (
        <div className="stories__merge" role="group" aria-label="Merge stories">
          <span className="stories__merge-text">
            {picked.length === 1 ? 'Pick another story to merge with' : `Merge ${picked.length} stories into “${target?.label}”`}
          </span>
          <span className="stories__merge-actions">
            <Button size="sm" variant="ghost" onClick={() => setMergePicks(new Set())}>
              Cancel
            </Button>
            <Button
              size="sm"
              variant="primary"
              icon="merge"
              disabled={picked.length < 2}
              data-testid="story-merge"
              onClick={() => {
                if (!target) return;
                actions.merge(target, picked.slice(1));
                setMergePicks(new Set());
                onActiveChange(target.id);
              }}
            >
              Merge
            </Button>
          </span>
        </div>
      ) : list.length > 1 ? (
        <p className="stories__hint">Drag articles onto a story to move them · {isMac ? '⌘' : 'Ctrl'}-click stories to merge</p>
      ) : null}
    </nav>
  );
}
