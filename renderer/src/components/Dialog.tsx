import { useEffect, useId, useRef, type ReactNode } from 'react';
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

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the rest of the
 * window inert and handles Esc, which is more robust than any hand-made overlay. On opening, the
 * element marked `data-autofocus` takes the focus (else the browser's choice, the first control).
 */
export function Dialog({ open, title, subtitle, onClose, children, footer, width = 520, testId, busy = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // NB: React's autoFocus runs while the <dialog> is still closed (display: none), so it focuses
      // nothing, and showModal() then focuses the first control: the × button. A field the user
      // must type in first says so with data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

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
      onKeyDown={(event) => event.stopPropagation()}
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
