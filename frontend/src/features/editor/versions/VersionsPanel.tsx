import { useState } from "react";

import { Button, EmptyState, ErrorState, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useFlowVersions } from "../api";

/** A side of a comparison: a published version, or the draft. */
export type CompareSide = number | "draft";

export interface Comparison {
  from: CompareSide;
  to: CompareSide;
}

const sideValue = (side: CompareSide) => String(side);
const parseSide = (value: string): CompareSide => (value === "draft" ? "draft" : Number(value));

/** The flow's published versions; pick two to compare side by side on the canvas. */
export function VersionsPanel({ flowId, onCompare }: { flowId: string; onCompare: (comparison: Comparison) => void }) {
  const versions = useFlowVersions(flowId);
  const [from, setFrom] = useState<CompareSide | null>(null);
  const [to, setTo] = useState<CompareSide>("draft");

  if (versions.isPending) return <SkeletonList lines={3} label="Loading versions" />;
  if (versions.isError) return <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  const list = versions.data;
  if (list.length === 0) {
    return <EmptyState title="Not published yet" description="Each publish adds a numbered version here." />;
  }
  const base = from ?? list[0]?.number ?? 1;
  const options = [{ value: "draft", label: "Draft (now)" }, ...list.map((version) => ({ value: String(version.number), label: `Version ${version.number}` }))];
  const picker = (label: string, value: CompareSide, onChange: (side: CompareSide) => void) => (
    <label className="flex min-w-0 flex-1 flex-col gap-1.5 text-sm font-medium text-fg">
      {label}
      <select value={sideValue(value)} onChange={(event) => onChange(parseSide(event.target.value))} className="h-10 w-full min-w-0 rounded-md border border-control-border bg-surface px-2 font-normal text-fg">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 rounded-md border border-border p-3">
        <div className="flex gap-2">
          {picker("Compare", base, setFrom)}
          {picker("with", to, setTo)}
        </div>
        <Button size="sm" disabled={base === to} onClick={() => onCompare({ from: base, to })}>
          Compare side by side
        </Button>
      </div>
      <ol aria-label="Versions" className="flex flex-col divide-y divide-border">
        {list.map((version) => (
          <li key={version.number} className="py-2 text-sm">
            <p className="font-medium text-fg">Version {version.number}</p>
            <p className="text-xs text-fg-muted">{formatDateTime(version.published_at)}</p>
            {version.change_note && <p className="mt-1 text-fg">{version.change_note}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
