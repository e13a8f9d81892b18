import { useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Card, Field, Input, toast } from "@/components/ui";

import { useSaveSessionPolicy, type SessionPolicy } from "./api";
import { ABSOLUTE_LIFETIME_HOURS, durationInWords, IDLE_TIMEOUT_MINUTES, rangeProblem, type Range } from "./session-policy-limits";

interface Problems {
  idle?: string;
  absolute?: string;
}

export function SessionPolicyForm({ saved }: { saved: SessionPolicy }) {
  const [idle, setIdle] = useState(String(saved.idle_timeout_minutes));
  const [absolute, setAbsolute] = useState(String(saved.absolute_lifetime_hours));
  const [problems, setProblems] = useState<Problems>({});
  const save = useSaveSessionPolicy();
  const changed = idle !== String(saved.idle_timeout_minutes) || absolute !== String(saved.absolute_lifetime_hours);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: Problems = {};
    const idleProblem = rangeProblem(idle, IDLE_TIMEOUT_MINUTES, "minutes");
    const absoluteProblem = rangeProblem(absolute, ABSOLUTE_LIFETIME_HOURS, "hours");
    if (idleProblem) found.idle = idleProblem;
    if (absoluteProblem) found.absolute = absoluteProblem;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { idle_timeout_minutes: Number(idle), absolute_lifetime_hours: Number(absolute) },
      {
        onSuccess: (policy) => {
          setIdle(String(policy.idle_timeout_minutes));
          setAbsolute(String(policy.absolute_lifetime_hours));
          toast.success("Session policy saved", "Sign-ins follow it from their next refresh.");
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === "validation_error") {
            setProblems({ idle: error.fieldErrors.idle_timeout_minutes, absolute: error.fieldErrors.absolute_lifetime_hours });
          }
        },
      },
    );
  };

  const shownInline = Boolean(problems.idle ?? problems.absolute);
  return (
    <Card>
      <form noValidate onSubmit={submit} className="flex max-w-xl flex-col gap-5">
        {save.isError && !shownInline && <Alert tone="danger">{describeError(save.error).message}</Alert>}
        <DurationField
          label="Idle timeout (minutes)"
          explanation="Signed out after this long without using ResolutionFlow."
          range={IDLE_TIMEOUT_MINUTES}
          minutesPerUnit={1}
          value={idle}
          onChange={setIdle}
          error={problems.idle}
        />
        <DurationField
          label="Absolute lifetime (hours)"
          explanation="Signed out this long after signing in, however active."
          range={ABSOLUTE_LIFETIME_HOURS}
          minutesPerUnit={60}
          value={absolute}
          onChange={setAbsolute}
          error={problems.absolute}
        />
        <Button type="submit" busy={save.isPending} disabled={!changed} className="self-start">
          Save policy
        </Button>
      </form>
    </Card>
  );
}

interface DurationFieldProps {
  label: string;
  explanation: string;
  range: Range;
  minutesPerUnit: number;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** A number of minutes or hours within the API's range, with the allowed range and the value in words. */
function DurationField({ label, explanation, range, minutesPerUnit, value, onChange, error }: DurationFieldProps) {
  const unit = minutesPerUnit === 1 ? "minutes" : "hours";
  const valid = rangeProblem(value, range, unit) === null;
  const hint = (
    <>
      {explanation} From {range.min} to {range.max} {unit} ({durationInWords(range.max * minutesPerUnit)}).
      {valid && <span className="block text-fg">That is {durationInWords(Number(value) * minutesPerUnit)}.</span>}
    </>
  );
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <Input
          {...control}
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={1}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          className="w-40"
        />
      )}
    </Field>
  );
}
