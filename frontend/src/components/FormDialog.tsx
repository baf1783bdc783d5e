import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';

export interface FormDialogProps {
  open: boolean;
  title: string;
  /** Text under the title. */
  intro?: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** Wider for long forms (the contract). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal form on <dialog> (focus stays inside, Escape cancels): title, fields, submit and
 * Annuleren. The fields are only rendered while open, so every opening starts fresh.
 */
export function FormDialog({ open, title, intro, submitLabel, busy, onSubmit, onCancel, wide, children }: FormDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <form onSubmit={submit} noValidate aria-busy={busy}>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {intro && <p className="dialog-body">{intro}</p>}
          {children}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? nl.app.saving : submitLabel}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
              {nl.app.cancel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
