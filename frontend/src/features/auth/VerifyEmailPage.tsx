import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { describeError, unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";
import { Alert, buttonClasses, Spinner } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { AuthLayout } from "./AuthLayout";

/** Opened from the e-mailed link `/verify-email?token=…`; confirms on arrival. */
export function VerifyEmailPage() {
  const token = useSearchParams()[0].get("token") ?? "";
  const signedIn = useSessionStore((state) => state.status === "signed-in");
  // A query rather than a mutation: it runs once per token, also under StrictMode's double effects.
  const verification = useQuery({
    queryKey: ["verify-email", token],
    queryFn: () => unwrap(publicApi.POST("/api/v1/auth/verify-email", { body: { token } })).then(() => true),
    enabled: token !== "",
    staleTime: Infinity,
    retry: false,
  });

  const next = signedIn ? { to: "/", label: "Continue to ResolutionFlow" } : { to: "/sign-in", label: "Sign in" };
  return (
    <AuthLayout title="Confirm your e-mail address">
      {!token && <Alert tone="danger">This link is incomplete. Open the link from the e-mail again.</Alert>}
      {verification.isPending && token && (
        <p className="flex items-center gap-2 text-sm text-fg-muted">
          <Spinner /> Confirming…
        </p>
      )}
      {verification.isSuccess && <Alert tone="success">Your e-mail address is confirmed.</Alert>}
      {verification.isError && <Alert tone="danger">{describeError(verification.error).message}</Alert>}
      <Link to={next.to} className={buttonClasses("secondary")}>
        {next.label}
      </Link>
    </AuthLayout>
  );
}
