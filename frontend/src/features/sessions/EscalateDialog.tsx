import { useState, type SubmitEvent } from "react";

import { describeError } from "@/api/errors";
import { Alert, Button, Dialog, Field, Select, Textarea } from "@/components/ui";
import { useTeamMembers } from "@/lib/team";

import { useEscalate, type EscalateIn, type EscalateOut } from "./api";

type Urgency = EscalateIn["urgency"];
const URGENCIES: Urgency[] = ["low", "normal", "high", "critical"];
const TEAM_QUEUE = "";

interface EscalateDialogProps {
  sessionId: string;
  myId: string;
  onClose: () => void;
  onEscalated: (out: EscalateOut) => void;
}

/** Hands the session to a member or the team queue, with a reason and an urgency. */
export function EscalateDialog({ sessionId, myId, onClose, onEscalated }: EscalateDialogProps) {
  const members = useTeamMembers();
  const escalate = useEscalate(sessionId);
  const [to, setTo] = useState(TEAM_QUEUE);
  const [reason, setReason] = useState("");
  const [urgency, setUrgency] = useState<Urgency>("normal");
  const [reasonError, setReasonError] = useState<string | null>(null);
  // Who can take a session over: active engineers and admins other than oneself.
  const receivers = (members.data ?? []).filter(
    (member) => member.user_id !== myId && !member.disabled && member.role !== "viewer",
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError("Say why: what is blocking you, what the next person should know.");
      return;
    }
    escalate.mutate(
      { type: "escalated", to_user_id: to === TEAM_QUEUE ? null : to, reason: reason.trim(), urgency },
      { onSuccess: onEscalated },
    );
  };

  return (
    <Dialog open onClose={onClose} title="Escalate the session">
      <form onSubmit={submit} className="flex flex-col gap-4">
        <Field label="Hand over to">
          {(control) => (
            <Select
              {...control}
              value={to}
              onChange={(event) => {
                setTo(event.target.value);
              }}
            >
              <option value={TEAM_QUEUE}>The team queue (anyone can take it)</option>
              {receivers.map((member) => (
                <option key={member.user_id} value={member.user_id}>
                  {member.full_name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Reason" error={reasonError}>
          {(control) => (
            <Textarea
              {...control}
              value={reason}
              onChange={(event) => {
                setReasonError(null);
                setReason(event.target.value);
              }}
            />
          )}
        </Field>
        <Field label="Urgency">
          {(control) => (
            <Select
              {...control}
              value={urgency}
              onChange={(event) => {
                setUrgency(event.target.value as Urgency);
              }}
            >
              {URGENCIES.map((level) => (
                <option key={level} value={level}>
                  {level[0]?.toUpperCase()}
                  {level.slice(1)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {escalate.isError && <Alert tone="danger">{describeError(escalate.error).message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" busy={escalate.isPending}>
            Escalate
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
