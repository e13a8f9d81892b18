import { useId, useState, type KeyboardEvent, type SubmitEvent } from "react";

import { Button, Textarea } from "@/components/ui";

import { MAX_QUESTION_CHARS } from "./api";

// Show how much room is left once a question gets near the limit.
const COUNT_FROM = MAX_QUESTION_CHARS - 500;

interface ChatComposerProps {
  streaming: boolean;
  onSend: (question: string) => void;
  onStop: () => void;
}

/** The question box: Enter sends, Shift+Enter starts a new line; Stop while an answer streams. */
export function ChatComposer({ streaming, onSend, onStop }: ChatComposerProps) {
  const id = useId();
  const [text, setText] = useState("");
  const question = text.trim();
  const tooLong = question.length > MAX_QUESTION_CHARS;

  const send = () => {
    if (!question || tooLong || streaming) return;
    onSend(question);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event: SubmitEvent) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium text-fg">
        Your question
      </label>
      <Textarea
        id={id}
        rows={3}
        value={text}
        placeholder="e.g. Outlook keeps asking for the password"
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong}
        onChange={(event) => {
          setText(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={`${id}-hint`} className={tooLong ? "text-xs text-danger" : "text-xs text-fg-muted"}>
          {question.length > COUNT_FROM
            ? `${question.length.toLocaleString()} of ${MAX_QUESTION_CHARS.toLocaleString()} characters`
            : "Enter sends · Shift+Enter adds a line"}
        </p>
        {streaming ? (
          <Button variant="secondary" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={!question || tooLong}>
            Send
          </Button>
        )}
      </div>
    </form>
  );
}
