import { useState, type SubmitEvent, type Ref } from "react";

import { Button, Card, CardHeader, Field, Input, Textarea } from "@/components/ui";
import { formatBytes } from "@/lib/format";

import type { EventIn } from "./api";
import { useDraftStore, useSessionDrafts } from "./drafts";
import { Kbd } from "./Kbd";
import { submitOnCtrlEnter } from "./use-shortcuts";

/** The API's limit for pasted command output (backend/app/sessions/events.py MAX_OUTPUT_BYTES). */
export const MAX_OUTPUT_BYTES = 256 * 1024;
const encoder = new TextEncoder();

interface NotesComposerProps {
  sessionId: string;
  /** The notes field, for the N shortcut. */
  notesRef: Ref<HTMLTextAreaElement>;
  /** Command output goes with the current step: only while the session is active. */
  canPasteOutput: boolean;
  /** After the end only (late) notes are taken. */
  late: boolean;
  sending: EventIn["type"] | null;
  onSend: (event: EventIn, onSent: () => void) => void;
}

/** Notes (Markdown) and pasted command output: typed text is a draft until the server has it. */
export function NotesComposer({ sessionId, notesRef, canPasteOutput, late, sending, onSend }: NotesComposerProps) {
  const drafts = useSessionDrafts(sessionId);
  const setText = useDraftStore((state) => state.setText);
  const [noteError, setNoteError] = useState<string | null>(null);
  const outputBytes = encoder.encode(drafts.output).length;
  const outputTooLarge = outputBytes > MAX_OUTPUT_BYTES;

  const addNote = (event: SubmitEvent) => {
    event.preventDefault();
    const text = drafts.note.trim();
    if (!text) {
      setNoteError("Write something first.");
      return;
    }
    onSend({ type: "note", text }, () => {
      setText(sessionId, "note", "");
    });
  };

  const addOutput = (event: SubmitEvent) => {
    event.preventDefault();
    if (!drafts.output.trim() || outputTooLarge) return;
    const command = drafts.command.trim();
    onSend({ type: "output_pasted", output: drafts.output, command: command || null }, () => {
      setText(sessionId, "output", "");
      setText(sessionId, "command", "");
    });
  };

  return (
    <Card>
      <CardHeader
        title={late ? "Add a late note" : "Notes"}
        description={
          <>
            Markdown. Press <Kbd>N</Kbd> to start typing, <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> to add.
          </>
        }
      />
      <form onSubmit={addNote} className="flex flex-col gap-3">
        <Field label="Note" error={noteError}>
          {(control) => (
            <Textarea
              {...control}
              ref={notesRef}
              value={drafts.note}
              onChange={(event) => {
                setNoteError(null);
                setText(sessionId, "note", event.target.value);
              }}
              onKeyDown={submitOnCtrlEnter}
              placeholder="What you found, what you tried, what the user said…"
            />
          )}
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={sending !== null} busy={sending === "note"}>
            Add note
          </Button>
        </div>
      </form>

      {canPasteOutput && (
        <details className="mt-5 border-t border-border pt-4" open={drafts.output !== "" || undefined}>
          <summary className="cursor-pointer text-sm font-medium text-fg">Paste command output</summary>
          <form onSubmit={addOutput} className="mt-3 flex flex-col gap-3">
            <Field label="Command (optional)">
              {(control) => (
                <Input
                  {...control}
                  value={drafts.command}
                  onChange={(event) => {
                    setText(sessionId, "command", event.target.value);
                  }}
                  className="font-mono"
                  spellCheck={false}
                />
              )}
            </Field>
            <Field
              label="Output"
              hint={`${formatBytes(outputBytes)} of ${formatBytes(MAX_OUTPUT_BYTES)}`}
              error={outputTooLarge ? `Output is limited to ${formatBytes(MAX_OUTPUT_BYTES)}: keep the relevant part.` : null}
            >
              {(control) => (
                <Textarea
                  {...control}
                  value={drafts.output}
                  onChange={(event) => {
                    setText(sessionId, "output", event.target.value);
                  }}
                  onKeyDown={submitOnCtrlEnter}
                  className="font-mono text-sm"
                  spellCheck={false}
                />
              )}
            </Field>
            <div>
              <Button
                type="submit"
                variant="secondary"
                disabled={sending !== null || outputTooLarge || drafts.output.trim() === ""}
                busy={sending === "output_pasted"}
              >
                Add output
              </Button>
            </div>
          </form>
        </details>
      )}
    </Card>
  );
}
