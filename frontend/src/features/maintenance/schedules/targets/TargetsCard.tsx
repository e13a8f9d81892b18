import { useRef, useState } from "react";

import { ConfirmDialog } from "@/components/ConfirmDialog";
import { LoadMoreButton } from "@/components/LoadMoreButton";
import { Button, Card, CardHeader, EmptyState, ErrorState, SkeletonList, toast } from "@/components/ui";

import { useDeleteTarget, useTargets, type Target } from "../api";
import { AddColumnForm } from "./AddColumnForm";
import { CsvImport } from "./CsvImport";
import { TargetEditRow } from "./TargetEditRow";
import { fieldColumns, targetLabel } from "./target-form";

/** `editing`: a target's id, "new" for the row being added, null when no row is edited. */
type Editing = string | null;
const NEW_ROW = "new";

/** A schedule's targets: a table edited in place (engineers and up), and CSV import. */
export function TargetsCard({ scheduleId, canEdit }: { scheduleId: string; canEdit: boolean }) {
  const targets = useTargets(scheduleId);
  const [editing, setEditing] = useState<Editing>(null);
  const [addedColumns, setAddedColumns] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const items = targets.data?.pages.flatMap((page) => page.items) ?? [];
  const total = targets.data?.pages[0]?.total ?? 0;
  const columns = [...new Set([...fieldColumns(items), ...addedColumns])];
  // Where focus goes back to when a row stops being edited: its Edit button, or Add target.
  const returnFocusTo = useRef<Editing>(null);
  const focusIfReturning = (id: string) => (button: HTMLButtonElement | null) => {
    if (button && returnFocusTo.current === id) {
      returnFocusTo.current = null;
      button.focus();
    }
  };
  const stopEditing = () => {
    returnFocusTo.current = editing;
    setEditing(null);
  };

  return (
    <Card role="region" aria-label="Targets" className="flex flex-col gap-4">
      <CardHeader
        title={targets.isSuccess ? `Targets (${total})` : "Targets"}
        description="The clients and devices each run goes through: one checklist per target."
        actions={
          canEdit && (
            <Button
              ref={focusIfReturning(NEW_ROW)}
              size="sm"
              disabled={editing !== null}
              onClick={() => {
                setEditing(NEW_ROW);
              }}
            >
              Add target
            </Button>
          )
        }
      />
      {targets.isPending && <SkeletonList lines={3} label="Loading targets" />}
      {targets.isError && <ErrorState error={targets.error} title="The targets could not be loaded" onRetry={() => void targets.refetch()} />}
      {targets.isSuccess && items.length === 0 && editing === null && (
        <EmptyState
          title="No targets yet"
          description={canEdit ? "Add clients and devices one by one, or import them from a CSV file below." : "An engineer adds the clients and devices this schedule runs on."}
        />
      )}
      {targets.isSuccess && (items.length > 0 || editing !== null) && (
        <div className="overflow-x-auto rounded-md border border-border">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border text-xs text-fg-muted uppercase">
              <tr>
                <th scope="col" className="w-12 px-3 py-2 font-medium">#</th>
                <th scope="col" className="px-3 py-2 font-medium">Client</th>
                <th scope="col" className="px-3 py-2 font-medium">Device</th>
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 font-medium normal-case">
                    {column}
                  </th>
                ))}
                {canEdit && (
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {items.map((target) =>
                editing === target.id ? (
                  <TargetEditRow key={target.id} scheduleId={scheduleId} target={target} columns={columns} onDone={stopEditing} />
                ) : (
                  <tr key={target.id}>
                    <td className="px-3 py-2 text-fg-muted tabular-nums">{target.position}</td>
                    <td className="px-3 py-2 font-medium text-fg">{target.client}</td>
                    <td className="px-3 py-2 text-fg">{target.device || <span className="text-fg-muted">—</span>}</td>
                    {columns.map((column) => (
                      <td key={column} className="px-3 py-2 text-fg">
                        {target.fields[column] ?? ""}
                      </td>
                    ))}
                    {canEdit && (
                      <td className="px-3 py-2">
                        <div className="flex justify-end gap-1">
                          <Button
                            ref={focusIfReturning(target.id)}
                            size="sm"
                            variant="ghost"
                            disabled={editing !== null}
                            aria-label={`Edit ${targetLabel(target)}`}
                            onClick={() => {
                              setEditing(target.id);
                            }}
                          >
                            Edit
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            disabled={editing !== null}
                            aria-label={`Delete ${targetLabel(target)}`}
                            onClick={() => {
                              setDeleting(target);
                            }}
                          >
                            Delete
                          </Button>
                        </div>
                      </td>
                    )}
                  </tr>
                ),
              )}
              {editing === NEW_ROW && <TargetEditRow scheduleId={scheduleId} target={null} columns={columns} onDone={stopEditing} />}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreButton query={targets} label="Load more targets" />
      {canEdit && targets.isSuccess && (
        <AddColumnForm
          columns={columns}
          onAdd={(column) => {
            setAddedColumns([...addedColumns, column]);
          }}
        />
      )}
      {canEdit && <CsvImport scheduleId={scheduleId} columns={columns} />}
      <DeleteTargetDialog
        scheduleId={scheduleId}
        target={deleting}
        onClose={() => {
          setDeleting(null);
        }}
      />
    </Card>
  );
}

function DeleteTargetDialog({ scheduleId, target, onClose }: { scheduleId: string; target: Target | null; onClose: () => void }) {
  const remove = useDeleteTarget(scheduleId);
  const close = () => {
    remove.reset();
    onClose();
  };
  const label = target ? targetLabel(target) : "";
  return (
    <ConfirmDialog
      open={target !== null}
      onClose={close}
      title={`Remove ${label}?`}
      confirmLabel="Remove target"
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => {
        if (!target) return;
        remove.mutate(target.id, {
          onSuccess: () => {
            toast.success("Target removed", label);
            close();
          },
        });
      }}
    >
      <p>Future runs skip it; runs already created keep their checklist for it.</p>
    </ConfirmDialog>
  );
}
