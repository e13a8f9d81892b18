import { useState, type SubmitEvent } from "react";

import { Button, Field, Input } from "@/components/ui";

import { columnNameProblem } from "./target-form";

/** A new field column for the targets (e.g. "site"): it appears in the table to be filled in row by row. */
export function AddColumnForm({ columns, onAdd }: { columns: string[]; onAdd: (column: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  if (!open) {
    return (
      <div>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setOpen(true);
          }}
        >
          Add a field column
        </Button>
      </div>
    );
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = columnNameProblem(name, columns);
    setProblem(found);
    if (found) return;
    onAdd(name.trim());
    setName("");
    setOpen(false);
  };
  return (
    <form noValidate onSubmit={submit} className="flex max-w-sm flex-col gap-2">
      <Field label="Field name" hint="Each target gets a value for it, e.g. site or backup platform." error={problem}>
        {(control) => (
          <Input
            {...control}
            autoFocus
            value={name}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="secondary">
          Add column
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setOpen(false);
            setProblem(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
