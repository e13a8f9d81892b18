import { useEffect, useId, useRef, type ReactNode } from "react";

import { cx } from "./cx";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children?: ReactNode;
  /** Buttons at the bottom, e.g. Cancel and the confirming action. */
  actions?: ReactNode;
  /** Room for more than a sentence or two: lists, comparisons (40rem instead of 28rem). */
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: focus moves into it, Escape and Cancel close it,
 * the page behind is inert.
 */
export function Dialog({ open, onClose, title, children, actions, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) {
      return;
    }
    if (open && !dialog.open) {
      // jsdom has no showModal(); browsers do.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={cx(
        "m-auto rounded-lg border border-border bg-surface p-0 text-fg shadow-xl backdrop:bg-black/60",
        wide ? "w-[min(40rem,calc(100vw-2rem))]" : "w-[min(28rem,calc(100vw-2rem))]",
      )}
    >
      {open && (
        <div className="flex flex-col gap-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {children && <div className="text-sm text-fg">{children}</div>}
          {actions && <div className="flex justify-end gap-2">{actions}</div>}
        </div>
      )}
    </dialog>
  );
}
