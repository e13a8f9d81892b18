import { useState, type Ref, type SubmitEvent } from "react";

import { Markdown } from "@/components/Markdown";
import { Badge, Button, Field, Textarea } from "@/components/ui";
import { formatBytes, formatDateTime } from "@/lib/format";

import { MAX_OUTPUT_BYTES } from "../NotesComposer";
import { submitOnCtrlEnter } from "../use-shortcuts";
import { MemberAvatar } from "./MemberAvatar";
import type { StepNote } from "./model";
import { useStepDraft, useStepDraftStore } from "./step-drafts";

const encoder = new TextEncoder();

/** The notes and evidence attached to a step, oldest first. */
export function StepNoteList({ notes, nameOf }: { notes: StepNote[]; nameOf: (userId: string) => string }) {
  if (notes.length === 0) return <p className="text-sm text-fg-muted">No notes or evidence yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {notes.map((note) => (
        <li key={note.seq} className="rounded-md border border-border bg-canvas p-3">
          <p className="flex flex-wrap items-center gap-2 text-xs text-fg-muted">
            <MemberAvatar name={nameOf(note.authorId)} />
            <time dateTime={note.at}>{formatDateTime(note.at)}</time>
            {note.late && <Badge>Added after the end</Badge>}
          </p>
          {note.text !== null && <Markdown className="mt-2" source={note.text} />}
          {note.output !== null && (
            <figure className="mt-2">
              <figcaption className="text-xs font-medium text-fg-muted">Evidence</figcaption>
              <pre className="mt-1 max-h-64 overflow-auto rounded-md border border-border bg-surface-raised p-2 font-mono text-xs whitespace-pre-wrap text-fg">
                {note.output}
              </pre>
            </figure>
          )}
        </li>
      ))}
    </ol>
  );
}

interface StepNoteFormProps {
  sessionId: string;
  nodeId: string;
  /** The note field, for the N key. */
  noteRef: Ref<HTMLTextAreaElement>;
  busy: boolean;
  disabled: boolean;
  onAdd: (text: string | null, output: string | null, onSent: () => void) => void;
}

/** A note (Markdown), evidence (pasted output) or both for one step; a draft until the server has it. */
export function StepNoteForm({ sessionId, nodeId, noteRef, busy, disabled, onAdd }: StepNoteFormProps) {
  const draft = useStepDraft(sessionId, nodeId);
  const setDraft = useStepDraftStore((state) => state.set);
  const clearDraft = useStepDraftStore((state) => state.clear);
  const [error, setError] = useState<string | null>(null);
  const outputBytes = encoder.encode(draft.output).length;
  const outputTooLarge = outputBytes > MAX_OUTPUT_BYTES;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = draft.note.trim();
    const output = draft.output.trim() === "" ? null : draft.output;
    if (!text && output === null) {
      setError("Write a note or paste some output first.");
      return;
    }
    if (outputTooLarge) return;
    onAdd(text || null, output, () => {
      clearDraft(sessionId, nodeId);
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <Field label="Note" hint="Markdown. Ctrl+Enter adds it." error={error}>
        {(control) => (
          <Textarea
            {...control}
            ref={noteRef}
            value={draft.note}
            disabled={disabled}
            onChange={(event) => {
              setError(null);
              setDraft(sessionId, nodeId, { note: event.target.value });
            }}
            onKeyDown={submitOnCtrlEnter}
            className="min-h-16"
          />
        )}
      </Field>
      <Field
        label="Evidence (pasted output)"
        hint={`${formatBytes(outputBytes)} of ${formatBytes(MAX_OUTPUT_BYTES)}`}
        error={outputTooLarge ? `Output is limited to ${formatBytes(MAX_OUTPUT_BYTES)}: keep the relevant part.` : null}
      >
        {(control) => (
          <Textarea
            {...control}
            value={draft.output}
            disabled={disabled}
            onChange={(event) => {
              setError(null);
              setDraft(sessionId, nodeId, { output: event.target.value });
            }}
            onKeyDown={submitOnCtrlEnter}
            spellCheck={false}
            className="min-h-16 font-mono text-sm"
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={disabled || outputTooLarge} busy={busy}>
          Add to step
        </Button>
      </div>
    </form>
  );
}
