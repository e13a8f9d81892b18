import { useId, useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Dialog, Field, Textarea, toast } from "@/components/ui";
import { characterCount } from "@/lib/form-checks";

import { useRejectProposal } from "./api";

const REASON_MAX = 2000; // backend/app/copilot/schemas.py RejectIn

/** Rejecting needs a reason: it stays with the proposal, for whoever wonders later. */
export function RejectProposalDialog({ proposalId, open, onClose }: { proposalId: string; open: boolean; onClose: () => void }) {
  const formId = useId();
  const reject = useRejectProposal(proposalId);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    reject.reset();
    setProblem(null);
    onClose();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setProblem("Say why, e.g. “Covered by the VPN flow” or “One-off outage”.");
      return;
    }
    if (characterCount(text) > REASON_MAX) {
      setProblem(`Keep the reason to at most ${REASON_MAX.toLocaleString()} characters.`);
      return;
    }
    reject.mutate(text, {
      onSuccess: () => {
        toast.success("Proposal rejected");
        setReason("");
        close();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.reason) setProblem(error.fieldErrors.reason);
      },
    });
  };

  const failure = reject.isError && !problem ? describeError(reject.error).message : null;
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Reject this proposal?"
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="danger" busy={reject.isPending}>
            Reject proposal
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        {failure && <Alert tone="danger">{failure}</Alert>}
        <Field label="Reason" hint="Kept with the proposal. Nothing else changes." error={problem}>
          {(control) => (
            <Textarea
              {...control}
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setProblem(null);
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
