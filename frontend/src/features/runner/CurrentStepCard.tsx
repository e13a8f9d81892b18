import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "react-router";

import { Markdown } from "@/components/Markdown";
import { Badge, Button, buttonClasses, Card } from "@/components/ui";

import { ActionButtons } from "./ActionButtons";
import { AnswerButtons } from "./AnswerButtons";
import { CommandBlock } from "./CommandBlock";
import { InputStepForm } from "./InputStepForm";
import { Kbd } from "./Kbd";
import type { CurrentNode } from "./types";
import type { EventIn } from "./api";
import type { InputValue } from "./input-checks";
import type { AppendProblem } from "./use-appender";

type Outcome = Extract<EventIn, { type: "ended" }>["outcome"];

const KIND_LABELS: Record<CurrentNode["kind"], string> = {
  question: "Question",
  action: "Action",
  input: "Capture a value",
  resolution: "Resolution",
  escalation: "Escalation",
};

interface CurrentStepCardProps {
  sessionId: string;
  node: CurrentNode;
  /** Changes with every visit of a node (a loop or going back revisits one). */
  visit: number;
  /** The owner, on an active session. */
  canWork: boolean;
  canGoBack: boolean;
  sending: EventIn["type"] | null;
  problem: AppendProblem | null;
  inputDraft: string;
  onInputDraftChange: (value: string) => void;
  onSend: (event: EventIn) => void;
  onEnd: (outcome: Outcome) => void;
}

/** The step the engineer is on, large: what to do, and the ways forward. */
export function CurrentStepCard(props: CurrentStepCardProps) {
  const { node, visit, canWork, canGoBack, sending, onSend } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new step: move focus to it (screen readers read it; the keys keep working). Input steps
  // focus their field instead.
  useEffect(() => {
    if (node.kind !== "input") headingRef.current?.focus({ preventScroll: true });
  }, [node.kind, visit]);

  return (
    <Card className="flex flex-col gap-5">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-fg-muted uppercase">
            {KIND_LABELS[node.kind]}
            {node.section && <span> · {node.section}</span>}
          </p>
          <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-2xl font-semibold tracking-tight text-fg outline-none">
            {node.title}
          </h2>
        </div>
        <Button
          variant="ghost"
          size="sm"
          disabled={!canWork || !canGoBack || sending !== null}
          busy={sending === "went_back"}
          onClick={() => {
            onSend({ type: "went_back" });
          }}
          title="Go back to the previous step"
        >
          Back <Kbd>B</Kbd>
        </Button>
      </div>

      {node.body && <Markdown className="text-lg!" source={node.body} />}

      {node.commands.length > 0 && (
        <div className="flex flex-col gap-3">
          {node.commands.map((command, index) => (
            <CommandBlock key={index} command={command} />
          ))}
        </div>
      )}

      {node.expected_result && (
        <div className="rounded-md border border-border bg-surface-raised px-4 py-3">
          <p className="text-sm font-medium text-fg">Expected result</p>
          <Markdown className="mt-1" source={node.expected_result} />
        </div>
      )}

      <StepControls {...props} />
    </Card>
  );
}

function StepControls({ sessionId, node, canWork, sending, problem, inputDraft, onInputDraftChange, onSend, onEnd }: CurrentStepCardProps) {
  const disabled = !canWork || sending !== null;
  switch (node.kind) {
    case "question":
      return node.answers.length > 0 ? (
        <AnswerButtons
          answers={node.answers}
          disabled={disabled}
          onAnswer={(answer) => {
            onSend({ type: "answered", node_id: node.id, answer });
          }}
        />
      ) : null;
    case "action":
      return (
        <ActionButtons
          disabled={disabled}
          busy={sending === "action_done"}
          onResult={(result) => {
            onSend({ type: "action_done", node_id: node.id, result });
          }}
        />
      );
    case "input": {
      const spec = node.input;
      return spec ? (
        <InputStepForm
          key={node.id}
          spec={spec}
          draft={inputDraft}
          onDraftChange={onInputDraftChange}
          disabled={disabled}
          busy={sending === "input_captured"}
          serverError={problem?.kind === "refused" && problem.code === "invalid_input_value" ? problem : null}
          onCapture={(value: InputValue) => {
            onSend({ type: "input_captured", node_id: node.id, variable: spec.variable, value });
          }}
        />
      ) : null;
    }
    case "resolution":
      return (
        <EndOfPath tone="success" label="The flow ends here: solved.">
          <Button size="lg" disabled={disabled} onClick={() => { onEnd("resolved"); }}>
            End as resolved…
          </Button>
        </EndOfPath>
      );
    case "escalation":
      return (
        <EndOfPath tone="warning" label="The flow ends here: hand the session over.">
          {canWork && (
            <Link to={`/sessions/${sessionId}?escalate=1`} className={buttonClasses("primary", "lg")}>
              Escalate…
            </Link>
          )}
          <Button variant="secondary" size="lg" disabled={disabled} onClick={() => { onEnd("unresolved"); }}>
            End as unresolved…
          </Button>
        </EndOfPath>
      );
  }
}

function EndOfPath({ tone, label, children }: { tone: "success" | "warning"; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-3">
      <p>
        <Badge tone={tone}>{label}</Badge>
      </p>
      <div className="flex flex-wrap gap-2">{children}</div>
    </div>
  );
}
