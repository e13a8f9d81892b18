import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";

import { ApiError, describeError, unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";
import type { Schema } from "@/api/types";
import { Alert, Button, Field, Input, SkeletonList } from "@/components/ui";
import { newPasswordProblems, PASSWORD_RULE_CODES } from "@/lib/form-checks";
import { useSessionStore } from "@/session/store";

import { AuthLayout } from "./AuthLayout";
import { NewPasswordFields } from "@/components/NewPasswordFields";

type Invitation = Schema<"InvitationPreviewOut">;

const ROLE_NAMES: Record<string, string> = { team_admin: "team admin", engineer: "engineer", viewer: "viewer" };

/** Opened from the invitation e-mail `/invitations/accept?token=…` (backend/app/teams/service.py). */
export function AcceptInvitationPage() {
  const token = useSearchParams()[0].get("token") ?? "";
  const preview = useQuery({
    queryKey: ["invitations", "preview", token],
    queryFn: () => unwrap(publicApi.POST("/api/v1/invitations/preview", { body: { token } })),
    enabled: token !== "",
    retry: false,
  });

  return (
    <AuthLayout title="Join your team">
      {!token && <Alert tone="danger">This invitation link is incomplete. Open the link from the e-mail again.</Alert>}
      {preview.isPending && token && <SkeletonList lines={3} label="Loading the invitation" />}
      {preview.isError && <Alert tone="danger">{describeError(preview.error).message}</Alert>}
      {preview.data && <AcceptForm token={token} invitation={preview.data} />}
    </AuthLayout>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const [fullName, setFullName] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<{ fullName?: string; password?: string; confirmation?: string }>({});
  const newAccount = !invitation.account_exists;
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: () =>
      unwrap(
        publicApi.POST("/api/v1/invitations/accept", {
          body: { token, password, full_name: newAccount ? fullName.trim() : null },
        }),
      ),
    onSuccess: (tokens) => {
      // Signed in to the team just joined (replacing any other sign-in of this tab).
      useSessionStore.getState().signedIn(tokens);
      void navigate("/", { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && PASSWORD_RULE_CODES.has(error.code)) setProblems({ password: error.message });
    },
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = newAccount
      ? { ...newPasswordProblems(password, confirmation), ...(fullName.trim() ? {} : { fullName: "Enter your name." }) }
      : password
        ? {}
        : { password: "Enter your password." };
    setProblems(found);
    if (Object.keys(found).length === 0) accept.mutate();
  };

  const ruleError = accept.error instanceof ApiError && PASSWORD_RULE_CODES.has(accept.error.code);
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-sm">
        <strong>{invitation.team_name}</strong> invites <strong>{invitation.email}</strong> as{" "}
        {ROLE_NAMES[invitation.role] ?? invitation.role}.{" "}
        {newAccount ? "Create your account to join." : "Enter the password of your existing account to join."}
      </p>
      {accept.isError && !ruleError && <Alert tone="danger">{describeError(accept.error).message}</Alert>}
      {newAccount ? (
        <>
          <Field label="Your name" error={problems.fullName}>
            {(control) => (
              <Input
                {...control}
                autoComplete="name"
                value={fullName}
                onChange={(event) => {
                  setFullName(event.target.value);
                }}
              />
            )}
          </Field>
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            problems={problems}
          />
        </>
      ) : (
        <Field label="Password" error={problems.password}>
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
              }}
            />
          )}
        </Field>
      )}
      <Button type="submit" busy={accept.isPending}>
        {newAccount ? "Create account and join" : "Join the team"}
      </Button>
    </form>
  );
}
