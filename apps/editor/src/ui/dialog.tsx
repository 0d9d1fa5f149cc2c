// A modal built on <dialog>: the browser traps focus and makes the page inert; Escape closes it.
// Focus goes back to the element that opened the dialog, which browsers do not all guarantee.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { uiMessages } from './messages';

const FOCUSABLE = 'input, textarea, select, button, a[href]';

// showModal() would focus the close button; the first field of the body is more useful.
function focusInitialField(dialog: HTMLDialogElement): void {
  const preferred = dialog.querySelector<HTMLElement>('[data-autofocus]');
  const first = dialog.querySelector<HTMLElement>(`.dialog__body :is(${FOCUSABLE})`);
  (preferred ?? first)?.focus();
}

/** Props of Dialog. */
export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra class for wide dialogs such as the conflict comparison. */
  className?: string;
}

// Opens/closes the native dialog with `open` and returns focus to the opener on close.
function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      focusInitialField(dialog);
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [open]);

  return ref;
}

/** An accessible modal dialog; render it always and toggle `open`. */
export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  const ref = useModal(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--icon" onClick={onClose} aria-label={uiMessages.close}>
          ×
        </button>
      </div>
      {open && <div className="dialog__body">{children}</div>}
    </dialog>
  );
}
