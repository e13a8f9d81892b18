import { Alert } from "@/components/ui";
import { useMeta } from "@/lib/meta";

/** Where the link the API just e-mailed can be found; in local development mail stays in the dev outbox. */
export function SentInvitationNotice({ email, validDays }: { email: string; validDays?: number }) {
  const local = useMeta().data?.environment === "local";
  return (
    <Alert tone="success" title={`Invitation sent to ${email}`}>
      {validDays !== undefined && <p>The link in the e-mail is valid for {validDays === 1 ? "1 day" : `${validDays} days`}.</p>}
      {local && (
        <p className="mt-1">
          In local development without SMTP no e-mail leaves this machine: the link waits in the dev outbox at{" "}
          <a href="/api/v1/dev/outbox" target="_blank" rel="noreferrer" className="font-medium text-accent-text underline">
            /api/v1/dev/outbox
          </a>
          .
        </p>
      )}
    </Alert>
  );
}
