import { useId, useState, type DragEvent } from "react";

import { describeError } from "@/api/errors";
import { Alert, Button, cx, Spinner, toast } from "@/components/ui";

import { useImportTargets, type ImportMode, type ImportResult } from "../api";
import { SegmentedControl } from "../SegmentedControl";
import { csvRefusalOf, MAX_CSV_CHARACTERS, templateCsv } from "./csv-import";
import { CsvProblems } from "./CsvProblems";

const MODES = [
  { value: "merge", label: "Add and update" },
  { value: "replace", label: "Replace the list" },
] as const;

const MODE_HINTS: Record<ImportMode, string> = {
  merge: "New clients and devices are added; targets already listed (same client and device) take the file's fields.",
  replace: "The file becomes the whole list: targets that are not in it are removed.",
};

interface ChosenFile {
  name: string;
  text: string;
}

function counts(result: ImportResult): string {
  const parts = [`${result.created} created`, `${result.updated} updated`, `${result.unchanged} unchanged`];
  if (result.deleted) parts.push(`${result.deleted} removed`);
  return parts.join(", ");
}

/**
 * Targets from a CSV file (picked or dropped): checked first (a dry run says what would change, or
 * lists every problem by line), then imported on request. The API imports every row or none.
 */
export function CsvImport({ scheduleId, columns }: { scheduleId: string; columns: string[] }) {
  const check = useImportTargets(scheduleId);
  const commit = useImportTargets(scheduleId);
  const [mode, setMode] = useState<ImportMode>("merge");
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const headingId = useId();

  const checkFile = (file: ChosenFile, importMode: ImportMode) => {
    commit.reset();
    check.mutate({ csv: file.text, mode: importMode, dry_run: true });
  };

  const read = async (file: File) => {
    const text = await file.text();
    setFileProblem(null);
    if (!text.trim()) {
      setFileProblem(`${file.name} is empty.`);
      return;
    }
    if (text.length > MAX_CSV_CHARACTERS) {
      setFileProblem(`${file.name} is too large: at most ${MAX_CSV_CHARACTERS.toLocaleString()} characters; split it in parts.`);
      return;
    }
    const next = { name: file.name, text };
    setChosen(next);
    checkFile(next, mode);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void read(file);
  };

  const runImport = () => {
    if (!chosen) return;
    commit.mutate(
      { csv: chosen.text, mode, dry_run: false },
      {
        onSuccess: (result) => {
          toast.success("Targets imported", counts(result));
          setChosen(null);
          check.reset();
        },
      },
    );
  };

  const refusal = csvRefusalOf(commit.error) ?? (commit.isIdle ? csvRefusalOf(check.error) : null);
  const otherError = [commit.error, check.error].find((error) => error && !csvRefusalOf(error));
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(columns))}`;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 border-t border-border pt-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="text-sm font-semibold text-fg">
            Import from CSV
          </h3>
          <p className="mt-1 max-w-2xl text-xs text-fg-muted">
            Columns: <code>client</code> (required), <code>device</code> (optional; empty for the whole client) and any others, which become the
            targets&apos; fields. Comma, semicolon or tab separated, UTF-8. Every row is imported, or none.
          </p>
        </div>
        <a href={template} download="targets-template.csv" className="text-sm font-medium text-accent-text hover:underline">
          Download a template
        </a>
      </div>
      <div>
        <SegmentedControl
          label="Import mode"
          options={MODES}
          value={mode}
          onChange={(next) => {
            setMode(next);
            if (chosen) checkFile(chosen, next);
          }}
        />
        <p className="mt-1.5 text-xs text-fg-muted">{MODE_HINTS[mode]}</p>
      </div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
        className={cx(
          "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm",
          dragging ? "border-accent bg-accent-soft" : "border-control-border",
        )}
      >
        <p className="text-fg-muted">Drop a CSV file here, or</p>
        <label className="cursor-pointer rounded-md border border-control-border bg-surface px-3 py-1.5 font-medium text-fg hover:bg-surface-raised has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
          Choose a CSV file
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared, so that choosing the same file again (after fixing it) reads it again.
              event.target.value = "";
              if (file) void read(file);
            }}
          />
        </label>
      </div>
      <div aria-live="polite" className="flex flex-col gap-3">
        {fileProblem && <Alert tone="danger">{fileProblem}</Alert>}
        {check.isPending && (
          <p className="flex items-center gap-2 text-sm text-fg-muted">
            <Spinner label="Checking" /> Checking {chosen?.name}…
          </p>
        )}
        {refusal && <CsvProblems fileName={chosen?.name ?? "The file"} refusal={refusal} />}
        {otherError && <Alert tone="danger">{describeError(otherError).message}</Alert>}
        {chosen && check.data && !commit.isError && (
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-surface-raised px-4 py-3 text-sm">
            <p className="text-fg">
              <span className="font-medium">{chosen.name}</span> is fine: {counts(check.data)}; the schedule will have {check.data.total}{" "}
              {check.data.total === 1 ? "target" : "targets"}.
            </p>
            <div className="flex gap-2">
              <Button size="sm" busy={commit.isPending} onClick={runImport}>
                Import
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setChosen(null);
                  check.reset();
                }}
              >
                Cancel
              </Button>
            </div>
          </div>
        )}
        {commit.isSuccess && (
          <Alert tone="success" title="Imported">
            {counts(commit.data)}; the schedule has {commit.data.total} {commit.data.total === 1 ? "target" : "targets"}.
          </Alert>
        )}
      </div>
    </section>
  );
}
