import { useState, type SubmitEvent } from "react";

import { Button, Field, Input, Select } from "@/components/ui";
import { canTakeWork, type TeamMember } from "@/lib/team";

import { dateInputValue, endOfDay, type ChecklistStep } from "./model";

interface StepAssignmentProps {
  step: ChecklistStep;
  members: TeamMember[];
  meId: string | null;
  /** Engineers and admins, while the session is open (as the API allows). */
  canAssign: boolean;
  busy: boolean;
  /** Both are sent every time: `step_assigned` sets the assignee and the due date together. */
  onAssign: (assigneeId: string | null, dueAt: string | null) => void;
}

/** Who does the step and by when. */
export function StepAssignment({ step, members, meId, canAssign, busy, onAssign }: StepAssignmentProps) {
  const [due, setDue] = useState(dateInputValue(step.due_at));
  const [dueError, setDueError] = useState<string | null>(null);
  // Whoever is assigned stays in the list, even when they can no longer take work.
  const choices = members.filter((member) => canTakeWork(member) || member.user_id === step.assignee_id);
  const disabled = !canAssign || busy;

  const saveDue = (event: SubmitEvent) => {
    event.preventDefault();
    const dueAt = due === "" ? null : endOfDay(due);
    if (due !== "" && dueAt === null) {
      setDueError("Enter a date, e.g. 2026-06-12.");
      return;
    }
    onAssign(step.assignee_id, dueAt);
  };

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-2">
        <Field label="Assignee">
          {(control) => (
            <Select
              {...control}
              value={step.assignee_id ?? ""}
              disabled={disabled}
              onChange={(event) => {
                onAssign(event.target.value || null, step.due_at);
              }}
            >
              <option value="">Nobody</option>
              {choices.map((member) => (
                <option key={member.user_id} value={member.user_id}>
                  {member.full_name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {meId !== null && step.assignee_id !== meId && (
          <div>
            <Button
              variant="secondary"
              size="sm"
              disabled={disabled}
              onClick={() => {
                onAssign(meId, step.due_at);
              }}
            >
              Assign to me
            </Button>
          </div>
        )}
      </div>
      <form noValidate onSubmit={saveDue} className="flex flex-col gap-2">
        <Field label="Due date" hint="Due by the end of that day." error={dueError}>
          {(control) => (
            <Input
              {...control}
              type="date"
              value={due}
              disabled={disabled}
              onChange={(event) => {
                setDueError(null);
                setDue(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" size="sm" disabled={disabled || due === dateInputValue(step.due_at)}>
            Set due date
          </Button>
          {step.due_at !== null && (
            <Button
              variant="ghost"
              size="sm"
              disabled={disabled}
              onClick={() => {
                setDue("");
                onAssign(step.assignee_id, null);
              }}
            >
              Clear
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
