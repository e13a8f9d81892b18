import { useState } from "react";

import { Button } from "@/components/ui";

import { moveItem } from "../model/edits";
import { LIMITS, type Command, type EditorNode } from "../model/graph";
import { updateNode } from "../model/store";
import { CommittedField } from "./CommittedField";
import { IconButton } from "./IconButton";

const SHELLS: Command["shell"][] = ["powershell", "cmd", "bash", "sh", "zsh", "other"];

const textProblem = (text: string) => (text.trim() ? null : "A command needs its text.");

function ShellSelect({ value, onChange, label }: { value: Command["shell"]; onChange: (shell: Command["shell"]) => void; label: string }) {
  return (
    <label className="flex flex-col gap-1.5 text-sm font-medium text-fg">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as Command["shell"])}
        className="h-10 w-full min-w-0 rounded-md border border-control-border bg-surface px-2 font-normal text-fg"
      >
        {SHELLS.map((shell) => (
          <option key={shell} value={shell}>
            {shell}
          </option>
        ))}
      </select>
    </label>
  );
}

function NewCommandForm({ onAdd }: { onAdd: (command: Command) => void }) {
  const [command, setCommand] = useState<Command>({ label: "", shell: "powershell", text: "" });
  return (
    <div className="flex flex-col gap-2 rounded-md border border-dashed border-control-border p-2">
      <CommittedField label="New command: label" value={command.label} maxLength={LIMITS.commandLabel} onCommit={(label) => setCommand({ ...command, label })} />
      <ShellSelect label="Shell" value={command.shell} onChange={(shell) => setCommand({ ...command, shell })} />
      <CommittedField
        label="Command"
        value={command.text}
        multiline
        rows={2}
        monospace
        maxLength={LIMITS.commandText}
        onCommit={(text) => setCommand({ ...command, text })}
      />
      <Button
        variant="secondary"
        size="sm"
        disabled={!command.text.trim()}
        onClick={() => {
          onAdd(command);
          setCommand({ label: "", shell: command.shell, text: "" });
        }}
      >
        Add command
      </Button>
    </div>
  );
}

/** Copyable commands of a step (label, shell, text). */
export function CommandsEditor({ node }: { node: EditorNode }) {
  const set = (commands: Command[], field?: string) => updateNode(node.id, { commands }, field);
  const change = (index: number, patch: Partial<Command>) => node.commands.map((command, i) => (i === index ? { ...command, ...patch } : command));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-medium text-fg">Commands</legend>
      <ol className="flex flex-col gap-3">
        {node.commands.map((command, index) => (
          <li key={index} className="flex flex-col gap-2 rounded-md border border-border p-2">
            <CommittedField
              label={`Command ${index + 1}: label`}
              value={command.label}
              maxLength={LIMITS.commandLabel}
              onCommit={(label) => set(change(index, { label }), `command-${index}-label`)}
            />
            <ShellSelect label="Shell" value={command.shell} onChange={(shell) => set(change(index, { shell }))} />
            <CommittedField
              label="Command"
              value={command.text}
              multiline
              rows={2}
              monospace
              maxLength={LIMITS.commandText}
              check={textProblem}
              onCommit={(text) => set(change(index, { text }), `command-${index}-text`)}
            />
            <div className="flex justify-end gap-1">
              <IconButton label={`Move command ${index + 1} up`} disabled={index === 0} onClick={() => set(moveItem(node.commands, index, -1))}>
                ↑
              </IconButton>
              <IconButton label={`Move command ${index + 1} down`} disabled={index === node.commands.length - 1} onClick={() => set(moveItem(node.commands, index, 1))}>
                ↓
              </IconButton>
              <IconButton label={`Remove command ${index + 1}`} onClick={() => set(node.commands.filter((_, i) => i !== index))}>
                ✕
              </IconButton>
            </div>
          </li>
        ))}
      </ol>
      {node.commands.length < LIMITS.commands && <NewCommandForm onAdd={(command) => set([...node.commands, command])} />}
    </fieldset>
  );
}
