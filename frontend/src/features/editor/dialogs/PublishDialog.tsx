import { useEffect, useState } from "react";
import { useNavigate } from "react-router";

import { ApiError, describeError } from "@/api/errors";
import { Alert, Button, Dialog, Field, Spinner, Textarea, toast } from "@/components/ui";

import { usePublish, useStartSession, type ValidationReport, type VersionOut } from "../api";
import { flushSave, useSaveStore, validate } from "../model/autosave";
import { ProblemsList } from "../panel/ProblemsList";

type Check = { state: "checking" } | { state: "unsaved"; message: string } | { state: "checked"; report: ValidationReport };

interface PublishDialogProps {
  flowId: string;
  onClose: () => void;
  titleOf: (nodeId: string) => string | undefined;
  onShowNode: (nodeId: string) => void;
}

/**
 * Saves, validates, and publishes the draft as the next version: errors block it, warnings do not.
 * Rendered while open (each opening checks the draft afresh).
 */
export function PublishDialog({ flowId, onClose, titleOf, onShowNode }: PublishDialogProps) {
  const [check, setCheck] = useState<Check>({ state: "checking" });
  const [note, setNote] = useState("");
  const [published, setPublished] = useState<VersionOut | null>(null);
  const publish = usePublish(flowId);
  const startSession = useStartSession();
  const navigate = useNavigate();

  useEffect(() => {
    const closed = new AbortController();
    void (async () => {
      const saved = await flushSave();
      const report = saved ? await validate() : null;
      if (closed.signal.aborted) return;
      if (!saved || !report) {
        const { error, status } = useSaveStore.getState();
        const message = status === "conflict" ? "Someone else changed the draft: resolve that first." : (error ?? "The draft could not be checked. Try again.");
        setCheck({ state: "unsaved", message });
      } else {
        setCheck({ state: "checked", report });
      }
    })();
    return () => closed.abort();
  }, []);

  const refused = publish.error instanceof ApiError && publish.error.code === "flow_invalid" ? (publish.error.body.validation as ValidationReport) : null;
  const report = refused ?? (check.state === "checked" ? check.report : null);
  const errors = report?.errors?.length ?? 0;
  const warnings = report?.warnings?.length ?? 0;

  const showNode = (nodeId: string) => {
    onClose();
    onShowNode(nodeId);
  };

  if (published) {
    return (
      <Dialog
        open
        onClose={onClose}
        title={`Published version ${published.number}`}
        actions={
          <>
            <Button variant="secondary" onClick={onClose}>
              Keep editing
            </Button>
            <Button
              busy={startSession.isPending}
              onClick={() =>
                startSession.mutate(flowId, {
                  onSuccess: (session) => void navigate(`/sessions/${session.id}/run`),
                })
              }
            >
              Start a session
            </Button>
          </>
        }
      >
        <p>Engineers now run version {published.number}. Sessions already under way stay on the version they started with.</p>
        {startSession.error && (
          <div className="mt-3">
            <Alert tone="danger">{describeError(startSession.error).message}</Alert>
          </div>
        )}
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="Publish this flow"
      wide
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            busy={publish.isPending}
            disabled={check.state !== "checked" || errors > 0 || refused !== null}
            onClick={() =>
              publish.mutate(note, {
                onSuccess: (version) => {
                  setPublished(version);
                  toast.success(`Published version ${version.number}`);
                },
              })
            }
          >
            {warnings > 0 ? "Publish with warnings" : "Publish"}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        {check.state === "checking" && (
          <p className="flex items-center gap-2 text-fg-muted">
            <Spinner label="Checking" /> Saving and checking the draft…
          </p>
        )}
        {check.state === "unsaved" && <Alert tone="danger">{check.message}</Alert>}
        {report && errors > 0 && (
          <Alert tone="danger" title={`${errors} error${errors > 1 ? "s" : ""} to fix before publishing`}>
            Choose one to show its step.
          </Alert>
        )}
        {report && errors === 0 && warnings > 0 && (
          <Alert tone="warning" title={`${warnings} warning${warnings > 1 ? "s" : ""}`}>
            Warnings do not block publishing.
          </Alert>
        )}
        {report && (errors > 0 || warnings > 0) && (
          <div className="max-h-56 overflow-y-auto">
            <ProblemsList report={report} titleOf={titleOf} onShowNode={showNode} />
          </div>
        )}
        {report && errors === 0 && warnings === 0 && <Alert tone="success">No problems found.</Alert>}
        {publish.error && !refused && <Alert tone="danger">{describeError(publish.error).message}</Alert>}
        <Field label="Change note" hint="What changed, for the version history (optional).">
          {(control) => <Textarea {...control} rows={3} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
      </div>
    </Dialog>
  );
}
