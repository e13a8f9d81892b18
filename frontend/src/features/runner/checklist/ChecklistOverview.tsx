import { Button, cx, ProgressBar } from "@/components/ui";

import { Kbd } from "../Kbd";
import { progressText, STEP_FILTERS, type Progress, type StepFilter } from "./model";

interface ChecklistOverviewProps {
  progress: Progress;
  filter: StepFilter;
  counts: Record<StepFilter, number>;
  onFilter: (filter: StepFilter) => void;
  onShowKeys: () => void;
}

/** How far the checklist is, and which of its steps to show. */
export function ChecklistOverview({ progress, filter, counts, onFilter, onShowKeys }: ChecklistOverviewProps) {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <div className="flex items-baseline justify-between gap-3">
          <p className="text-3xl font-semibold tracking-tight text-fg tabular-nums">{progress.percent}%</p>
          <p className="text-sm text-fg-muted">
            {progressText(progress)}
            {progress.failed > 0 && <span className="text-danger"> · {progress.failed} failed</span>}
            {progress.not_applicable > 0 && <span> · {progress.not_applicable} not applicable</span>}
          </p>
        </div>
        <ProgressBar percent={progress.percent} label="Checklist progress" />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Show steps" className="flex flex-wrap rounded-md border border-control-border p-0.5">
          {STEP_FILTERS.map((option) => (
            <button
              key={option.filter}
              type="button"
              aria-pressed={filter === option.filter}
              onClick={() => {
                onFilter(option.filter);
              }}
              className={cx(
                "rounded px-3 py-1.5 text-sm font-medium",
                filter === option.filter ? "bg-accent text-accent-fg" : "text-fg-muted hover:text-fg",
              )}
            >
              {option.label} <span className="tabular-nums">({counts[option.filter]})</span>
            </button>
          ))}
        </div>
        <Button variant="ghost" size="sm" onClick={onShowKeys}>
          Keyboard <Kbd>?</Kbd>
        </Button>
      </div>
    </div>
  );
}
