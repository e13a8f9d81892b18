import type { ReactNode } from "react";
import { Link, useParams } from "react-router";

import { ApiError } from "@/api/errors";
import { Markdown } from "@/components/Markdown";
import { Badge, Button, buttonClasses, Card, EmptyState, ErrorState, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useSharedDocument } from "./api";

/** Public and read-only: a session's redacted documentation, opened from a share link. */
export function SharedSessionPage() {
  const { token = "" } = useParams();
  const shared = useSharedDocument(token);

  return (
    <div className="min-h-screen bg-canvas">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex h-14 max-w-3xl items-center justify-between gap-4 px-4">
          <p className="flex items-center gap-2 font-semibold text-fg">
            <img src="/favicon.svg" alt="" className="size-7" />
            ResolutionFlow
          </p>
          <p className="text-sm text-fg-muted">Shared session · read-only</p>
        </div>
      </header>
      <main className="mx-auto max-w-3xl p-4 md:p-6">
        {shared.isPending && <SkeletonList lines={8} label="Loading the shared session" />}
        {shared.isError && <SharedError error={shared.error} token={token} onRetry={() => void shared.refetch()} />}
        {shared.data && (
          <>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
                <Badge tone={shared.data.scope === "public" ? "accent" : "neutral"}>
                  {shared.data.scope === "public" ? "Public link" : "Team link"}
                </Badge>
                {shared.data.redactions > 0 && (
                  <Badge tone="warning">
                    {shared.data.redactions} {shared.data.redactions === 1 ? "secret" : "secrets"} hidden
                  </Badge>
                )}
                <span>Link valid until {formatDateTime(shared.data.expires_at)}</span>
              </p>
              <Button variant="secondary" size="sm" onClick={() => { window.print(); }}>
                Print
              </Button>
            </div>
            <Card>
              <article aria-label="Session documentation">
                <Markdown source={shared.data.content} />
              </article>
            </Card>
          </>
        )}
      </main>
    </div>
  );
}

function SharedError({ error, token, onRetry }: { error: unknown; token: string; onRetry: () => void }) {
  const code = error instanceof ApiError ? error.code : null;
  const status = error instanceof ApiError ? error.status : null;
  const explain = (title: string, description: ReactNode, action?: ReactNode) => (
    <EmptyState title={title} description={description} action={action} />
  );
  if (code === "share_expired") {
    return explain("This link has expired", "Ask whoever shared the session for a new link.");
  }
  if (code === "share_revoked") {
    return explain("This link was revoked", "Whoever shared the session withdrew it. Ask them for a new link if you still need it.");
  }
  if (status === 404) {
    return explain("This link does not exist", "Check that you copied the whole link. A team link works only for members of its team.");
  }
  if (status === 401) {
    return explain(
      "Sign in to view this session",
      "This link is for members of the team that shared it.",
      <Link to={`/sign-in?next=${encodeURIComponent(`/shared/${token}`)}`} className={buttonClasses("primary")}>
        Sign in
      </Link>,
    );
  }
  if (status === 429) {
    return explain("Too many requests", "Shared links are rate-limited. Wait a minute, then reload the page.");
  }
  return <ErrorState error={error} title="The shared session could not be loaded" onRetry={onRetry} />;
}
