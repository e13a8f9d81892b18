import { Button } from "@/components/ui";

import { ActionButtons } from "../ActionButtons";
import { AnswerButtons } from "../AnswerButtons";
import { InputStepForm } from "../InputStepForm";
import type { InputValue } from "../input-checks";
import { Kbd } from "../Kbd";
import type { StepResult } from "./api";
import type { ChecklistStep, FlowNode } from "./model";

export interface CompleteExtras {
  answer?: number;
  value?: InputValue;
}

interface StepControlsProps {
  step: ChecklistStep;
  /** The step's node in the session's flow version (null: the flow was deleted). */
  node: FlowNode | null;
  /** Steps can be completed and reopened now (an active session, an engineer, not waiting). */
  canWork: boolean;
  /** Something is being sent for this step. */
  busy: boolean;
  inputDraft: string;
  onInputDraftChange: (value: string) => void;
  /** The API's refusal of the last value sent for this input. */
  inputError: { rule?: string; message: string } | null;
  onComplete: (result: StepResult, extras?: CompleteExtras) => void;
  onReopen: () => void;
}

/** The ways to close an open step (by its kind), or to reopen a closed one. */
export function StepControls(props: StepControlsProps) {
  const { step, node, canWork, busy, onComplete, onReopen } = props;
  if (step.status === "not_applicable") return null;
  if (step.status !== "open") {
    return (
      <div>
        <Button variant="secondary" size="sm" disabled={!canWork} busy={busy} onClick={onReopen}>
          Reopen
        </Button>
      </div>
    );
  }
  if (node === null) return null;
  const disabled = !canWork || busy;
  const skip = (
    <Button
      variant="ghost"
      disabled={disabled}
      onClick={() => {
        onComplete("skipped");
      }}
    >
      Skip <Kbd>S</Kbd>
    </Button>
  );

  switch (step.kind) {
    case "action":
      return <ActionButtons disabled={disabled} busy={busy} onResult={onComplete} />;
    case "question":
      return (
        <div className="flex flex-col gap-3">
          <AnswerButtons
            answers={(node.answers ?? []).map((answer, index) => ({ ...answer, index }))}
            disabled={disabled}
            onAnswer={(answer) => {
              onComplete("done", { answer });
            }}
          />
          <div>{skip}</div>
        </div>
      );
    case "input":
      return node.input ? (
        <div className="flex flex-col gap-3">
          <InputStepForm
            spec={node.input}
            draft={props.inputDraft}
            onDraftChange={props.onInputDraftChange}
            disabled={disabled}
            busy={busy}
            serverError={props.inputError}
            submitLabel="Save the value"
            onCapture={(value) => {
              onComplete("done", { value });
            }}
          />
          <div>{skip}</div>
        </div>
      ) : null;
  }
}
