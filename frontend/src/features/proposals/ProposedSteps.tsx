import { Badge } from "@/components/ui";

import type { ProposedStep } from "./api";

/** The proposal's steps in order; accepting turns them into the draft's nodes (a question, then actions). */
export function ProposedSteps({ steps }: { steps: ProposedStep[] }) {
  return (
    <ol aria-label="Proposed steps" className="flex flex-col gap-3">
      {steps.map((step, index) => (
        <li key={index} className="flex gap-3">
          <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-surface-raised text-xs font-semibold text-fg">
            {index + 1}
          </span>
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <p className="font-medium text-fg">{step.title}</p>
              <Badge tone={step.kind === "question" ? "accent" : "neutral"}>{step.kind === "question" ? "Question" : "Action"}</Badge>
            </div>
            {step.body && step.body !== step.title && <p className="mt-1 text-sm whitespace-pre-wrap text-fg-muted">{step.body}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
