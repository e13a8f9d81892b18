import { describeError } from "@/api/errors";
import { Alert, Badge, Button, Card, CardHeader, PageHeader, toast } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { ActiveLogins } from "./ActiveLogins";
import { useResendVerification } from "./api";
import { ChangePasswordForm } from "./ChangePasswordForm";

export function ProfilePage() {
  const user = useSessionStore((state) => state.user);
  const resend = useResendVerification();
  if (!user) return null;

  return (
    <>
      <PageHeader title="Profile" description="Your account, password and sign-ins." />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title={user.full_name} description={user.email} />
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-fg-muted">Team</dt>
            <dd>{user.team.name}</dd>
            <dt className="text-fg-muted">Role</dt>
            <dd>{user.role}</dd>
            <dt className="text-fg-muted">E-mail</dt>
            <dd>{user.email_verified ? <Badge tone="success">Confirmed</Badge> : <Badge tone="warning">Not confirmed</Badge>}</dd>
          </dl>
          {!user.email_verified && (
            <div className="mt-4 flex flex-col items-start gap-2">
              {resend.isError && <Alert tone="danger">{describeError(resend.error).message}</Alert>}
              <Button
                variant="secondary"
                size="sm"
                busy={resend.isPending}
                onClick={() => {
                  resend.mutate(undefined, { onSuccess: (sent) => toast.success("Link sent", sent.message) });
                }}
              >
                Send the confirmation link again
              </Button>
            </div>
          )}
        </Card>
        <ChangePasswordForm />
        <ActiveLogins />
      </div>
    </>
  );
}
