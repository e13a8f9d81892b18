import { Button } from "@/components/ui";

import type { EventIn } from "./api";
import { Kbd } from "./Kbd";

type ActionResult = Extract<EventIn, { type: "action_done" }>["result"];

/** The outcome of an action step: done (Enter), failed or skipped. */
export function ActionButtons({
  disabled,
  busy,
  onResult,
}: {
  disabled: boolean;
  busy: boolean;
  onResult: (result: ActionResult) => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="lg" disabled={disabled} busy={busy} onClick={() => { onResult("done"); }}>
        Done <Kbd>Enter</Kbd>
      </Button>
      <Button variant="secondary" size="lg" disabled={disabled} onClick={() => { onResult("failed"); }}>
        It failed
      </Button>
      <Button variant="ghost" size="lg" disabled={disabled} onClick={() => { onResult("skipped"); }}>
        Skip
      </Button>
    </div>
  );
}
