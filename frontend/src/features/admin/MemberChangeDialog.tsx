import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Dialog, toast } from "@/components/ui";
import { refreshSession } from "@/session/refresh";

import { useRemoveMember, useUpdateMember, type Member, type MemberChange } from "./api";
import { roleLabel, roleSummary, type TeamRole } from "./roles";

/** A change an admin asked for and has yet to confirm. */
export type PendingChange =
  | { kind: "role"; member: Member; role: TeamRole }
  | { kind: "disable" | "enable" | "remove"; member: Member };

interface Wording {
  title: string;
  consequence: string;
  confirm: string;
  done: string;
}

function wordingOf(change: PendingChange, isSelf: boolean): Wording {
  const name = change.member.full_name || change.member.email;
  switch (change.kind) {
    case "role":
      return {
        title: `Make ${name} ${roleLabel(change.role).toLowerCase()}?`,
        consequence:
          isSelf && change.role !== "team_admin"
            ? "You will no longer be able to open the admin pages."
            : `As ${roleLabel(change.role).toLowerCase()}, ${name} ${roleSummary(change.role)}. It applies to their next request.`,
        confirm: `Make ${roleLabel(change.role).toLowerCase()}`,
        done: `${name} is now ${roleLabel(change.role).toLowerCase()}`,
      };
    case "disable":
      return {
        title: `Disable ${name}?`,
        consequence: "They are signed out everywhere at once and cannot sign in to this team until you enable them again. Their sessions and flows stay.",
        confirm: "Disable",
        done: `${name} is disabled`,
      };
    case "enable":
      return {
        title: `Enable ${name}?`,
        consequence: "They can sign in to this team again, with their current role.",
        confirm: "Enable",
        done: `${name} is enabled`,
      };
    case "remove":
      return {
        title: `Remove ${name} from the team?`,
        consequence: "They are signed out at once and lose access to this team. Their sessions and flows stay with the team; invite them again to bring them back.",
        confirm: "Remove",
        done: `${name} was removed from the team`,
      };
  }
}

/** The API's refusals, worded for the admin (others: the API's own message). */
function refusalMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === "last_team_admin") {
    return "A team needs at least one active team admin. Make someone else team admin first.";
  }
  return describeError(error).message;
}

function apiChangeOf(change: PendingChange): MemberChange {
  return change.kind === "role" ? { role: change.role } : { disabled: change.kind === "disable" };
}

/** Asks to confirm a role change, disabling, enabling or removing a member, and shows the API's refusal. */
export function MemberChangeDialog({ change, isSelf, onClose }: { change: PendingChange | null; isSelf: boolean; onClose: () => void }) {
  const update = useUpdateMember();
  const remove = useRemoveMember();
  const running = update.isPending || remove.isPending;
  const error = update.error ?? remove.error;
  const wording = change && wordingOf(change, isSelf);

  const close = () => {
    update.reset();
    remove.reset();
    onClose();
  };

  const confirm = () => {
    if (!change || !wording) return;
    const done = () => {
      toast.success(wording.done);
      close();
      // Your own new role is in your next access token: fetch it now, so the app follows at once.
      if (isSelf) void refreshSession();
    };
    if (change.kind === "remove") remove.mutate(change.member.user_id, { onSuccess: done });
    else update.mutate({ userId: change.member.user_id, change: apiChangeOf(change) }, { onSuccess: done });
  };

  return (
    <Dialog
      open={change !== null}
      onClose={close}
      title={wording?.title ?? ""}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button variant={change?.kind === "role" || change?.kind === "enable" ? "primary" : "danger"} busy={running} onClick={confirm}>
            {wording?.confirm}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <p>{wording?.consequence}</p>
        {error && <Alert tone="danger">{refusalMessage(error)}</Alert>}
      </div>
    </Dialog>
  );
}
