import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Link } from "react-router";

import { describeError, unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";
import { Alert, Button, Field, Input } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { signInProblems, type Credentials } from "./sign-in-checks";

/** E-mail and password; on success the session store signs in and the page moves on. */
export function SignInForm({ prefill }: { prefill?: Credentials | null }) {
  const [email, setEmail] = useState(prefill?.email ?? "");
  const [password, setPassword] = useState(prefill?.password ?? "");
  const [problems, setProblems] = useState<Partial<Credentials>>({});
  const [prefilled, setPrefilled] = useState(prefill);
  if (prefill !== prefilled) {
    // A demo account was picked: take its credentials (state adjusted while rendering, no effect).
    setPrefilled(prefill);
    setEmail(prefill?.email ?? "");
    setPassword(prefill?.password ?? "");
    setProblems({});
  }

  const signIn = useMutation({
    mutationFn: (credentials: Credentials) => unwrap(publicApi.POST("/api/v1/auth/login", { body: credentials })),
    onSuccess: (tokens) => {
      useSessionStore.getState().signedIn(tokens);
    },
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const credentials = { email: email.trim(), password };
    const found = signInProblems(credentials);
    setProblems(found);
    if (Object.keys(found).length === 0) {
      signIn.mutate(credentials);
    }
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4" aria-label="Sign in">
      {signIn.isError && <Alert tone="danger">{describeError(signIn.error).message}</Alert>}
      <Field label="E-mail" error={problems.email}>
        {(control) => (
          <Input
            {...control}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
        )}
      </Field>
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
      <Button type="submit" size="lg" busy={signIn.isPending}>
        Sign in
      </Button>
      <Link to="/forgot-password" className="self-center text-sm text-accent-text underline-offset-4 hover:underline">
        Forgot your password?
      </Link>
    </form>
  );
}
