import { LIMITS, VARIABLE_PATTERN, type EditorGraph, type EditorNode, type InputSpec } from "../model/graph";
import { updateNode } from "../model/store";
import { CommittedField } from "./CommittedField";

const TYPES: { value: InputSpec["type"]; label: string }[] = [
  { value: "text", label: "Text" },
  { value: "number", label: "Number" },
  { value: "boolean", label: "Yes / no" },
  { value: "choice", label: "Choice" },
];

function variableProblem(name: string, graph: EditorGraph, self: string): string | null {
  if (!VARIABLE_PATTERN.test(name)) return "Letters, digits and _, not starting with a digit (e.g. error_code).";
  if (graph.nodes.some((node) => node.id !== self && node.input?.variable === name)) return "Another input step captures this variable.";
  return null;
}

function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch {
    return "Not a valid regular expression.";
  }
}

const choicesOf = (text: string) => text.split("\n").map((line) => line.trim()).filter(Boolean);

/** What an input step captures: variable, type, whether it is required, and its check. */
export function InputSpecEditor({ node, graph }: { node: EditorNode; graph: EditorGraph }) {
  const spec = node.input;
  if (!spec) return null;
  const set = (patch: Partial<InputSpec>, field?: string) => updateNode(node.id, { input: { ...spec, ...patch } }, field);
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-medium text-fg">Captured value</legend>
      <CommittedField
        label="Variable"
        hint="Later steps use it as {{name}}."
        value={spec.variable}
        monospace
        check={(name) => variableProblem(name, graph, node.id)}
        onCommit={(variable) => set({ variable }, "variable")}
      />
      <label className="flex flex-col gap-1.5 text-sm font-medium text-fg">
        Type
        <select
          value={spec.type}
          onChange={(event) => set({ type: event.target.value as InputSpec["type"] })}
          className="h-10 w-full min-w-0 rounded-md border border-control-border bg-surface px-2 font-normal text-fg"
        >
          {TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm text-fg">
        <input type="checkbox" className="size-4 accent-accent" checked={spec.required} onChange={(event) => set({ required: event.target.checked })} />
        Required
      </label>
      {spec.type === "text" && (
        <CommittedField
          label="Pattern (optional)"
          hint="A regular expression the value must match."
          value={spec.pattern ?? ""}
          monospace
          maxLength={LIMITS.pattern}
          check={patternProblem}
          onCommit={(pattern) => set({ pattern: pattern || null }, "pattern")}
        />
      )}
      {spec.type === "choice" && (
        <CommittedField
          label="Choices"
          hint="One per line."
          value={(spec.choices ?? []).join("\n")}
          multiline
          rows={4}
          normalize={(text) => choicesOf(text).join("\n")}
          check={(text) => (choicesOf(text).some((choice) => choice.length > LIMITS.title) ? `At most ${LIMITS.title} characters per choice.` : null)}
          onCommit={(text) => set({ choices: choicesOf(text).length ? choicesOf(text) : null }, "choices")}
        />
      )}
    </fieldset>
  );
}
