import type { Schema } from "@/api/types";
import { CopyButton } from "@/components/CopyButton";
import { Badge } from "@/components/ui";

type Command = Schema<"Command">;

const SHELLS: Record<Command["shell"], string> = {
  powershell: "PowerShell",
  cmd: "cmd",
  bash: "bash",
  sh: "sh",
  zsh: "zsh",
  other: "Shell",
};

/** A command of an action step: what it is for, in which shell, and a button that copies it. */
export function CommandBlock({ command }: { command: Command }) {
  const label = command.label || "Command";
  return (
    <figure className="overflow-hidden rounded-md border border-border">
      <figcaption className="flex items-center justify-between gap-3 border-b border-border bg-surface-raised px-3 py-1.5">
        <span className="flex min-w-0 items-center gap-2 text-sm font-medium text-fg">
          <span className="truncate">{label}</span>
          <Badge>{SHELLS[command.shell]}</Badge>
        </span>
        <CopyButton text={command.text} what={label} />
      </figcaption>
      <pre className="overflow-x-auto bg-canvas p-3 font-mono text-sm text-fg">
        <code>{command.text}</code>
      </pre>
    </figure>
  );
}
