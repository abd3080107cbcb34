import type { CSSProperties, KeyboardEvent, ReactNode, Ref, ToggleEvent } from 'react';
import { Icon } from './Icon';
import './Menu.css';

const ITEM = '[role^="menuitem"]';

/** The items of an open menu, in order (disabled ones included: they take focus and say why). */
function itemsOf(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>(ITEM)];
}

/** Props of {@link Menu}. */
export interface MenuProps {
  /** The popover's id, for a button's `popoverTarget`. */
  id?: string;
  /** Its accessible name. */
  label: string;
  /** Where it sits: the reader's ⋯ menu is anchored to its button, the list's context menu set at the pointer. */
  className?: string;
  style?: CSSProperties;
  menuRef?: Ref<HTMLDivElement>;
  /** After it opened (its first item has the keyboard). */
  onOpen?: (menu: HTMLDivElement) => void;
  /** After it closed, however (Esc, a click outside, an item chosen). */
  onClose?: () => void;
  testId?: string;
  children: ReactNode;
}

/**
 * A menu in a native popover (`popover="auto"`: the browser closes it on Esc or a click outside,
 * and puts it above everything, dialogs' backdrops aside): `role="menu"`, the keyboard on its first
 * item when it opens, ↑/↓ (round), Home and End between items. The reader's ⋯ menu and the
 * library list's context menu are this; Move to story… is its own (a filter field among the items).
 */
export function Menu({ id, label, className, style, menuRef, onOpen, onClose, testId, children }: MenuProps) {
  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState === 'open') {
      itemsOf(event.currentTarget)[0]?.focus();
      onOpen?.(event.currentTarget);
    } else onClose?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // NB: the keys of what is under the menu (the reader's J/K and 1–6, the list's arrows and
    // Delete) must not act while the menu has the keyboard; Esc still closes it (the browser's).
    event.stopPropagation();
    const all = itemsOf(event.currentTarget);
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
    <div
      ref={menuRef}
      id={id}
      popover="auto"
      className={`menu${className ? ` ${className}` : ''}`}
      style={style}
      role="menu"
      aria-label={label}
      onToggle={onToggle}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      onMouseUp={(event) => event.stopPropagation()}
      onContextMenu={(event) => event.preventDefault()}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/** Props of {@link MenuItem}. */
export interface MenuItemProps {
  role?: 'menuitem' | 'menuitemcheckbox' | 'menuitemradio';
  checked?: boolean;
  /** Why it cannot be chosen now; the item is then disabled and says so in its tooltip. */
  disabledReason?: string | null;
  /** Disabled with no reason to give (the control it stands for is greyed out the same way). */
  disabled?: boolean;
  /** Its tooltip when it can be chosen. */
  title?: string;
  /** A key that does the same elsewhere, shown at the item's end (`Del`). */
  shortcut?: string;
  onClick: () => void;
  testId?: string;
  children: ReactNode;
}

/**
 * One item of a {@link Menu}: a button in the menu's column, with a check column (for checkbox and
 * radio items), and, when it cannot apply, `aria-disabled` and the reason as its tooltip.
 */
export function MenuItem({ role = 'menuitem', checked, disabledReason, disabled = false, title, shortcut, onClick, testId, children }: MenuItemProps) {
  const off = disabled || Boolean(disabledReason);
  return (
    <button
      type="button"
      role={role}
      aria-checked={role === 'menuitem' ? undefined : checked}
      className="menu__item"
      tabIndex={-1}
      // NB: aria-disabled, not disabled: a disabled button cannot take focus, and ↑/↓ would skip it unannounced.
      aria-disabled={off || undefined}
      title={disabledReason ?? title}
      onClick={off ? undefined : onClick}
      data-testid={testId}
    >
      <span className="menu__check" aria-hidden="true">
        {checked ? <Icon name="check" size={14} /> : null}
      </span>
      <span className="menu__label">{children}</span>
      {shortcut ? (
        <span className="menu__shortcut" aria-hidden="true">
          {shortcut}
        </span>
      ) : null}
    </button>
  );
}

/** A labelled group of items (the reader's reading widths). */
export function MenuGroup({ labelId, label, children }: { labelId: string; label: string; children: ReactNode }) {
  return (
    <div role="group" aria-labelledby={labelId} className="menu__group">
      <span id={labelId} className="menu__heading">
        {label}
      </span>
      {children}
    </div>
  );
}

/** A rule between items. */
export function MenuSeparator() {
  return <div role="separator" className="menu__separator" />;
}
