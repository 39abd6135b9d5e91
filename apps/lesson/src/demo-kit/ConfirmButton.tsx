import { useId, useRef, type ReactNode } from 'react';
import { useDemoT } from './use-demo-t.js';

const pagingKeys = new Set(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);

export interface ConfirmButtonProps {
  /** Words and icon of the button that opens the dialog. */
  children: ReactNode;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  primary?: boolean;
  disabled?: boolean;
}

/**
 * A button that asks first: it opens a modal dialog (the native `<dialog>`,
 * so focus stays inside and Escape cancels) saying what will happen, with
 * Cancel, which has focus, and the confirming button.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  onConfirm,
  primary = false,
  disabled = false,
}: ConfirmButtonProps) {
  const t = useDemoT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <>
      <button
        type="button"
        className={primary ? 'e2k-button e2k-button--primary' : 'e2k-button'}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => {
          dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        className="live-dialog"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={(event) => {
          // While it is open, arrows and paging keys must not turn the presenter's page.
          if (pagingKeys.has(event.key)) event.preventDefault();
        }}
      >
        <h3 id={titleId} className="live-dialog__title">
          {title}
        </h3>
        <p id={bodyId} className="live-dialog__body">
          {body}
        </p>
        <div className="live-dialog__actions">
          <button
            type="button"
            className="e2k-button"
            autoFocus
            onClick={() => {
              dialog.current?.close();
            }}
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
