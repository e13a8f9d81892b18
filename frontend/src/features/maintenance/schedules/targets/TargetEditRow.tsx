import { useState, type KeyboardEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { Button, Input } from "@/components/ui";

import { useSaveTarget, type Target } from "../api";
import { targetDraftOf, targetInputOf, targetLabel, targetProblems, type TargetDraft, type TargetProblems } from "./target-form";

interface TargetEditRowProps {
  scheduleId: string;
  /** Null: a new target. */
  target: Target | null;
  columns: string[];
  onDone: () => void;
}

/** A target's row as inputs: Enter saves, Escape cancels. The table row cannot hold a form, so the keys do its work. */
export function TargetEditRow({ scheduleId, target, columns, onDone }: TargetEditRowProps) {
  const save = useSaveTarget(scheduleId, target?.id ?? null);
  const [draft, setDraft] = useState<TargetDraft>(() => targetDraftOf(target));
  const [problems, setProblems] = useState<TargetProblems>({});
  const label = target ? targetLabel(target) : "new target";

  const submit = () => {
    const found = targetProblems(draft);
    setProblems(found);
    if (Object.keys(found).length) return;
    save.mutate(targetInputOf(draft), {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof ApiError && error.code === "validation_error") {
          const { client, device } = error.fieldErrors;
          setProblems({ client, device });
        }
      },
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onDone();
    }
  };
  const message = [problems.client, problems.device, ...Object.values(problems.fields ?? {})].find(Boolean)
    ?? (save.isError && !(save.error instanceof ApiError && save.error.code === "validation_error") ? describeError(save.error).message : null);

  return (
    <>
      <tr className="bg-surface-raised" onKeyDown={onKeyDown}>
        <td className="px-3 py-2 text-fg-muted tabular-nums">{target?.position ?? "new"}</td>
        <td className="px-2 py-2">
          <Input
            aria-label={`Client of ${label}`}
            aria-invalid={Boolean(problems.client)}
            className="h-9 min-w-36"
            autoFocus
            value={draft.client}
            onChange={(event) => {
              setDraft({ ...draft, client: event.target.value });
            }}
          />
        </td>
        <td className="px-2 py-2">
          <Input
            aria-label={`Device of ${label}`}
            aria-invalid={Boolean(problems.device)}
            className="h-9 min-w-32"
            value={draft.device}
            onChange={(event) => {
              setDraft({ ...draft, device: event.target.value });
            }}
          />
        </td>
        {columns.map((column) => (
          <td key={column} className="px-2 py-2">
            <Input
              aria-label={`${column} of ${label}`}
              aria-invalid={Boolean(problems.fields?.[column])}
              className="h-9 min-w-28"
              value={draft.fields[column] ?? ""}
              onChange={(event) => {
                setDraft({ ...draft, fields: { ...draft.fields, [column]: event.target.value } });
              }}
            />
          </td>
        ))}
        <td className="px-3 py-2">
          <div className="flex justify-end gap-1">
            <Button size="sm" busy={save.isPending} onClick={submit}>
              {target ? "Save" : "Add"}
            </Button>
            <Button size="sm" variant="ghost" onClick={onDone}>
              Cancel
            </Button>
          </div>
        </td>
      </tr>
      {message && (
        <tr className="bg-surface-raised">
          <td colSpan={columns.length + 4} className="px-3 pb-2">
            <p role="alert" className="text-sm text-danger">
              {message}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
