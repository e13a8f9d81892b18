import { useId, type ReactNode } from "react";

import { Badge, ProgressBar } from "@/components/ui";

import { progressText, type ChecklistSection } from "./model";

/** A section: its name, whether it is done in order, how far it is, and its steps (`children`). */
export function ChecklistSectionView({ section, children }: { section: ChecklistSection; children: ReactNode }) {
  const headingId = useId();
  const name = section.name ?? "Steps";
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold text-fg">
          {name}
          {section.sequential && <Badge tone="accent">In order</Badge>}
        </h2>
        <p className="text-sm text-fg-muted tabular-nums">
          {progressText(section.progress)} · {section.progress.percent}%
        </p>
      </div>
      <ProgressBar percent={section.progress.percent} label={`Progress of ${name}`} className="h-1.5" />
      <ol className="flex flex-col gap-2">{children}</ol>
    </section>
  );
}
