import { useState } from "react";

import { describeError } from "@/api/errors";
import type { Schema } from "@/api/types";
import { Badge, Button, Card, CardHeader, Dialog, EmptyState, ErrorState, SkeletonList, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useEndLogin, useMyLogins } from "./api";

type Login = Schema<"LoginSessionOut">;

/** A rough name for a user agent string: enough to recognise one's own devices. */
function deviceName(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Browser";
  const system = /Windows/.test(userAgent)
    ? "Windows"
    : /Mac OS X/.test(userAgent)
      ? "macOS"
      : /Android/.test(userAgent)
        ? "Android"
        : /iPhone|iPad/.test(userAgent)
          ? "iOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return system ? `${browser} on ${system}` : browser;
}

export function ActiveLogins() {
  const logins = useMyLogins();
  const endLogin = useEndLogin();
  const [confirming, setConfirming] = useState<Login | null>(null);

  const confirmEnd = () => {
    if (!confirming) return;
    endLogin.mutate(confirming.id, {
      onSuccess: () => toast.success("Sign-in ended", deviceName(confirming.user_agent)),
      onError: (error) => toast.error("Could not end the sign-in", describeError(error).message),
      onSettled: () => {
        setConfirming(null);
      },
    });
  };

  return (
    <Card>
      <CardHeader title="Where you are signed in" description="End a sign-in you do not recognise." />
      {logins.isPending && <SkeletonList lines={2} label="Loading your sign-ins" />}
      {logins.isError && <ErrorState error={logins.error} onRetry={() => void logins.refetch()} />}
      {logins.data?.length === 0 && <EmptyState title="No active sign-ins" />}
      {logins.data && logins.data.length > 0 && (
        <ul className="divide-y divide-border">
          {logins.data.map((login) => (
            <li key={login.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="flex items-center gap-2 text-sm font-medium">
                  {deviceName(login.user_agent)}
                  {login.current && <Badge tone="accent">This device</Badge>}
                </p>
                <p className="text-xs text-fg-muted">
                  {login.ip ?? "unknown address"} · signed in {formatDateTime(login.created_at)} · last active{" "}
                  {formatDateTime(login.last_used_at)}
                </p>
              </div>
              {!login.current && (
                <Button
                  variant="danger"
                  size="sm"
                  onClick={() => {
                    setConfirming(login);
                  }}
                >
                  End
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => {
          setConfirming(null);
        }}
        title="End this sign-in?"
        actions={
          <>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(null);
              }}
            >
              Cancel
            </Button>
            <Button variant="danger" busy={endLogin.isPending} onClick={confirmEnd}>
              End sign-in
            </Button>
          </>
        }
      >
        {confirming && `${deviceName(confirming.user_agent)} will have to sign in again.`}
      </Dialog>
    </Card>
  );
}
