import { useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Card, CardHeader, Field, Input, toast } from "@/components/ui";
import { NewPasswordFields } from "@/components/NewPasswordFields";
import { newPasswordProblems, PASSWORD_RULE_CODES } from "@/lib/form-checks";

import { useChangePassword } from "./api";

interface Problems {
  current?: string;
  password?: string;
  confirmation?: string;
}

export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const change = useChangePassword();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: Problems = { ...newPasswordProblems(password, confirmation) };
    if (!current) found.current = "Enter your current password.";
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { current_password: current, new_password: password },
      {
        onSuccess: () => {
          setCurrent("");
          setPassword("");
          setConfirmation("");
          toast.success("Password changed", "Your other sign-ins were ended.");
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.code === "current_password_incorrect") setProblems({ current: error.message });
          else if (PASSWORD_RULE_CODES.has(error.code)) setProblems({ password: error.message });
        },
      },
    );
  };

  const shownInline = change.error instanceof ApiError && Boolean(problems.current ?? problems.password);
  return (
    <Card>
      <CardHeader title="Password" description="Changing it ends your sign-ins on other devices." />
      <form noValidate onSubmit={submit} className="flex max-w-sm flex-col gap-4">
        {change.isError && !shownInline && <Alert tone="danger">{describeError(change.error).message}</Alert>}
        <Field label="Current password" error={problems.current}>
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(event) => {
                setCurrent(event.target.value);
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
        <Button type="submit" busy={change.isPending} className="self-start">
          Change password
        </Button>
      </form>
    </Card>
  );
}
