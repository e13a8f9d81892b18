import { useId, useMemo, useState, type ReactNode, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";

import { describeError } from "@/api/errors";
import { Alert, Button, buttonClasses, Card, CardHeader, Field, Input, Select, toast } from "@/components/ui";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useSessionStore } from "@/session/store";

import { useMaintenanceFlows, useRecurrencePreview, useSaveSchedule, type PreviewRequest, type Schedule } from "./api";
import { OccurrencePreview } from "./OccurrencePreview";
import { PeopleFields } from "./PeopleFields";
import { RecurrenceBuilder } from "./RecurrenceBuilder";
import { recurrenceOf, recurrenceProblem, type RecurrenceDraft } from "./recurrence-draft";
import {
  apiProblems,
  hasProblems,
  inputOf,
  scheduleFormProblems,
  valuesOf,
  type CatchUp,
  type ScheduleFormProblems,
  type ScheduleFormValues,
} from "./schedule-form";
import { TimeZoneField } from "./TimeZoneField";
import { browserTimeZone, isKnownTimeZone } from "./time-zones";

const PREVIEW_PAUSE_MS = 400;

const CATCH_UP: { value: CatchUp; label: string; explanation: string }[] = [
  { value: "once", label: "Run once", explanation: "After a downtime, one run is created for the latest missed time." },
  { value: "skip", label: "Skip", explanation: "After a downtime, missed times are skipped and the schedule waits for its next time." },
];

/** The preview's request once the recurrence is complete and has stopped changing; null before. */
function useSettledPreviewRequest(draft: RecurrenceDraft, timezone: string, savedTimezone: string | null): PreviewRequest | null {
  const ready = recurrenceProblem(draft) === null && (timezone === savedTimezone || isKnownTimeZone(timezone));
  // A string, so that an unchanged request is the same value however often the form renders.
  const key = ready ? JSON.stringify({ recurrence: recurrenceOf(draft), timezone }) : "";
  const settled = useDebouncedValue(key, PREVIEW_PAUSE_MS);
  return useMemo(() => (settled ? (JSON.parse(settled) as PreviewRequest) : null), [settled]);
}

/** A card of the form, in its left column. */
function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card className="xl:col-start-1">
      <CardHeader title={title} description={description} />
      <div className="flex flex-col gap-4">{children}</div>
    </Card>
  );
}

interface ScheduleFormProps {
  schedule: Schedule | null;
  /** Viewers see the schedule as it is; the API lets them change nothing. */
  readOnly: boolean;
}

