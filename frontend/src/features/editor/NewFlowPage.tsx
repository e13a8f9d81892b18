import { useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";

import { describeError } from "@/api/errors";
import { Alert, Button, buttonClasses, Card, Field, Input, PageHeader, Textarea } from "@/components/ui";

import { FLOW_KIND_LABELS, type FlowKind } from "@/lib/flows";

import { useCreateFlow } from "./api";

const KINDS: { kind: FlowKind; description: string }[] = [
  { kind: "troubleshooting", description: "A decision tree: questions branch on the answers." },
  { kind: "procedural", description: "Ordered steps and checklists in sections, e.g. onboarding." },
  { kind: "maintenance", description: "A procedural flow run on a schedule over a list of targets." },
];

/** Start a new flow (`/flows/new`): kind, title and description, then on to the editor. */
export function NewFlowPage() {
  const [kind, setKind] = useState<FlowKind>("troubleshooting");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [titleError, setTitleError] = useState<string | null>(null);
  const create = useCreateFlow();
  const navigate = useNavigate();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError("Give the flow a title.");
      return;
    }
    create.mutate(
      { kind, title: title.trim(), description },
      { onSuccess: (flow) => void navigate(`/flows/${flow.id}/edit`, { replace: true }) },
    );
  };

  return (
    <>
      <PageHeader title="New flow" description="It starts as a draft with one step; publish it when it is ready." />
      <Card className="max-w-2xl">
        <form onSubmit={submit} noValidate className="flex flex-col gap-5">
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-fg">Kind</legend>
            <div className="grid gap-2 sm:grid-cols-3">
              {KINDS.map((option) => (
                <label
                  key={option.kind}
                  className="flex cursor-pointer flex-col gap-1 rounded-md border border-control-border p-3 text-sm has-checked:border-accent has-checked:bg-accent-soft"
                >
                  <span className="flex items-center gap-2 font-medium text-fg">
                    <input type="radio" name="kind" value={option.kind} checked={kind === option.kind} onChange={() => setKind(option.kind)} className="accent-accent" />
                    {FLOW_KIND_LABELS[option.kind]}
                  </span>
                  <span className="text-fg-muted">{option.description}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label="Title" error={titleError}>
            {(control) => (
              <Input
                {...control}
                value={title}
                maxLength={200}
                placeholder="e.g. Printer offline"
                onChange={(event) => {
                  setTitle(event.target.value);
                  setTitleError(null);
                }}
              />
            )}
          </Field>
          <Field label="Description (optional)">
            {(control) => <Textarea {...control} rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />}
          </Field>
          {create.error && <Alert tone="danger">{describeError(create.error).message}</Alert>}
          <div className="flex gap-2">
            <Button type="submit" busy={create.isPending}>
              Create and edit
            </Button>
            <Link to="/library" className={buttonClasses("secondary")}>
              Cancel
            </Link>
          </div>
        </form>
      </Card>
    </>
  );
}
