import { cx } from "@/components/ui";
import type { SessionEvent } from "@/lib/sessions";

import { wentBackCounts } from "./path";
import type { PathStep } from "./types";

const RESULTS = { done: "done", failed: "failed", skipped: "skipped" } as const;

function detailOf(step: PathStep): string | null {
  if (step.answer) return step.answer;
  if (step.result) return RESULTS[step.result];
  if (step.variable) return `${step.variable} = ${step.value === null ? "—" : String(step.value)}`;
  return null;
}

/** The path taken so far, the current step last; steps returned to with "back" are marked. */
export function PathBreadcrumb({ path, events }: { path: PathStep[]; events: SessionEvent[] }) {
  const backs = wentBackCounts(path, events);
  return (
    <nav aria-label="Path taken" className="overflow-x-auto">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-2 text-sm">
        {path.map((step, index) => {
          const current = index === path.length - 1;
          const detail = current ? null : detailOf(step);
          const back = backs[index] ?? 0;
          return (
            <li key={step.entered_seq} className="flex items-center gap-1" aria-current={current ? "step" : undefined}>
              {index > 0 && (
                <span aria-hidden="true" className="text-fg-muted">
                  ›
                </span>
              )}
              <span
                className={cx(
                  "inline-flex max-w-80 items-center gap-1.5 rounded-md px-2 py-1",
                  current ? "bg-accent-soft font-medium text-accent-text" : "bg-surface-raised text-fg",
                )}
              >
                <span className="shrink-0">{step.title ?? step.node_id}</span>
                {detail && <span className="min-w-0 truncate text-fg-muted" title={detail}>· {detail}</span>}
                {back > 0 && (
                  <span className="shrink-0 text-warning" title={`Went back here ${back}×`}>
                    ↩<span className="sr-only">went back here {back} {back === 1 ? "time" : "times"}</span>
                    {back > 1 && <span aria-hidden="true">{back}</span>}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
