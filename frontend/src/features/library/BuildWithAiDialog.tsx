import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type SubmitEvent } from "react";
import { Link } from "react-router";

import { api } from "@/api/client";
import { ApiError, describeError, unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { CopilotProviderBadge } from "@/components/CopilotProviderBadge";
import { Alert, Badge, Button, buttonClasses, Dialog, Field, Input, Select, Spinner, Textarea } from "@/components/ui";
import { copilotKeys, useCopilotStatus } from "@/lib/copilot";
import { FLOW_KIND_LABELS, flowKeys, type FlowKind } from "@/lib/flows";
import { characterCount } from "@/lib/form-checks";

type FlowBuild = Schema<"FlowBuildIn">;
type FlowBuilt = Schema<"FlowBuildOut">;

// backend/app/copilot/schemas.py FlowBuildIn
const DESCRIPTION_MIN = 10;
const DESCRIPTION_MAX = 4000;
const RUNBOOK_MAX = 50_000;
const TITLE_MAX = 200;

interface Values {
  kind: FlowKind;
  title: string;
  description: string;
  runbook: string;
}

type Problems = Partial<Record<keyof Values, string>>;

const EMPTY: Values = { kind: "troubleshooting", title: "", description: "", runbook: "" };

function buildProblems(values: Values): Problems {
  const problems: Problems = {};
  const description = characterCount(values.description.trim());
  if (description < DESCRIPTION_MIN) problems.description = `Describe the problem or procedure in at least ${DESCRIPTION_MIN} characters.`;
  if (description > DESCRIPTION_MAX) problems.description = `Keep the description to at most ${DESCRIPTION_MAX.toLocaleString()} characters.`;
  if (characterCount(values.runbook) > RUNBOOK_MAX) problems.runbook = `The runbook may have at most ${RUNBOOK_MAX.toLocaleString()} characters.`;
  if (characterCount(values.title.trim()) > TITLE_MAX) problems.title = `Keep the title to at most ${TITLE_MAX} characters.`;
  return problems;
}

function useBuildFlow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, signal }: { body: FlowBuild; signal: AbortSignal }) =>
      unwrap(api.POST("/api/v1/copilot/flows/build", { body, signal })),
    // Even a build the user stopped waiting for may have finished on the server: refresh the library.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: flowKeys.all });
      void queryClient.invalidateQueries({ queryKey: copilotKeys.all });
    },
  });
}

/** Seconds since `running` became true; stops (and resets) when it is false. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => {
      setSeconds(Math.floor((Date.now() - started) / 1000));
    }, 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

/** "Build with AI" in the library's header, with its dialog (engineers and up, as the API). */
export function BuildWithAiButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Build with AI
      </Button>
      <BuildWithAiDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/**
 * A description (and a pasted runbook) in, a validated draft flow out, never published. The API
 * answers once the draft is saved (no stream), so the dialog shows the time so far and can stop waiting.
 */
