import type { ReactNode } from "react";

import { Card, CardHeader } from "@/components/ui";
import { formatTime } from "@/lib/format";

import type { Briefing } from "./api";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-4 first:mt-0">
      <h3 className="mb-1 text-sm font-semibold text-fg">{title}</h3>
      {children}
    </section>
  );
}

/** What the receiver of an escalation needs: what was tried and found, the inputs, open questions. */
export function BriefingCard({ briefing }: { briefing: Briefing }) {
  const inputs = Object.entries(briefing.inputs);
  return (
    <Card role="region" aria-label="Escalation briefing">
      <CardHeader
        title="Escalation briefing"
        description={briefing.escalation ? `${briefing.escalation.urgency} urgency: ${briefing.escalation.reason}` : undefined}
      />
      <div className="text-sm text-fg">
        {briefing.ai && (
          <Section title={`FlowPilot${briefing.ai.provider === "offline" ? " (offline)" : ""}`}>
            <p>{briefing.ai.summary}</p>
            {briefing.ai.likely_cause && <p className="mt-1">Likely cause: {briefing.ai.likely_cause}</p>}
            {briefing.ai.next_steps.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {briefing.ai.next_steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            )}
          </Section>
        )}
        <Section title="Tried">
          {briefing.tried.length === 0 ? (
            <p className="text-fg-muted">Nothing yet.</p>
          ) : (
            <ol className="list-decimal pl-5">
              {briefing.tried.map((step) => (
                <li key={step.seq}>
                  <span className="text-fg-muted">{formatTime(step.at)}</span> {step.title}: {step.detail}
                </li>
              ))}
            </ol>
          )}
        </Section>
        {briefing.found.length > 0 && (
          <Section title="Found">
            <ul className="flex flex-col gap-1">
              {briefing.found.map((finding) => (
                <li key={finding.seq} className="rounded bg-surface-raised px-2 py-1 font-mono text-xs whitespace-pre-wrap">
                  {finding.text}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {inputs.length > 0 && (
          <Section title="Inputs">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3">
              {inputs.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="font-mono text-fg-muted">{name}</dt>
                  <dd>{value === null ? "—" : String(value)}</dd>
                </div>
              ))}
            </dl>
          </Section>
        )}
        {briefing.open_questions.length > 0 && (
          <Section title="Open questions">
            <ul className="list-disc pl-5">
              {briefing.open_questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </Card>
  );
}
