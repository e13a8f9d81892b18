import { useId } from "react";

import { Button, Field, Select, SkeletonList } from "@/components/ui";
import { canTakeWork, useTeamMembers, type TeamMember } from "@/lib/team";

interface PeopleFieldsProps {
  ownerId: string;
  /** The owner's name as the schedule has it, for an owner no longer among those who can take work. */
  ownerName: string | null;
  assigneeIds: string[];
  onChange: (change: { ownerId?: string; assigneeIds?: string[] }) => void;
  errors: { ownerId?: string; assigneeIds?: string };
}

function note(member: TeamMember): string {
  if (member.disabled) return " (disabled)";
  return member.role === "viewer" ? " (viewer)" : "";
}

/** The owner (runs' sessions are theirs) and the assignees (e-mailed), chosen from the team's engineers and admins. */
export function PeopleFields({ ownerId, ownerName, assigneeIds, onChange, errors }: PeopleFieldsProps) {
  const members = useTeamMembers();
  const hintId = useId();
  if (members.isPending) return <SkeletonList lines={2} label="Loading team members" />;
  if (members.isError) {
    return (
      <div role="alert" className="flex items-center gap-3 text-sm text-danger">
        Team members could not be loaded.
        <Button variant="secondary" size="sm" onClick={() => void members.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const eligible = members.data.filter(canTakeWork);
  const ownerListed = eligible.some((member) => member.user_id === ownerId);
  // Someone assigned before they were disabled stays visible, so they can be taken off.
  const assignable = members.data.filter((member) => canTakeWork(member) || assigneeIds.includes(member.user_id));
  const toggle = (userId: string, on: boolean) => {
    onChange({ assigneeIds: on ? [...assigneeIds, userId] : assigneeIds.filter((id) => id !== userId) });
  };

  return (
    <div className="flex flex-col gap-4">
      <Field label="Owner" hint="The runs' checklists are theirs; they or a team admin can delete the schedule." error={errors.ownerId}>
        {(control) => (
          <Select
            {...control}
            value={ownerId}
            onChange={(event) => {
              onChange({ ownerId: event.target.value });
            }}
          >
            {!ownerListed && <option value={ownerId}>{ownerName ?? "Choose the owner"}</option>}
            {eligible.map((member) => (
              <option key={member.user_id} value={member.user_id}>
                {member.full_name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset aria-describedby={hintId}>
        <legend className="text-sm font-medium text-fg">Assignees</legend>
        <p id={hintId} className="mt-0.5 mb-2 text-xs text-fg-muted">
          E-mailed when a run is created and when it becomes overdue; the owner when nobody is chosen.
        </p>
        <div className="grid max-h-52 gap-x-4 gap-y-1.5 overflow-y-auto sm:grid-cols-2">
          {assignable.map((member) => (
            <label key={member.user_id} className="flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                checked={assigneeIds.includes(member.user_id)}
                onChange={(event) => {
                  toggle(member.user_id, event.target.checked);
                }}
                className="size-4 accent-accent"
              />
              {member.full_name}
              <span className="text-fg-muted">{note(member)}</span>
            </label>
          ))}
        </div>
        {errors.assigneeIds && <p className="mt-1.5 text-sm text-danger">{errors.assigneeIds}</p>}
      </fieldset>
    </div>
  );
}
