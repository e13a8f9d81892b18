import { ErrorState, PageHeader, SkeletonList } from "@/components/ui";

import { useRedactionRules } from "./api";
import { RedactionRulesEditor } from "./RedactionRulesEditor";

export function RedactionPage() {
  const rules = useRedactionRules();
  return (
    <>
      <PageHeader
        title="Redaction rules"
        description="What is hidden in everything that leaves ResolutionFlow: exports, shares, PSA notes and AI requests. Session logs keep the original."
      />
      {rules.isPending && <SkeletonList lines={4} label="Loading the redaction rules" />}
      {rules.isError && <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data && <RedactionRulesEditor saved={rules.data} />}
    </>
  );
}
