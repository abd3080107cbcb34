import { useId, useRef, type KeyboardEvent, type ReactNode, type ToggleEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useOpenExport } from '../export/exportContext';
import type { ExportRequest } from '../export/exportRequest';
import type { ReadingWidth } from './ReadingWidth';

/** Props of {@link ReaderMenu}: what the full toolbar shows, to show it as menu items. */
export interface ReaderMenuProps {
  showOriginal: boolean;
  onShowOriginal: (on: boolean) => void;
  /** False when there is no original to show apart from the text (the item is then disabled). */
  originalAvailable?: boolean;
  readingWidth: ReadingWidth;
  onReadingWidth: (width: ReadingWidth) => void;
  onEditDetails: () => void;
  exportRequest: ExportRequest;
}

const WIDTHS: ReadonlyArray<{ value: ReadingWidth; label: string }> = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' }
];

const ITEM = '[role^="menuitem"]';

/**
 * The reader toolbar's actions when the pane is too narrow for them in one row (at 1024 px with
 * the notes open it is ~300 px): a ⋯ button and the menu it opens (a native popover, as Move to
 * story), holding Show original, the reading width, Edit details and Export with the test hooks
 * of the controls they stand for. ↑/↓, Home and End walk the items; Esc or a click outside closes
 * it, and the keyboard goes back to the button.
 */
export function ReaderMenu({
  showOriginal,
  onShowOriginal,
  originalAvailable = true,
  readingWidth,
  onReadingWidth,
  onEditDetails,
  exportRequest
}: ReaderMenuProps) {
  const menuId = useId();
  const widthLabelId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const openExport = useOpenExport();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState === 'open') items()[0]?.focus();
  };
  const pick = (action: () => void) => {
    menuRef.current?.hidePopover();
    action();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // NB: the reader's own keys (J/K, 1–6, Esc back to the list) must not act on the article
    // while the menu has the keyboard; the popover still closes on Esc (the browser's, not React's).
    event.stopPropagation();
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const to =
      event.key === 'ArrowDown'
        ? (at + 1) % all.length
        : event.key === 'ArrowUp'
          ? (at - 1 + all.length) % all.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? all.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    all[to]?.focus();
  };

  return (
    <>
      <button
        type="button"
        className="btn btn--ghost btn--sm btn--icon-only reader-menu__button"
        popoverTarget={menuId}
        aria-haspopup="menu"
        aria-label="More actions: show original, reading width, edit details, export"
        title="More actions"
        data-testid="reader-more"
      >
        <Icon name="more" size={15} />
      </button>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        className="reader-menu"
        role="menu"
        aria-label="Reader actions"
        onToggle={onToggle}
        onKeyDown={onKeyDown}
        onClick={(event) => event.stopPropagation()}
        onMouseUp={(event) => event.stopPropagation()}
      >
        <MenuItem
          role="menuitemcheckbox"
          checked={showOriginal}
          disabled={!originalAvailable}
          onClick={() => pick(() => onShowOriginal(!showOriginal))}
          testId="show-original-toggle"
        >
          Show original
        </MenuItem>
        <div role="group" aria-labelledby={widthLabelId} className="reader-menu__group">
          <span id={widthLabelId} className="reader-menu__heading">
            Reading width
          </span>
          {WIDTHS.map((w) => (
            <MenuItem
              key={w.value}
              role="menuitemradio"
              checked={readingWidth === w.value}
              onClick={() => pick(() => onReadingWidth(w.value))}
              testId={`reading-width-${w.value}`}
            >
              {w.label}
            </MenuItem>
          ))}
        </div>
        <MenuItem role="menuitem" onClick={() => pick(onEditDetails)} testId="edit-details-button">
          Edit details…
        </MenuItem>
        <MenuItem role="menuitem" onClick={() => pick(() => openExport(exportRequest))} testId="reader-export">
          Export…
        </MenuItem>
      </div>
    </>
  );
}

function MenuItem({
  role,
  checked,
  disabled = false,
  onClick,
  testId,
  children
}: {
  role: 'menuitem' | 'menuitemcheckbox' | 'menuitemradio';
  checked?: boolean;
  disabled?: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role={role}
      aria-checked={role === 'menuitem' ? undefined : checked}
      className="reader-menu__item"
      tabIndex={-1}
      // NB: aria-disabled, not disabled: a disabled button cannot take focus, and ↑/↓ would skip it unannounced.
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
      data-testid={testId}
    >
      <span className="reader-menu__check" aria-hidden="true">
        {checked ? <Icon name="check" size={14} /> : null}
      </span>
      {children}
    </button>
  );
}
