import { useId, useState } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Dialog, EmptyState, ErrorState, Input, SkeletonList, toast } from "@/components/ui";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { insertStep, useStepSearch, type FlowOut, type StepSummary } from "../api";
import { adoptSavedDraft, flushSave, reportConflict, useSaveStore } from "../model/autosave";
import { freeSpot } from "../model/edits";
import { exitStyle, fromApiGraph, type Position } from "../model/graph";
import { select, useEditorStore } from "../model/store";

const SEARCH_DELAY_MS = 250;

function StepRow({ step, busy, disabled, onInsert }: { step: StepSummary; busy: boolean; disabled: boolean; onInsert: () => void }) {
  return (
    <li className="flex items-center gap-3 py-2">
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium text-fg">{step.title}</p>
        <p className="truncate text-xs text-fg-muted">
          {step.kind_hint} · {step.average_rating === null ? "not rated" : `★ ${step.average_rating.toFixed(1)}`} · used {step.use_count}×
          {step.tags.length > 0 && ` · ${step.tags.join(", ")}`}
        </p>
      </div>
      <Button size="sm" variant="secondary" busy={busy} disabled={disabled} onClick={onInsert} aria-label={`Insert ${step.title}`}>
        Insert
      </Button>
    </li>
  );
}

/**
 * Search the team's step library and insert a step into the draft (the API builds the node and
 * counts the use). The draft is saved first, so the insert applies to what is on the canvas.
 */
export function StepLibraryDialog({ flowId, at, onClose }: { flowId: string; at: () => Position; onClose: () => void }) {
  const [text, setText] = useState("");
  const query = useStepSearch(useDebouncedValue(text.trim(), SEARCH_DELAY_MS));
  const [inserting, setInserting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();
  const after = useEditorStore((state) => {
    if (state.selectedNodes.length !== 1) return null;
    const node = state.graph.nodes.find((candidate) => candidate.id === state.selectedNodes[0]);
    return node && exitStyle(node.kind) === "edge" ? node : null;
  });
  const [wireAfter, setWireAfter] = useState(true);

  const insert = async (step: StepSummary) => {
    setInserting(step.id);
    setError(null);
    try {
      if (!(await flushSave())) {
        setError(useSaveStore.getState().error ?? "Save the draft first.");
        return;
      }
      const { graph: current } = useEditorStore.getState();
      const before = new Set(current.nodes.map((node) => node.id));
      const anchor = after && wireAfter ? after : null;
      const near = anchor?.position ? { x: anchor.position.x, y: anchor.position.y + 150 } : at();
      const flow: FlowOut = await insertStep(step.id, {
        flow_id: flowId,
        revision: useSaveStore.getState().revision,
        position: freeSpot(current, near),
        after_node_id: anchor?.id ?? null,
      });
      const graph = fromApiGraph(flow.graph);
      adoptSavedDraft(flow, graph);
      const added = graph.nodes.find((node) => !before.has(node.id));
      if (added) select([added.id]);
      toast.success(`Inserted “${step.title}”`);
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "draft_conflict") {
        reportConflict(failure.body.current as FlowOut);
        onClose();
        return;
      }
      setError(describeError(failure).message);
    } finally {
      setInserting(null);
    }
  };

  const steps = query.data?.items ?? [];
  return (
    <Dialog
      open
      onClose={onClose}
      title="Insert from the step library"
      wide
      actions={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="flex flex-col gap-3">
        <label htmlFor={searchId} className="sr-only">
          Search steps
        </label>
        <Input id={searchId} type="search" placeholder="Search steps by title" value={text} onChange={(event) => setText(event.target.value)} autoFocus />
        {after && (
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4 accent-accent" checked={wireAfter} onChange={(event) => setWireAfter(event.target.checked)} />
            Connect after “{after.title}”
          </label>
        )}
        {error && <Alert tone="danger">{error}</Alert>}
        <div className="max-h-72 overflow-y-auto">
          {query.isPending ? (
            <SkeletonList lines={3} label="Loading steps" />
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : steps.length === 0 ? (
            <EmptyState title={text.trim() ? "No step matches" : "The step library is empty"} description="Steps are added on the Steps page." />
          ) : (
            <ul aria-label="Steps" className="divide-y divide-border">
              {steps.map((step) => (
                <StepRow key={step.id} step={step} busy={inserting === step.id} disabled={inserting !== null} onInsert={() => void insert(step)} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </Dialog>
  );
}
