import { useState } from "react";

import { Alert } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { useMeta } from "./api";
import { AuthLayout } from "./AuthLayout";
import { DemoAccounts } from "./DemoAccounts";
import { SignInForm } from "./SignInForm";

export function SignInPage() {
  const notice = useSessionStore((state) => state.notice);
  const demo = useMeta().data?.demo;
  const [picked, setPicked] = useState<{ email: string; password: string } | null>(null);

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Guided troubleshooting for your team."
      aside={
        demo && (
          <DemoAccounts
            demo={demo}
            onPick={(email, password) => {
              setPicked({ email, password });
            }}
          />
        )
      }
    >
      {notice && <Alert tone="warning">{notice.message}</Alert>}
      <SignInForm prefill={picked} />
    </AuthLayout>
  );
}
