import { useId, useRef } from 'react';
import { Icon } from '../../components/Icon';
import { Menu, MenuGroup, MenuItem } from '../../components/Menu';
import { useOpenExport } from '../export/exportContext';
import type { ExportRequest } from '../export/exportRequest';
import type { ReadingWidth } from './ReadingWidth';

/** Props of {@link ReaderMenu}: what the full toolbar shows, to show it as menu items. */
export interface ReaderMenuProps {
  showOriginal: boolean;
  onShowOriginal: (on: boolean) => void;
  /** Why there is no original to show apart from the text (the item is then disabled and says so), or null. */
  originalUnavailable?: string | null;
  readingWidth: ReadingWidth;
  onReadingWidth: (width: ReadingWidth) => void;
  /** Edit details and Export, when the toolbar has no room for them either; null while they are in the toolbar. */
  actions: { onEditDetails: () => void; exportRequest: ExportRequest } | null;
}

const WIDTHS: ReadonlyArray<{ value: ReadingWidth; label: string }> = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' }
];

/**
 * The reader toolbar's controls that do not fit in its row: a ⋯ button and the menu it opens (the
 * shared `Menu`, as the library list's context menu), holding Show original and the reading width,
 * and Edit details and Export too when the pane is narrower still (at 1024 px with the notes open
 * it is ~300 px), with the test hooks of the controls they stand for. ↑/↓, Home and End walk the
 * items; Esc or a click outside closes it, and the keyboard goes back to the button.
 */
export function ReaderMenu({
  showOriginal,
  onShowOriginal,
  originalUnavailable = null,
  readingWidth,
  onReadingWidth,
  actions
}: ReaderMenuProps) {
  const menuId = useId();
  const widthLabelId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const openExport = useOpenExport();

  const pick = (action: () => void) => {
    menuRef.current?.hidePopover();
    action();
  };

  return (
    <>
      <button
        type="button"
        className="btn btn--ghost btn--sm btn--icon-only reader-menu__button"
        popoverTarget={menuId}
        aria-haspopup="menu"
        aria-label={`More actions: show original, reading width${actions ? ', edit details, export' : ''}`}
        title="More actions"
        data-testid="reader-more"
      >
        <Icon name="more" size={15} />
      </button>
      <Menu id={menuId} menuRef={menuRef} label="Reader actions" className="reader-menu">
        <MenuItem
          role="menuitemcheckbox"
          checked={showOriginal}
          disabledReason={originalUnavailable}
          onClick={() => pick(() => onShowOriginal(!showOriginal))}
          testId="show-original-toggle"
        >
          Show original
        </MenuItem>
        <MenuGroup labelId={widthLabelId} label="Reading width">
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
        </MenuGroup>
        {actions ? (
          <>
            <MenuItem onClick={() => pick(actions.onEditDetails)} testId="edit-details-button">
              Edit details…
            </MenuItem>
            <MenuItem onClick={() => pick(() => openExport(actions.exportRequest))} testId="reader-export">
              Export…
            </MenuItem>
          </>
        ) : null}
      </Menu>
    </>
  );
}
