import { Button } from "@/components/ui";

import type { BulkResult } from "./api";

const ACTIONS: { result: BulkResult; label: string; key: string }[] = [
  { result: "done", label: "Done", key: "D" },
  { result: "failed", label: "Failed", key: "F" },
  { result: "skipped", label: "Skipped", key: "S" },
];

interface BulkBarProps {
  count: number;
  onResult: (result: BulkResult) => void;
  onClear: () => void;
}

/**
 * Above the matrix, always there (so the grid never moves when a first cell is selected): how
 * many cells are selected and what to mark them.
 */
export function BulkBar({ count, onResult, onClear }: BulkBarProps) {
  const none = count === 0;
  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-border bg-surface-raised px-4 py-2.5"
    >
      <p aria-live="polite" className="mr-auto text-sm font-medium text-fg">
        {none ? "No cells selected" : `${count} ${count === 1 ? "cell" : "cells"} selected`}
      </p>
      <span className="text-sm text-fg-muted">Mark as</span>
      {ACTIONS.map(({ result, label, key }) => (
        <Button
          key={result}
          size="sm"
          variant={result === "done" ? "primary" : "secondary"}
          disabled={none}
          aria-keyshortcuts={key}
          onClick={() => {
            onResult(result);
          }}
        >
          {label}
          <kbd aria-hidden="true" className="rounded border border-current px-1 text-[0.6875rem] opacity-80">
            {key}
          </kbd>
        </Button>
      ))}
      <Button size="sm" variant="ghost" disabled={none} aria-keyshortcuts="Escape" onClick={onClear}>
        Clear
      </Button>
    </div>
  );
}
