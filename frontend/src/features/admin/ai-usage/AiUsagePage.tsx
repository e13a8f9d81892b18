import { ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { useCopilotStatus } from "@/lib/copilot";

import { useCopilotUsage } from "./api";
import { BudgetCard } from "./BudgetCard";
import { ProviderStatusCard } from "./ProviderStatusCard";
import { RecentRequests } from "./RecentRequests";
import { UsageByFeature } from "./UsageByFeature";

/** What FlowPilot costs the team this month, the budget that caps it, and who answers (team admins). */
export function AiUsagePage() {
  const usage = useCopilotUsage();
  const status = useCopilotStatus();

  let content;
  if (usage.isPending || status.isPending) {
    content = <SkeletonList lines={5} label="Loading AI usage" />;
  } else if (usage.isError || status.isError) {
    const retry = () => {
      void usage.refetch();
      void status.refetch();
    };
    content = <ErrorState error={usage.error ?? status.error} title="AI usage could not be loaded" onRetry={retry} />;
  } else {
    content = (
      <div className="flex flex-col gap-6">
        <div className="grid items-start gap-6 xl:grid-cols-2">
          <BudgetCard budget={usage.data.budget} provider={status.data.provider} />
          <ProviderStatusCard status={status.data} />
        </div>
        <UsageByFeature lines={usage.data.lines} month={usage.data.month} status={status.data} />
        <RecentRequests entries={usage.data.recent} />
      </div>
    );
  }

  return (
    <>
      <PageHeader title="AI usage & budget" description="What FlowPilot costs your team this month, the budget that caps it, and who answers." />
      {content}
    </>
  );
}
