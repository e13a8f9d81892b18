import type { SessionEvent } from "@/lib/sessions";

import type { PathStep } from "./types";

/** How often the engineer went back to each step of the path (from the log's `went_back` events). */
export function wentBackCounts(path: PathStep[], events: SessionEvent[]): number[] {
  const counts = path.map(() => 0);
  for (const event of events) {
    if (event.payload.type !== "went_back") continue;
    const { to_node: toNode } = event.payload;
    // The visit it returned to: the latest one of that node entered before the event.
    const index = path.findLastIndex((step) => step.node_id === toNode && step.entered_seq < event.seq);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
