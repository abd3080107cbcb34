import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './Button';
import './Dialog.css';

/** Props of {@link Dialog}. */
export interface DialogProps {
  open: boolean;
  title: string;
  /** A quieter line under the title. */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** The action row at the bottom (buttons). */
  footer?: ReactNode;
  width?: number;
  testId?: string;
  /** While true, Esc and the close button do nothing (an import cannot be walked away from). */
  busy?: boolean;
}

/** What Tab can reach inside a dialog, in document order (an iframe counts: its preview is read by keyboard too). */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.getClientRects().length > 0
  );
}

/**
 * Tab from the dialog's last control goes to its first, Shift Tab from the first to the last.
 * NB: the native modal lets Tab leave the dialog for the document (focus landed on <body> once per
 * cycle, review 13, #7), so the cycle is closed here.
 */
function keepTabInside(dialog: HTMLElement, event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const inside = tabbables(dialog);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog on the native `<dialog>` element: the browser makes the rest of the window inert
 * and handles Esc, which is more robust than any hand-made overlay; Tab and Shift Tab cycle inside
 * it. On opening, the element marked `data-autofocus` takes the focus (else the browser's choice,
 * the first control); on closing, the focus goes back to what had it before (the button or the
 * pane that opened it), so the keyboard carries on where it was.
 */
export function Dialog({ open, title, subtitle, onClose, children, footer, width = 520, testId, busy = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // NB: React's autoFocus runs while the <dialog> is still closed (display: none), so it focuses
      // nothing, and showModal() then focuses the first control: the × button. A field the user
      // must type in first says so with data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) {
      dialog.close();
      restoreFocus(opener.current);
      opener.current = null;
    }
  }, [open]);

  // Unmounted while open (the Export dialog's owner drops it on close): the focus still goes back.
  // NB: React has detached `ref` by the time this runs; the element is kept from the mount.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) restoreFocus(opener.current);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      style={{ width }}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // NB: the native dialog closes itself on Esc; keep React's `open` the source of truth.
        event.preventDefault();
        if (!busy) onClose();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (ref.current) keepTabInside(ref.current, event);
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === ref.current && !busy) onClose();
      }}
    >
      {open ? (
        <div className="dialog__frame">
          <header className="dialog__header">
            <div>
              <h2 id={titleId} className="dialog__title">
                {title}
              </h2>
              {subtitle ? <div className="dialog__subtitle">{subtitle}</div> : null}
            </div>
            <Button variant="ghost" size="sm" icon="close" aria-label="Close" onClick={onClose} disabled={busy} />
          </header>
          <div className="dialog__body">{children}</div>
          {footer ? <footer className="dialog__footer">{footer}</footer> : null}
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * Gives the focus back to what opened a dialog, if it is still in the window and can take it; else
 * leaves it where the browser put it (the window's next action moves it anyway).
 */
function restoreFocus(opener: HTMLElement | null): void {
  if (!opener || !opener.isConnected || opener === document.body) return;
  if (opener.closest('[inert]') || opener.getClientRects().length === 0) return;
  opener.focus({ preventScroll: true });
}
