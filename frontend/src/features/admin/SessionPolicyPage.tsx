import { ErrorState, PageHeader, SkeletonList } from "@/components/ui";

import { useSessionPolicy } from "./api";
import { SessionPolicyForm } from "./SessionPolicyForm";

export function SessionPolicyPage() {
  const policy = useSessionPolicy();
  return (
    <>
      <PageHeader
        title="Session policy"
        description="How long a sign-in lasts. Changes apply to every sign-in of your team at its next refresh, open ones included."
      />
      {policy.isPending && <SkeletonList lines={2} label="Loading the session policy" />}
      {policy.isError && <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.data && <SessionPolicyForm saved={policy.data} />}
    </>
  );
}
