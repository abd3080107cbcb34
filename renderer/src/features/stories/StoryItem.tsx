import { useState, type DragEvent, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { StorySummary } from '@shared/contract/schemas';
import { Icon } from '../../components/Icon';
import { formatCount } from '../../lib/format';
import { droppedArticles, isArticleDrag } from './articleDrag';
import { MAX_COMPARE } from '../compare/useComparison';
import { storyCompareTitle } from './storyCompareChoice';

/** Props of {@link StoryItem}. */
export interface StoryItemProps {
  story: StorySummary;
  /** The story whose articles the list shows. */
  active: boolean;
  /** Picked (with Ctrl/⌘-click or Space) to be merged with others. */
  picked: boolean;
  /** This item holds the list's one tab stop (roving focus). */
  tabbable: boolean;
  renaming: boolean;
  onSelect: (story: StorySummary, event: MouseEvent | KeyboardEvent) => void;
  onCompare: (story: StorySummary) => void;
  onStartRename: (story: StorySummary) => void;
  onRename: (story: StorySummary, label: string | null) => void;
  onDropArticles: (story: StorySummary, articleIds: number[]) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
  mainRef: Ref<HTMLButtonElement>;
}

/**
 * One story in the sidebar: its name and size, Compare and Rename, and a drop target for
 * articles dragged from the list. While renaming, the name is a text field (Enter keeps it,
 * Esc cancels).
 */
export function StoryItem(props: StoryItemProps) {
  const {
    story,
    active,
    picked,
    tabbable,
    renaming,
    onSelect,
    onCompare,
    onStartRename,
    onRename,
    onDropArticles,
    onKeyDown,
    onFocus,
    mainRef
  } = props;
  const [dropping, setDropping] = useState(false);
  const count = story.articleIds.length;

  const onDragOver = (event: DragEvent) => {
    if (!isArticleDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!dropping) setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!isArticleDrag(event)) return;
    event.preventDefault();
    setDropping(false);
    const ids = droppedArticles(event);
    if (ids.length) onDropArticles(story, ids);
  };

  const classes = ['story-item', active ? 'is-active' : '', picked ? 'is-picked' : '', dropping ? 'is-drop-target' : ''];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-testid="story-item"
      data-story-id={story.id}
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      {renaming ? (
        <input
          className="story-item__input"
          defaultValue={story.label}
          aria-label="Story name"
          data-testid="story-rename-input"
          maxLength={300}
          spellCheck={false}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onRename(story, event.currentTarget.value);
            else if (event.key === 'Escape') onRename(story, null);
            else return;
            event.preventDefault();
            event.stopPropagation();
          }}
          onBlur={(event) => onRename(story, event.currentTarget.value)}
        />
      ) : (
        <button
          ref={mainRef}
          type="button"
          className="story-item__main"
          aria-current={active || undefined}
          aria-pressed={picked}
          aria-keyshortcuts="F2"
          tabIndex={tabbable ? 0 : -1}
          title={story.label}
          onClick={(event) => onSelect(story, event)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onDoubleClick={() => onStartRename(story)}
        >
          <span className="story-item__label">{story.label}</span>
          <span className="count-pill story-item__count" aria-label={`${count} articles`}>
            {formatCount(count)}
          </span>
        </button>
      )}
      {renaming ? null : (
        <span className="story-item__actions">
          <button
            type="button"
            className="story-item__action"
            tabIndex={tabbable ? 0 : -1}
            aria-label={`Compare ${count > MAX_COMPARE ? `${MAX_COMPARE} of the ${count}` : `the ${count}`} articles of ${story.label}`}
            title={storyCompareTitle(story)}
            data-testid="story-compare"
            onClick={() => onCompare(story)}
          >
            <Icon name="columns" size={14} />
          </button>
          <button
            type="button"
            className="story-item__action"
            tabIndex={tabbable ? 0 : -1}
            aria-label={`Rename ${story.label}`}
            title="Rename (F2)"
            data-testid="story-rename"
            onClick={() => onStartRename(story)}
          >
            <Icon name="pencil" size={14} />
          </button>
        </span>
      )}
    </li>
  );
}
