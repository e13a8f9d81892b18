import { useState } from "react";

import { describeError } from "@/api/errors";
import { Alert, Badge, Button, Card, CardHeader, Dialog, EmptyState, ErrorState, PageHeader, SkeletonList, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useInvitations, useRevokeInvitation, type Invitation } from "./api";
import { InviteForm } from "./InviteForm";
import { roleLabel } from "./roles";

export function InvitationsPage() {
  return (
    <>
      <PageHeader title="Invitations" description="Invite people to your team by e-mail, and withdraw invitations not yet accepted." />
      <div className="flex flex-col gap-6">
        <InviteForm />
        <PendingInvitations />
      </div>
    </>
  );
}

function PendingInvitations() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const pending = invitations.data?.filter((invitation) => invitation.status === "pending");

  const close = () => {
    revoke.reset();
    setRevoking(null);
  };
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        toast.success("Invitation revoked", `The link sent to ${revoking.email} no longer works.`);
        close();
      },
    });
  };

  return (
    <Card>
      <CardHeader title="Pending invitations" description="Accepted, revoked and expired invitations are not listed." />
      {invitations.isPending && <SkeletonList lines={2} label="Loading the invitations" />}
      {invitations.isError && <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {pending?.length === 0 && <EmptyState title="No pending invitations" description="Invitations you send appear here until they are accepted." />}
      {pending && pending.length > 0 && (
        <ul className="divide-y divide-border" aria-label="Pending invitations">
          {pending.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="flex items-center gap-2 text-sm font-medium">
                  {invitation.email}
                  <Badge>{roleLabel(invitation.role)}</Badge>
                </p>
                <p className="text-xs text-fg-muted">
                  Sent {formatDateTime(invitation.created_at)} · expires {formatDateTime(invitation.expires_at)}
                </p>
              </div>
              <Button
                variant="danger"
                size="sm"
                aria-label={`Revoke the invitation for ${invitation.email}`}
                onClick={() => {
                  setRevoking(invitation);
                }}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={revoking !== null}
        onClose={close}
        title="Revoke this invitation?"
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" busy={revoke.isPending} onClick={confirmRevoke}>
              Revoke invitation
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          <p>{revoking && `The link sent to ${revoking.email} stops working. You can invite them again later.`}</p>
          {revoke.isError && <Alert tone="danger">{describeError(revoke.error).message}</Alert>}
        </div>
      </Dialog>
    </Card>
  );
}
