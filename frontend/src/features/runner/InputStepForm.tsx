import { useState, type SubmitEvent } from "react";

import { Button, Field, Input } from "@/components/ui";

import { checkInputValue, MAX_INPUT_CHARS, type InputSpec, type InputValue } from "./input-checks";

const RULE_MESSAGES: Record<string, string> = {
  required: "This value is required.",
  type: "This value has the wrong type.",
  length: `At most ${MAX_INPUT_CHARS} characters.`,
  choice: "Choose one of the listed values.",
  pattern: "Does not match the expected format.",
};

interface InputStepFormProps {
  spec: InputSpec;
  /** The value as typed (kept in the session's drafts). */
  draft: string;
  onDraftChange: (value: string) => void;
  disabled: boolean;
  busy: boolean;
  /** The API's refusal of the last value (`invalid_input_value`), shown at the field. */
  serverError: { rule?: string; message: string } | null;
  onCapture: (value: InputValue) => void;
  /** What the submit button says (a path moves on; a checklist just records the value). */
  submitLabel?: string;
}

function hintOf(spec: InputSpec): string {
  const parts = [spec.required ? "Required" : "Optional"];
  if (spec.type === "number") parts.push("a number");
  if (spec.type === "text" && spec.pattern) parts.push(`format ${spec.pattern}`);
  return `${parts.join(", ")}. Saved as {{${spec.variable}}}.`;
}

/** An input step: the value it captures, checked here as the API will check it. */
export function InputStepForm({
  spec,
  draft,
  onDraftChange,
  disabled,
  busy,
  serverError,
  onCapture,
  submitLabel = "Save and continue",
}: InputStepFormProps) {
  const [clientError, setClientError] = useState<string | null>(null);
  const error = clientError ?? (serverError && (serverError.message || RULE_MESSAGES[serverError.rule ?? ""] || "Check this value."));

  const change = (value: string) => {
    setClientError(null);
    onDraftChange(value);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const check = checkInputValue(spec, draft);
    if (!check.ok) {
      setClientError(check.message);
      return;
    }
    onCapture(check.value);
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {spec.type === "boolean" || spec.type === "choice" ? (
        <OptionsField spec={spec} value={draft} error={error} disabled={disabled} onChange={change} />
      ) : (
        <Field label={spec.variable} hint={hintOf(spec)} error={error}>
          {(control) => (
            <Input
              {...control}
              // Focus lands here when the step opens: type, then Enter.
              autoFocus
              inputMode={spec.type === "number" ? "decimal" : undefined}
              autoComplete="off"
              spellCheck={false}
              value={draft}
              disabled={disabled}
              onChange={(event) => {
                change(event.target.value);
              }}
              className="font-mono text-base"
            />
          )}
        </Field>
      )}
      <div>
        <Button type="submit" size="lg" disabled={disabled} busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** Yes/no and choice inputs as radio buttons (arrow keys move between them). */
function OptionsField({
  spec,
  value,
  error,
  disabled,
  onChange,
}: {
  spec: InputSpec;
  value: string;
  error: string | null;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const options =
    spec.type === "boolean"
      ? [
          { value: "true", label: "Yes" },
          { value: "false", label: "No" },
        ]
      : (spec.choices ?? []).map((choice) => ({ value: choice, label: choice }));
  const errorId = `input-${spec.variable}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-fg">
        {spec.variable} <span className="font-normal text-fg-muted">({spec.required ? "required" : "optional"})</span>
      </legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-control-border px-3 py-2 text-sm has-checked:border-accent has-checked:bg-accent-soft"
          >
            <input
              type="radio"
              name={`input-${spec.variable}`}
              value={option.value}
              checked={value === option.value}
              disabled={disabled}
              onChange={() => {
                onChange(option.value);
              }}
              className="accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
