/**
 * Admin sections other issues build (SPEC "The SPA": PSA settings and member mapping, AI usage).
 * Each has its sub-navigation entry and route already; replace the placeholder with the page.
 */
import { FeaturePlaceholder } from "@/components/FeaturePlaceholder";

export function PsaConnectionPage() {
  return (
    <FeaturePlaceholder
      title="PSA connection"
      description="Connect your team to ConnectWise PSA."
      planned="Site, company and API keys, a connection test, and where session notes are pushed."
    />
  );
}

export function MemberMappingPage() {
  return (
    <FeaturePlaceholder
      title="Member mapping"
      description="Match your team's members to their ConnectWise members."
      planned="Each member linked to a PSA member, so notes are pushed in their name."
    />
  );
}

export function AiUsagePage() {
  return (
    <FeaturePlaceholder
      title="AI usage & budget"
      description="What FlowPilot costs your team."
      planned="Requests and estimated cost per month and per member, and the team's monthly budget."
    />
  );
}
