import { Card, CardHeader } from "@/components/ui";

/**
 * The runner's place for FlowPilot, the AI copilot (its own issue): suggestions for the current
 * step with a rationale and confidence, and a warning when the session goes in circles. The
 * copilot's engineer replaces this body and adds the props it needs (the session, a way to
 * accept a suggestion).
 */
export function CopilotPanelSlot() {
  return (
    <Card data-slot="copilot" aria-label="FlowPilot copilot" role="complementary">
      <CardHeader title="FlowPilot" description="Suggestions for the next step will appear here." />
    </Card>
  );
}
