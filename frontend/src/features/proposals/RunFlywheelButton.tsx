import { describeError } from "@/api/errors";
import { Button, toast } from "@/components/ui";

import { useRunFlywheel, type FlywheelRun } from "./api";
import { sessionCount } from "./labels";

function runSummary(run: FlywheelRun): string {
  const groups = run.clusters === 1 ? "1 group" : `${run.clusters} groups`;
  return (
    `Read ${sessionCount(run.sessions_read)} (${run.sessions_embedded} newly embedded); ` +
    `${run.candidates} ended unresolved, escalated or off the flow's path; ${groups} of 3 or more similar ones.`
  );
}

/** Runs the nightly flywheel now (team admins, as the API); the result comes back as a toast. */
export function RunFlywheelButton() {
  const run = useRunFlywheel();
  return (
    <Button
      variant="secondary"
      busy={run.isPending}
      onClick={() =>
        run.mutate(undefined, {
          onSuccess: (result) => {
            const created = result.proposals_created;
            if (created === 0) toast.info("No new proposals", runSummary(result));
            else toast.success(created === 1 ? "1 new proposal to review" : `${created} new proposals to review`, runSummary(result));
          },
          onError: (error) => toast.error("The flywheel did not run", describeError(error).message),
        })
      }
    >
      Run the flywheel now
    </Button>
  );
}
