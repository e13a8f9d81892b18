import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Link } from "react-router";

import { describeError, unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";
import { Alert, Button, Field, Input } from "@/components/ui";
import { emailProblem } from "@/lib/form-checks";

import { useMeta } from "./api";
import { AuthLayout } from "./AuthLayout";

export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const local = useMeta().data?.environment === "local";
  const requestReset = useMutation({
    mutationFn: (address: string) => unwrap(publicApi.POST("/api/v1/auth/password/forgot", { body: { email: address } })),
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = emailProblem(email);
    setProblem(found);
    if (!found) requestReset.mutate(email.trim());
  };

  return (
    <AuthLayout title="Reset your password" subtitle="We will e-mail you a link to choose a new one.">
      {requestReset.isSuccess ? (
        <Alert tone="success" title="Check your e-mail">
          {requestReset.data.message}
          {local && " In local development no mail is sent: the link is at /api/v1/dev/outbox."}
        </Alert>
      ) : (
        <form noValidate onSubmit={submit} className="flex flex-col gap-4">
          {requestReset.isError && <Alert tone="danger">{describeError(requestReset.error).message}</Alert>}
          <Field label="E-mail" error={problem}>
            {(control) => (
              <Input
                {...control}
                type="email"
                autoComplete="email"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                }}
              />
            )}
          </Field>
          <Button type="submit" busy={requestReset.isPending}>
            Send the link
          </Button>
        </form>
      )}
      <Link to="/sign-in" className="self-center text-sm text-accent-text hover:underline">
        Back to sign in
      </Link>
    </AuthLayout>
  );
}
