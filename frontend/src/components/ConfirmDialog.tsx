import type { ReactNode } from "react";

import { describeError } from "@/api/errors";
import { Alert, Button, Dialog } from "@/components/ui";

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The dangerous button, e.g. "Delete schedule". */
  confirmLabel: string;
  onConfirm: () => void;
  /** The confirmed request's state: it runs (a spinner) or it failed (the API's reason, in the dialog). */
  busy: boolean;
  error: unknown;
  /** What happens, in a sentence or two. */
  children: ReactNode;
}

/** "Are you sure?" before something that cannot be undone: Cancel, and a danger button that sends the request. */
export function ConfirmDialog({ open, onClose, title, confirmLabel, onConfirm, busy, error, children }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {error !== null && error !== undefined && <Alert tone="danger">{describeError(error).message}</Alert>}
        {children}
      </div>
    </Dialog>
  );
}