/** A schedule's settings with a live preview of its next runs; creates (then opens) or saves the schedule. */
export function ScheduleForm({ schedule, readOnly }: ScheduleFormProps) {
  const navigate = useNavigate();
  const userId = useSessionStore((state) => state.user?.id ?? "");
  const flows = useMaintenanceFlows();
  const save = useSaveSchedule(schedule?.id ?? null);
  const [values, setValues] = useState<ScheduleFormValues>(() => valuesOf(schedule, { timezone: browserTimeZone(), ownerId: userId }));
  const [problems, setProblems] = useState<ScheduleFormProblems>({});
  const savedTimezone = schedule?.timezone ?? null;
  const previewRequest = useSettledPreviewRequest(values.recurrence, values.timezone, savedTimezone);
  const preview = useRecurrencePreview(previewRequest);
  const activeId = useId();

  const set = (change: Partial<ScheduleFormValues>) => {
    setValues({ ...values, ...change });
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in change))));
  };

  const chooseFlow = (flowId: string) => {
    const title = flows.data?.find((flow) => flow.id === flowId)?.title;
    set(values.name.trim() || !title ? { flowId } : { flowId, name: title });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = scheduleFormProblems(values, savedTimezone);
    setProblems(found);
    if (hasProblems(found)) return;
    save.mutate(inputOf(values), {
      onSuccess: (saved) => {
        toast.success(schedule ? "Schedule saved" : "Schedule created", saved.name);
        if (!schedule) void navigate(`/maintenance/schedules/${saved.id}`, { replace: true });
      },
      onError: (error) => {
        setProblems(apiProblems(error) ?? {});
      },
    });
  };

  // The API reads the cron expression: its complaint goes under the field while typing.
  const previewProblem = values.recurrence.kind === "cron" && preview.isError ? (apiProblems(preview.error)?.recurrence ?? null) : null;
  const recurrenceError = problems.recurrence ?? recurrenceProblem(values.recurrence) ?? previewProblem;
  const previewFailure = preview.isError && !previewProblem ? describeError(preview.error).message : null;
  const flowOptions = flows.data ?? [];
  const currentFlowMissing = schedule?.flow.id && !flowOptions.some((flow) => flow.id === schedule.flow.id);

  return (
    <form noValidate onSubmit={submit}>
      <fieldset disabled={readOnly} className="grid min-w-0 gap-5 xl:grid-cols-[minmax(0,1fr)_22rem]">
        {save.isError && (
          <div className="xl:col-start-1">
            <Alert tone="danger" title={schedule ? "The schedule was not saved" : "The schedule was not created"}>
              {apiProblems(save.error) ? "Check the fields marked below." : describeError(save.error).message}
            </Alert>
          </div>
        )}
        <div className="xl:sticky xl:top-20 xl:col-start-2 xl:row-span-6 xl:row-start-1 xl:self-start">
          <OccurrencePreview preview={preview} timezone={previewRequest?.timezone ?? null} failure={previewFailure} />
        </div>
        <FormSection title="Flow" description="The published maintenance flow every target goes through.">
          <Field
            label="Maintenance flow"
            error={problems.flowId}
            hint={
              flows.isSuccess && flowOptions.length === 0 ? (
                <>
                  No published maintenance flows yet: create one in the <Link to="/library" className="text-accent-text underline">library</Link> and publish it.
                </>
              ) : undefined
            }
          >
            {(control) => (
              <Select
                {...control}
                value={values.flowId}
                onChange={(event) => {
                  chooseFlow(event.target.value);
                }}
              >
                {!values.flowId && <option value="">{flows.isPending ? "Loading flows…" : "Choose a flow"}</option>}
                {currentFlowMissing && <option value={schedule.flow.id ?? ""}>{schedule.flow.title}</option>}
                {flowOptions.map((flow) => (
                  <option key={flow.id} value={flow.id}>
                    {flow.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {flows.isError && <p className="text-sm text-danger">The flows could not be loaded: {describeError(flows.error).message}</p>}
          <Field label="Name" error={problems.name}>
            {(control) => (
              <Input
                {...control}
                value={values.name}
                placeholder="e.g. Weekly backup verification"
                onChange={(event) => {
                  set({ name: event.target.value });
                }}
              />
            )}
          </Field>
        </FormSection>
        <FormSection title="When">
          <RecurrenceBuilder
            value={values.recurrence}
            onChange={(recurrence) => {
              set({ recurrence });
            }}
            error={recurrenceError}
          />
          <TimeZoneField
            value={values.timezone}
            onChange={(timezone) => {
              set({ timezone });
            }}
            error={problems.timezone}
          />
        </FormSection>
        <FormSection title="Runs">
          <fieldset>
            <legend className="mb-1.5 text-sm font-medium text-fg">Missed runs</legend>
            <div className="flex flex-col gap-2">
              {CATCH_UP.map((option) => (
                <label key={option.value} className="flex items-start gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${activeId}-catch-up`}
                    checked={values.catchUp === option.value}
                    onChange={() => {
                      set({ catchUp: option.value });
                    }}
                    className="mt-0.5 size-4 accent-accent"
                  />
                  <span>
                    <span className="font-medium text-fg">{option.label}</span>
                    <span className="text-fg-muted"> — {option.explanation}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="w-56">
            <Field label="Complete within (hours)" hint="A run is overdue this long after its due time." error={problems.completeWithinHours}>
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={2160}
                  value={values.completeWithinHours}
                  onChange={(event) => {
                    set({ completeWithinHours: event.target.value });
                  }}
                />
              )}
            </Field>
          </div>
          <div className="flex items-start gap-2">
            <input
              id={activeId}
              type="checkbox"
              role="switch"
              checked={values.active}
              aria-describedby={`${activeId}-hint`}
              onChange={(event) => {
                set({ active: event.target.checked });
              }}
              className="mt-0.5 size-4 accent-accent"
            />
            <div>
              <label htmlFor={activeId} className="text-sm font-medium text-fg">
                Active
              </label>
              <p id={`${activeId}-hint`} className="text-xs text-fg-muted">
                An inactive schedule creates no runs; switched back on, it waits for its next time.
              </p>
            </div>
          </div>
        </FormSection>
        <FormSection title="People">
          <PeopleFields
            ownerId={values.ownerId}
            ownerName={schedule?.owner_name ?? null}
            assigneeIds={values.assigneeIds}
            onChange={set}
            errors={problems}
          />
        </FormSection>
        {!readOnly && (
          <div className="flex gap-2 xl:col-start-1">
            <Button type="submit" busy={save.isPending}>
              {schedule ? "Save schedule" : "Create schedule"}
            </Button>
            {!schedule && (
              <Link to="/maintenance" className={buttonClasses("ghost")}>
                Cancel
              </Link>
            )}
          </div>
        )}
      </fieldset>
    </form>
  );
}
