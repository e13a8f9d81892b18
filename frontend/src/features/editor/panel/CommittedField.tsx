import { useState } from "react";

import { Field, Input, Textarea } from "@/components/ui";

interface CommittedFieldProps {
  label: string;
  value: string;
  /** Called with every valid value while typing (the graph follows the field). */
  onCommit: (value: string) => void;
  /** Why a value cannot go into the graph (the API would refuse it), or null. */
  check?: (value: string) => string | null;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  monospace?: boolean;
  list?: string;
  /** The value the graph keeps for a text (e.g. blank lines dropped), when it is not the text itself. */
  normalize?: (text: string) => string;
}

const same = (text: string) => text;

/**
 * A text field bound to a value of the graph. A value the API would refuse (an empty title) stays
 * in the field with the reason, and the graph keeps the last good one; leaving the field puts that
 * one back. Undo and redo show through: a new value from outside replaces what the field shows.
 */
export function CommittedField(props: CommittedFieldProps) {
  const { label, value, onCommit, check, hint, multiline, rows, maxLength, placeholder, monospace, list, normalize = same } = props;
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  if (value !== shown) {
    setShown(value);
    if (normalize(text) !== value) {
      setText(value);
      setProblem(null);
    }
  }
  const change = (next: string) => {
    setText(next);
    const reason = check?.(next) ?? null;
    setProblem(reason);
    if (!reason && normalize(next) !== value) {
      setShown(normalize(next));
      onCommit(next);
    }
  };
  const revert = () => {
    if (problem) {
      setText(value);
      setProblem(null);
    }
  };
  const common = { value: text, maxLength, placeholder, onBlur: revert, className: monospace ? "font-mono text-xs" : undefined };
  return (
    <Field label={label} hint={hint} error={problem}>
      {(control) =>
        multiline ? (
          <Textarea {...control} {...common} rows={rows} onChange={(event) => change(event.target.value)} />
        ) : (
          <Input {...control} {...common} list={list} onChange={(event) => change(event.target.value)} />
        )
      }
    </Field>
  );
}
