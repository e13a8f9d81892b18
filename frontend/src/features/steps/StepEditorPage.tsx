import { useState, type SubmitEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { ApiError, describeError } from "@/api/errors";
import { Markdown } from "@/components/Markdown";
import { Alert, Button, buttonClasses, Card, ErrorState, Field, Input, PageHeader, Select, SkeletonList, Textarea, toast } from "@/components/ui";

import { useSaveStep, useStep, type Command, type Step } from "./api";
import { KIND_HINT_LABELS } from "./labels";
import { emptyCommand, hasProblems, inputOf, LIMITS, stepFormProblems, valuesOf, type StepFormProblems, type StepFormValues } from "./step-form";

const SHELLS: Command["shell"][] = ["powershell", "cmd", "bash", "sh", "zsh", "other"];

/** `/steps/new` and `/steps/:stepId/edit`. */
export function StepEditorPage() {
  const { stepId } = useParams();
  if (!stepId) return <StepForm step={null} />;
  return <EditStep stepId={stepId} />;
}

function EditStep({ stepId }: { stepId: string }) {
  const step = useStep(stepId);
  if (step.isPending) return <SkeletonList lines={5} label="Loading the step" />;
  if (step.isError) return <ErrorState error={step.error} title="The step could not be loaded" onRetry={() => void step.refetch()} />;
  return <StepForm step={step.data} />;
}

function StepForm({ step }: { step: Step | null }) {
  const navigate = useNavigate();
  const save = useSaveStep(step?.id ?? null);
  const [values, setValues] = useState<StepFormValues>(() => valuesOf(step));
  const [problems, setProblems] = useState<StepFormProblems>({});
  const [preview, setPreview] = useState(false);
  const back = step ? `/steps/${step.id}` : "/steps";

  const set = (change: Partial<StepFormValues>) => {
    setValues({ ...values, ...change });
  };
  const setCommand = (index: number, change: Partial<Command>) => {
    set({ commands: values.commands.map((command, i) => (i === index ? { ...command, ...change } : command)) });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = stepFormProblems(values);
    setProblems(found);
    if (hasProblems(found)) return;
    save.mutate(inputOf(values), {
      onSuccess: (saved) => {
        toast.success(step ? "Step saved" : "Step created", saved.title);
        void navigate(`/steps/${saved.id}`);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === "validation_error") {
          const fields = error.fieldErrors;
          setProblems({ title: fields.title, tags: fields.tags, body: fields.body });
        }
      },
    });
  };

  return (
    <>
      <Link to={back} className="mb-3 inline-block text-sm text-accent-text hover:underline">
        ← {step ? step.title : "Step library"}
      </Link>
      <PageHeader title={step ? "Edit step" : "New step"} description="A reusable step: instructions, commands to copy, tags to find it by." />
      <form noValidate onSubmit={submit} className="flex max-w-3xl flex-col gap-5">
        {save.isError && <Alert tone="danger">{describeError(save.error).message}</Alert>}
        <Field label="Title" error={problems.title}>
          {(control) => <Input {...control} value={values.title} onChange={(event) => { set({ title: event.target.value }); }} />}
        </Field>
        <Field label="Kind" hint="What the step becomes when it is inserted into a flow.">
          {(control) => (
            <Select {...control} value={values.kindHint} onChange={(event) => { set({ kindHint: event.target.value as StepFormValues["kindHint"] }); }}>
              {Object.entries(KIND_HINT_LABELS).map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Tags" hint="Separated by commas, e.g. printing, spooler." error={problems.tags}>
          {(control) => <Input {...control} value={values.tags} onChange={(event) => { set({ tags: event.target.value }); }} />}
        </Field>
        <div className="flex flex-col gap-1.5">
          <div className="flex items-center justify-between">
            <span className="text-sm font-medium text-fg">Instructions</span>
            <Button variant="ghost" size="sm" aria-pressed={preview} onClick={() => { setPreview(!preview); }}>
              {preview ? "Edit text" : "Preview"}
            </Button>
          </div>
          {preview ? (
            <Card className="min-h-40">{values.body.trim() ? <Markdown source={values.body} /> : <p className="text-sm text-fg-muted">Nothing written yet.</p>}</Card>
          ) : (
            <Field label="Instructions (Markdown)" hint="Markdown: **bold**, `code`, lists." error={problems.body}>
              {(control) => <Textarea {...control} rows={10} className="font-mono text-sm" value={values.body} onChange={(event) => { set({ body: event.target.value }); }} />}
            </Field>
          )}
        </div>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1.5 text-sm font-medium text-fg">Commands</legend>
          {values.commands.length === 0 && <p className="text-sm text-fg-muted">No commands. Add one that the engineer can copy.</p>}
          {values.commands.map((command, index) => (
            <Card key={index} className="flex flex-col gap-3 p-4">
              <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
                <Field label={`Label of command ${index + 1}`}>
                  {(control) => <Input {...control} value={command.label} onChange={(event) => { setCommand(index, { label: event.target.value }); }} />}
                </Field>
                <Field label="Shell">
                  {(control) => (
                    <Select {...control} value={command.shell} onChange={(event) => { setCommand(index, { shell: event.target.value as Command["shell"] }); }}>
                      {SHELLS.map((shell) => (
                        <option key={shell} value={shell}>
                          {shell}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              </div>
              <Field label={`Command ${index + 1}`} error={problems.commands?.[index]}>
                {(control) => <Textarea {...control} rows={3} className="font-mono text-sm" value={command.text} onChange={(event) => { setCommand(index, { text: event.target.value }); }} />}
              </Field>
              <div>
                <Button variant="ghost" size="sm" onClick={() => { set({ commands: values.commands.filter((_, i) => i !== index) }); }}>
                  Remove command {index + 1}
                </Button>
              </div>
            </Card>
          ))}
          {values.commands.length < LIMITS.commands && (
            <div>
              <Button variant="secondary" size="sm" onClick={() => { set({ commands: [...values.commands, emptyCommand()] }); }}>
                Add a command
              </Button>
            </div>
          )}
        </fieldset>
        <div className="flex gap-2">
          <Button type="submit" busy={save.isPending}>
            {step ? "Save step" : "Create step"}
          </Button>
          <Link to={back} className={buttonClasses("ghost")}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
