import { useId, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject, type ToggleEvent } from 'react';
import type { StorySummary } from '@shared/contract/schemas';
import { Icon } from '../../components/Icon';
import { formatCount } from '../../lib/format';
import { foldText } from '@shared/text/fold';
import './stories.css';

/** Props of {@link MoveToStoryMenu}. */
export interface MoveToStoryMenuProps {
  stories: readonly StorySummary[];
  /** The story the list shows, left out of the menu. */
  currentId: number | null;
  onMove: (story: StorySummary) => void;
  /** "New story": the picked articles become a story of their own. */
  onNewStory: () => void;
}

const ITEM = '.move-menu__item';

/**
 * "Move to story…": a button and the menu it opens (a native popover, like the search help),
 * listing the stories to move the picked articles to, with a filter when there are many, and
 * "New story". ↑/↓ walk the items; Esc closes.
 */
export function MoveToStoryMenu({ stories, currentId, onMove, onNewStory }: MoveToStoryMenuProps) {
  const menuId = useId();
  return (
    <>
      <button
        type="button"
        className="btn btn--ghost btn--sm move-menu__button"
        popoverTarget={menuId}
        aria-haspopup="menu"
        data-testid="move-to-story"
      >
        <Icon name="move" size={15} />
        Move to story…
      </button>
      <MoveToStoryPopover id={menuId} stories={stories} currentId={currentId} onMove={onMove} onNewStory={onNewStory} />
    </>
  );
}

/** Props of {@link MoveToStoryPopover}. */
export interface MoveToStoryPopoverProps extends MoveToStoryMenuProps {
  id?: string;
  menuRef?: RefObject<HTMLDivElement | null>;
  /** Where it sits, when not under the Move to story… button (the list's context menu puts it at the pointer). */
  style?: CSSProperties;
  /** After it closed, however (Esc, a click outside, a story chosen). */
  onClose?: () => void;
}

/**
 * The stories menu itself, in a native popover: under the Move to story… button, or opened by
 * the library list's context menu where its Move to story… item was.
 */
export function MoveToStoryPopover({
  id,
  menuRef: givenRef,
  style,
  onClose,
  stories,
  currentId,
  onMove,
  onNewStory
}: MoveToStoryPopoverProps) {
  const ownRef = useRef<HTMLDivElement>(null);
  const menuRef = givenRef ?? ownRef;
  const [filter, setFilter] = useState('');
  const folded = foldText(filter.trim());
  const shown = stories.filter((s) => s.id !== currentId && (!folded || foldText(s.label).includes(folded)));

  const itemsNow = () => [...(menuRef.current?.querySelectorAll<HTMLElement>(`${ITEM}, .move-menu__filter`) ?? [])];
  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState === 'open') itemsNow()[0]?.focus();
    else {
      setFilter('');
      onClose?.();
    }
  };
  const pick = (action: () => void) => {
    menuRef.current?.hidePopover();
    action();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // NB: the list's keys (arrows, Space, Delete) must not act under the menu.
    event.stopPropagation();
    const all = itemsNow();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') all[Math.max(at - 1, 0)]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={menuRef}
      id={id}
      popover="auto"
      className="move-menu"
      style={style}
      role="menu"
      aria-label="Move to story"
      onToggle={onToggle}
      onKeyDown={onKeyDown}
    >
      {stories.length > 8 ? (
        <input
          className="move-menu__filter"
          value={filter}
          placeholder="Find a story"
          aria-label="Find a story"
          spellCheck={false}
          onChange={(event) => setFilter(event.target.value)}
        />
      ) : null}
      <div className="move-menu__list">
        {shown.map((story) => (
          <button
            key={story.id}
            type="button"
            role="menuitem"
            className="move-menu__item"
            title={story.label}
            onClick={() => pick(() => onMove(story))}
          >
            <span className="move-menu__label">{story.label}</span>
            <span className="count-pill story-item__count">{formatCount(story.articleIds.length)}</span>
          </button>
        ))}
        {shown.length === 0 ? <p className="move-menu__empty">{filter ? 'No story matches.' : 'No other story yet.'}</p> : null}
      </div>
      <button type="button" role="menuitem" className="move-menu__item move-menu__item--new" onClick={() => pick(onNewStory)}>
        <Icon name="split" size={14} />
        <span className="move-menu__label">New story from these</span>
      </button>
    </div>
  );
}
