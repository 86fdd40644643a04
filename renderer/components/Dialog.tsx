import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog> element: the page behind is inert, focus stays inside
 * and Escape closes it (through `onClose`, so the owner decides what closing means).
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
  wide = false,
  role = 'dialog',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the bottom, the main choice first. */
  actions: ReactNode;
  wide?: boolean;
  /** alertdialog for a confirmation that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    // jsdom (component tests) has no showModal: an open dialog is enough there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
