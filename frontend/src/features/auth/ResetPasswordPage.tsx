import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Link, useSearchParams } from "react-router";

import { ApiError, describeError, unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";
import { Alert, Button, buttonClasses } from "@/components/ui";
import { newPasswordProblems, PASSWORD_RULE_CODES } from "@/lib/form-checks";

import { AuthLayout } from "./AuthLayout";
import { NewPasswordFields } from "@/components/NewPasswordFields";

/** Opened from the e-mailed link `/reset-password?token=…` (backend/app/auth/service.py). */
export function ResetPasswordPage() {
  const token = useSearchParams()[0].get("token") ?? "";
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<{ password?: string; confirmation?: string }>({});
  const reset = useMutation({
    mutationFn: () => unwrap(publicApi.POST("/api/v1/auth/password/reset", { body: { token, new_password: password } })),
    onError: (error) => {
      if (error instanceof ApiError && PASSWORD_RULE_CODES.has(error.code)) setProblems({ password: error.message });
    },
  });

  if (!token) {
    return (
      <AuthLayout title="Reset your password">
        <Alert tone="danger">This link is incomplete. Open the link from the e-mail again, or ask for a new one.</Alert>
        <Link to="/forgot-password" className={buttonClasses("secondary")}>
          Ask for a new link
        </Link>
      </AuthLayout>
    );
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = newPasswordProblems(password, confirmation);
    setProblems(found);
    if (Object.keys(found).length === 0) reset.mutate();
  };

  const ruleError = reset.error instanceof ApiError && PASSWORD_RULE_CODES.has(reset.error.code);
  return (
    <AuthLayout title="Choose a new password">
      {reset.isSuccess ? (
        <>
          <Alert tone="success">Your password was changed, and every existing sign-in was ended.</Alert>
          <Link to="/sign-in" className={buttonClasses()}>
            Sign in
          </Link>
        </>
      ) : (
        <form noValidate onSubmit={submit} className="flex flex-col gap-4">
          {reset.isError && !ruleError && <Alert tone="danger">{describeError(reset.error).message}</Alert>}
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            problems={problems}
          />
          <Button type="submit" busy={reset.isPending}>
            Set the new password
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
