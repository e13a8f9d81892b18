import { useId, useState, type SubmitEvent } from "react";
import { useNavigate } from "react-router";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Dialog, Field, Input } from "@/components/ui";

import { useStartSession } from "./api";
import { FIELD_OF, startSessionProblems, TICKET_CODES, type StartSessionProblems, type StartSessionValues } from "./start-session-checks";
import { useTicketLookup } from "./use-ticket-lookup";

interface StartSessionDialogProps {
  open: boolean;
  onClose: () => void;
  flowId: string;
  flowTitle: string;
  version: number;
}

const EMPTY: StartSessionValues = { ticketId: "", clientName: "", target: "" };

/** Ticket, client and target for a new session on the flow's latest version; then the runner. */
export function StartSessionDialog({ open, onClose, flowId, flowTitle, version }: StartSessionDialogProps) {
  const navigate = useNavigate();
  const formId = useId();
  const start = useStartSession();
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<StartSessionProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const lookup = useTicketLookup(values.ticketId);

  const close = () => {
    setProblems({});
    setFailure(null);
    onClose();
  };

  const change = (field: keyof StartSessionValues) => (value: string) => {
    setValues({ ...values, [field]: value });
    if (problems[field]) setProblems({ ...problems, [field]: undefined });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = startSessionProblems(values);
    setProblems(found);
    setFailure(null);
    if (Object.values(found).some(Boolean)) return;
    const optional = (text: string) => text.trim() || null;
    start.mutate(
      { flow_id: flowId, ticket_id: optional(values.ticketId), client_name: optional(values.clientName), target: optional(values.target) },
      {
        onSuccess: (session) => {
          setValues(EMPTY);
          void navigate(`/sessions/${session.id}/run`);
        },
        onError: (error) => {
          if (error instanceof ApiError && TICKET_CODES.has(error.code)) {
            setProblems({ ticketId: error.message });
          } else if (error instanceof ApiError && error.code === "validation_error") {
            const found: StartSessionProblems = {};
            for (const [name, message] of Object.entries(error.fieldErrors)) {
              const field = FIELD_OF[name];
              if (field) found[field] = message;
            }
            if (Object.keys(found).length) setProblems(found);
            else setFailure(describeError(error).message);
          } else {
            setFailure(describeError(error).message);
          }
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Start a session"
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={formId} busy={start.isPending}>
            Start session
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <p className="text-fg-muted">
          {flowTitle}, version {version}. All fields are optional; they go into the ticket note.
        </p>
        {failure && <Alert tone="danger">{failure}</Alert>}
        <Field label="Ticket" hint={lookup.hint ?? "The PSA ticket you are working on, e.g. 12345."} error={problems.ticketId ?? lookup.problem}>
          {(control) => (
            <Input {...control} autoComplete="off" value={values.ticketId} onChange={(event) => change("ticketId")(event.target.value)} />
          )}
        </Field>
        <Field label="Client" error={problems.clientName}>
          {(control) => (
            <Input {...control} autoComplete="off" value={values.clientName} onChange={(event) => change("clientName")(event.target.value)} />
          )}
        </Field>
        <Field label="Target" hint="The device or user you are working on." error={problems.target}>
          {(control) => <Input {...control} autoComplete="off" value={values.target} onChange={(event) => change("target")(event.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}