export function BuildWithAiDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const formId = useId();
  const build = useBuildFlow();
  const abort = useRef<AbortController | null>(null);
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const elapsed = useElapsedSeconds(build.isPending);

  const stopWaiting = () => {
    abort.current?.abort();
    abort.current = null;
  };

  const close = () => {
    stopWaiting();
    build.reset();
    setProblems({});
    setFailure(null);
    setStopped(false);
    onClose();
  };

  const change = (field: keyof Values) => (value: string) => {
    setValues({ ...values, [field]: value });
    if (problems[field]) setProblems({ ...problems, [field]: undefined });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = buildProblems(values);
    setProblems(found);
    setFailure(null);
    setStopped(false);
    if (Object.values(found).some(Boolean)) return;
    const controller = new AbortController();
    abort.current = controller;
    const body: FlowBuild = {
      kind: values.kind,
      title: values.title.trim() || null,
      description: values.description.trim(),
      runbook: values.runbook.trim() ? values.runbook : null,
    };
    build.mutate(
      { body, signal: controller.signal },
      {
        onSuccess: () => setValues(EMPTY),
        onError: (error) => {
          if (controller.signal.aborted) {
            setStopped(true);
          } else if (error instanceof ApiError && error.code === "validation_error") {
            const fields = error.fieldErrors;
            const found: Problems = { kind: fields.kind, title: fields.title, description: fields.description, runbook: fields.runbook };
            if (Object.values(found).some(Boolean)) setProblems(found);
            else setFailure(describeError(error).message);
          } else {
            setFailure(describeError(error).message);
          }
        },
      },
    );
  };

  if (build.data) {
    return (
      <Dialog
        open={open}
        onClose={close}
        wide
        title="Your draft flow is ready"
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              Close
            </Button>
            <Link to={`/flows/${build.data.flow.id}`} className={buttonClasses("secondary")}>
              Preview
            </Link>
            <Link to={`/flows/${build.data.flow.id}/edit`} className={buttonClasses()}>
              Open in editor
            </Link>
          </>
        }
      >
        <BuildResult built={build.data} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      wide
      title="Build a flow with AI"
      actions={
        build.isPending ? (
          <Button variant="secondary" onClick={stopWaiting}>
            Cancel
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" form={formId}>
              Build draft
            </Button>
          </>
        )
      }
    >
      {build.isPending ? (
        <BuildProgress seconds={elapsed} />
      ) : (
        <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
          <ProviderHint />
          {stopped && (
            <Alert tone="info" title="Stopped waiting">
              If FlowPilot finished anyway, the draft is in the library.
            </Alert>
          )}
          {failure && <Alert tone="danger">{failure}</Alert>}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Kind" error={problems.kind}>
              {(control) => (
                <Select {...control} value={values.kind} onChange={(event) => change("kind")(event.target.value)}>
                  {Object.entries(FLOW_KIND_LABELS).map(([kind, label]) => (
                    <option key={kind} value={kind}>
                      {label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Title (optional)" hint="FlowPilot names it from the description otherwise." error={problems.title}>
              {(control) => <Input {...control} autoComplete="off" value={values.title} onChange={(event) => change("title")(event.target.value)} />}
            </Field>
          </div>
          <Field
            label="Description"
            hint={`The problem or procedure, what you check first and how it usually ends. ${characterCount(values.description.trim()).toLocaleString()} of ${DESCRIPTION_MIN}–${DESCRIPTION_MAX.toLocaleString()} characters.`}
            error={problems.description}
          >
            {(control) => (
              <Textarea {...control} rows={4} value={values.description} onChange={(event) => change("description")(event.target.value)} />
            )}
          </Field>
          <Field
            label="Runbook (optional)"
            hint={`Paste steps and commands to build from, one per line. ${characterCount(values.runbook).toLocaleString()} of at most ${RUNBOOK_MAX.toLocaleString()} characters.`}
            error={problems.runbook}
          >
            {(control) => (
              <Textarea
                {...control}
                rows={6}
                spellCheck={false}
                className="font-mono text-sm"
                value={values.runbook}
                onChange={(event) => change("runbook")(event.target.value)}
              />
            )}
          </Field>
          <p className="text-fg-muted">The result is a draft: nobody can run it until someone reviews and publishes it in the editor.</p>
        </form>
      )}
    </Dialog>
  );
}

/** What will write the draft, so an offline build surprises nobody. */
function ProviderHint() {
  const status = useCopilotStatus();
  if (!status.data) return null;
  if (status.data.provider === "offline") {
    return (
      <Alert tone="info" title="FlowPilot is offline">
        No AI provider is configured: the draft is built from your description and the runbook&apos;s lines, without a language model.
      </Alert>
    );
  }
  if (status.data.budget.state === "exhausted") {
    return (
      <Alert tone="warning" title="The monthly AI budget is used up">
        The draft is built offline, from your description and the runbook&apos;s lines, until a team admin raises the budget.
      </Alert>
    );
  }
  return (
    <p className="text-fg-muted">
      {status.data.deep_model} writes the draft; validation checks it and sends problems back, at most 3 rounds.
    </p>
  );
}

function BuildProgress({ seconds }: { seconds: number }) {
  return (
    <div className="flex flex-col items-center gap-3 py-8 text-center">
      <Spinner label="Building the draft" className="scale-150 text-accent-text" />
      <p className="font-medium">Building the draft… {seconds} s</p>
      <p className="max-w-md text-fg-muted">
        FlowPilot drafts the flow, validates it and repairs what validation finds. With a language model this can take a minute.
      </p>
    </div>
  );
}

function BuildResult({ built }: { built: FlowBuilt }) {
  const { flow, validation, provider, rounds } = built;
  return (
    <div className="flex flex-col gap-4">
      {provider.notice && <Alert tone="warning">{provider.notice}</Alert>}
      <div className="rounded-md border border-border bg-surface-raised p-4">
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-base font-semibold">{flow.title}</p>
          <Badge tone="warning">Draft, not published</Badge>
        </div>
        <p className="mt-1 text-fg-muted">
          {FLOW_KIND_LABELS[flow.kind]} · {flow.graph.nodes.length} steps
        </p>
      </div>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-fg-muted">Validation</dt>
        <dd>
          <ValidationOutcome validation={validation} />
        </dd>
        <dt className="text-fg-muted">Written by</dt>
        <dd className="flex flex-col items-start gap-1">
          <CopilotProviderBadge provider={provider.provider} model={provider.model} />
          {provider.offline ? (
            <>
              <span>Built from your description and runbook, without a language model.</span>
              <span className="text-fg-muted">Why offline: {provider.reason}</span>
            </>
          ) : (
            <span>
              {rounds} {rounds === 1 ? "round" : "rounds"} of validate and repair (at most 3).
            </span>
          )}
        </dd>
      </dl>
    </div>
  );
}

function ValidationOutcome({ validation }: { validation: FlowBuilt["validation"] }) {
  const errors = validation.errors ?? [];
  const warnings = validation.warnings ?? [];
  return (
    <div className="flex flex-col items-start gap-1">
      {validation.valid ? (
        <Badge tone="success">Passes validation</Badge>
      ) : (
        <Badge tone="danger">{errors.length === 1 ? "1 problem to fix" : `${errors.length} problems to fix`}</Badge>
      )}
      {errors.length + warnings.length > 0 && (
        <ul className="list-disc pl-5 text-fg-muted">
          {errors.map((problem, index) => (
            <li key={`error-${index}`}>{problem.message}</li>
          ))}
          {warnings.map((problem, index) => (
            <li key={`warning-${index}`}>Warning: {problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
