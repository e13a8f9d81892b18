import { useState } from "react";

import { describeError } from "@/api/errors";
import { Badge, Button, Dialog, EmptyState, ErrorState, SkeletonList, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useRevokeShare, useShares, type Share } from "./api";

function stateOf(share: Share, now: number): { label: string; tone: "neutral" | "success" | "danger" } {
  if (share.revoked_at) return { label: "Revoked", tone: "danger" };
  if (Date.parse(share.expires_at) <= now) return { label: "Expired", tone: "neutral" };
  return { label: "Active", tone: "success" };
}

/** The session's share links (never their tokens): scope, expiry, views; revoke. */
export function ShareList({ sessionId }: { sessionId: string }) {
  const shares = useShares(sessionId);
  const revoke = useRevokeShare(sessionId);
  const [revoking, setRevoking] = useState<Share | null>(null);
  const [now] = useState(() => Date.now());

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => toast.success("Link revoked", "Opening it now says it was revoked."),
      onError: (error) => toast.error("Could not revoke the link", describeError(error).message),
      onSettled: () => {
        setRevoking(null);
      },
    });
  };

  if (shares.isPending) return <SkeletonList lines={2} label="Loading share links" />;
  if (shares.isError) return <ErrorState error={shares.error} onRetry={() => void shares.refetch()} />;
  if (shares.data.length === 0) return <EmptyState title="Not shared yet" />;
  return (
    <>
      <ul aria-label="Share links" className="divide-y divide-border">
        {shares.data.map((share) => {
          const state = stateOf(share, now);
          return (
            <li key={share.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="text-sm">
                <p className="flex items-center gap-2">
                  <span className="font-medium text-fg">{share.scope === "public" ? "Public" : "Team"} link</span>
                  <Badge tone={state.tone}>{state.label}</Badge>
                </p>
                <p className="text-xs text-fg-muted">
                  {share.view_count} {share.view_count === 1 ? "view" : "views"}
                  {share.last_viewed_at && `, last ${formatDateTime(share.last_viewed_at)}`} · by {share.created_by_name} ·
                  expires {formatDateTime(share.expires_at)}
                </p>
              </div>
              {state.label === "Active" && (
                <Button
                  variant="danger"
                  size="sm"
                  onClick={() => {
                    setRevoking(share);
                  }}
                >
                  Revoke
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <Dialog
        open={revoking !== null}
        onClose={() => {
          setRevoking(null);
        }}
        title="Revoke this link?"
        actions={
          <>
            <Button
              variant="ghost"
              onClick={() => {
                setRevoking(null);
              }}
            >
              Cancel
            </Button>
            <Button variant="danger" busy={revoke.isPending} onClick={confirmRevoke}>
              Revoke link
            </Button>
          </>
        }
      >
        Whoever has the link can no longer open it. This cannot be undone; create a new link to share again.
      </Dialog>
    </>
  );
}
