import { useId, useState, type SubmitEvent } from "react";

import { Alert, Button, Dialog, Field, Textarea, toast } from "@/components/ui";

import { useBulkComplete, type BulkResult, type Column, type MatrixRow } from "./api";
import { bulkPlan, describeBulkError } from "./bulk";

const RESULT_WORDS: Record<BulkResult, string> = { done: "done", failed: "failed", skipped: "skipped" };
const MAX_NOTE = 20_000;

interface BulkDialogProps {
  runId: string;
  result: BulkResult;
  selected: ReadonlySet<number>;
  rows: MatrixRow[];
  columns: Column[];
  onClose: () => void;
  onDone: () => void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * Marks the selected cells done, failed or skipped with one shared note: one request, every cell
 * or none. A refusal is explained here (which target, which step, why) and nothing changes.
 */
export function BulkDialog({ runId, result, selected, rows, columns, onClose, onDone }: BulkDialogProps) {
  const bulk = useBulkComplete(runId);
  const formId = useId();
  const [note, setNote] = useState("");
  const plan = bulkPlan(selected, rows, columns);
  const word = RESULT_WORDS[result];
  const error = bulk.isError ? describeBulkError(bulk.error, rows, columns) : null;

  const submit = (event?: SubmitEvent) => {
    event?.preventDefault();
    if (plan.cells.length === 0 || bulk.isPending) return;
    bulk.mutate(
      { cells: plan.cells, result, note: note.trim() || null, expected_seq: plan.expectedSeq },
      {
        onSuccess: (out) => {
          const already = out.unchanged > 0 ? `${plural(out.unchanged, "cell")} already ${out.unchanged === 1 ? "was" : "were"}.` : undefined;
          toast.success(`${plural(out.changed, "cell")} marked ${word}`, already);
          onDone();
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Mark ${plural(plan.cells.length, "cell")} ${word}`}
      actions={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form={formId} busy={bulk.isPending} disabled={plan.cells.length === 0}>
            Mark {word}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="flex flex-col gap-4">
        <p>
          {plural(plan.cells.length, "cell")} of {plural(plan.targets, "target")}, all of them or none.
          {plan.leftOut > 0 &&
            ` ${plural(plan.leftOut, "selected cell")} ${plan.leftOut === 1 ? "does" : "do"} not apply (ruled out by an answer) and ${plan.leftOut === 1 ? "is" : "are"} left out.`}
        </p>
        <Field label="Note (optional)" hint="Recorded with every cell that changes. Ctrl+Enter marks them.">
          {(control) => (
            <Textarea
              {...control}
              value={note}
              maxLength={MAX_NOTE}
              onChange={(event) => {
                setNote(event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  submit();
                }
              }}
            />
          )}
        </Field>
        {error && (
          <Alert tone="danger" title={error.message}>
            {error.details.length > 0 && (
              <ul className="list-disc pl-5">
                {error.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </form>
    </Dialog>
  );
}
