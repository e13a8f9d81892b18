import { Button } from "@/components/ui";

import { addAnswer, moveAnswer, removeAnswer, setAnswer } from "../model/edits";
import { LIMITS, UNCONNECTED, type EditorGraph, type EditorNode } from "../model/graph";
import { applyEdit } from "../model/store";
import { CommittedField } from "./CommittedField";
import { IconButton } from "./IconButton";

function labelProblem(label: string, others: string[]): string | null {
  const key = label.trim().toLowerCase();
  if (!key) return "An answer needs a label.";
  if (label.trim().length > LIMITS.title) return `At most ${LIMITS.title} characters.`;
  if (others.some((other) => other.trim().toLowerCase() === key)) return "Another answer has this label.";
  return null;
}

/** The answers of a question: label, where each leads, order. */
export function AnswersEditor({ node, graph }: { node: EditorNode; graph: EditorGraph }) {
  const targets = graph.nodes.filter((other) => other.id !== node.id);
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-medium text-fg">Answers</legend>
      {node.answers.length === 0 && <p className="text-sm text-fg-muted">No answers yet: add one, or drag from “+ answer” on the card.</p>}
      <ol className="flex flex-col gap-3">
        {node.answers.map((answer, index) => (
          <li key={index} className="flex flex-col gap-2 rounded-md border border-border p-2">
            <CommittedField
              label={`Answer ${index + 1}`}
              value={answer.label}
              check={(label) => labelProblem(label, node.answers.filter((_, i) => i !== index).map((other) => other.label))}
              normalize={(label) => label.trim()}
              onCommit={(label) => applyEdit((current) => setAnswer(current, node.id, index, { label: label.trim() }), `${node.id}:answer-${index}`)}
            />
            <label className="flex flex-col gap-1.5 text-sm font-medium text-fg">
              Leads to
              <select
                value={targets.some((target) => target.id === answer.target) ? answer.target : UNCONNECTED}
                onChange={(event) => applyEdit((current) => setAnswer(current, node.id, index, { target: event.target.value }))}
                className="h-10 w-full min-w-0 rounded-md border border-control-border bg-surface px-2 font-normal text-fg"
              >
                <option value={UNCONNECTED}>Not connected</option>
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.title} ({target.id})
                  </option>
                ))}
              </select>
            </label>
            <div className="flex justify-end gap-1">
              <IconButton label={`Move answer ${index + 1} up`} disabled={index === 0} onClick={() => applyEdit((current) => moveAnswer(current, node.id, index, -1))}>
                ↑
              </IconButton>
              <IconButton
                label={`Move answer ${index + 1} down`}
                disabled={index === node.answers.length - 1}
                onClick={() => applyEdit((current) => moveAnswer(current, node.id, index, 1))}
              >
                ↓
              </IconButton>
              <IconButton label={`Remove answer ${index + 1}`} onClick={() => applyEdit((current) => removeAnswer(current, node.id, index))}>
                ✕
              </IconButton>
            </div>
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" disabled={node.answers.length >= LIMITS.answers} onClick={() => applyEdit((current) => addAnswer(current, node.id))}>
        Add answer
      </Button>
    </fieldset>
  );
}
