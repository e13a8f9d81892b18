import { useId } from "react";

import { Button } from "@/components/ui";

import { KindIcon } from "../canvas/KindIcon";
import { changeKind, setNext, setStart } from "../model/edits";
import { exitStyle, KIND_LABELS, LIMITS, NODE_KINDS, type EditorGraph, type EditorNode, type NodeKind } from "../model/graph";
import { applyEdit, deleteSelection, duplicateSelection, updateNode } from "../model/store";
import { AnswersEditor } from "./AnswersEditor";
import { CommandsEditor } from "./CommandsEditor";
import { CommittedField } from "./CommittedField";
import { InputSpecEditor } from "./InputSpecEditor";
import { MarkdownBodyField } from "./MarkdownBodyField";

const trim = (text: string) => text.trim();

const titleProblem = (title: string) => {
  if (!title.trim()) return "A step needs a title.";
  if (title.trim().length > LIMITS.title) return `At most ${LIMITS.title} characters.`;
  return null;
};

/** Where an action or input leads (the same as dragging from its handle, for the keyboard). */
function NextStepSelect({ node, graph }: { node: EditorNode; graph: EditorGraph }) {
  const next = graph.edges.find((edge) => edge.source === node.id)?.target ?? "";
  return (
    <label className="flex flex-col gap-1.5 text-sm font-medium text-fg">
      Next step
      <select
        value={next}
        onChange={(event) => applyEdit((current) => setNext(current, node.id, event.target.value || null))}
        className="h-10 w-full min-w-0 rounded-md border border-control-border bg-surface px-2 font-normal text-fg"
      >
        <option value="">None yet</option>
        {graph.nodes
          .filter((other) => other.id !== node.id)
          .map((other) => (
            <option key={other.id} value={other.id}>
              {other.title} ({other.id})
            </option>
          ))}
      </select>
    </label>
  );
}

/** Everything about the one selected node. */
export function NodeInspector({ node, graph, withSections }: { node: EditorNode; graph: EditorGraph; withSections: boolean }) {
  const sectionsId = useId();
  const sections = [...new Set(graph.nodes.flatMap((other) => (other.section ? [other.section] : [])))];
  const isStart = graph.start === node.id;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-2">
        <KindIcon kind={node.kind} className="size-5" />
        <h2 className="text-base font-semibold text-fg">Edit {KIND_LABELS[node.kind].toLowerCase()}</h2>
        <code className="ml-auto truncate text-xs text-fg-muted" title="Node id">
          {node.id}
        </code>
      </div>
      <label className="flex flex-col gap-1.5 text-sm font-medium text-fg">
        Kind
        <select
          value={node.kind}
          onChange={(event) => applyEdit((current) => changeKind(current, node.id, event.target.value as NodeKind))}
          className="h-10 w-full min-w-0 rounded-md border border-control-border bg-surface px-2 font-normal text-fg"
        >
          {NODE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <CommittedField label="Title" value={node.title} maxLength={LIMITS.title} check={titleProblem} normalize={trim} onCommit={(title) => updateNode(node.id, { title: title.trim() }, "title")} />
      {isStart ? (
        <p className="rounded-md bg-accent-soft px-3 py-2 text-sm text-fg">Sessions start here.</p>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => applyEdit((current) => setStart(current, node.id))}>
          Make this the start
        </Button>
      )}
      <MarkdownBodyField value={node.body} onCommit={(body) => updateNode(node.id, { body }, "body")} />
      {node.kind === "action" && (
        <CommittedField
          label="Expected result (optional)"
          value={node.expected_result ?? ""}
          multiline
          rows={2}
          maxLength={LIMITS.expectedResult}
          onCommit={(text) => updateNode(node.id, { expected_result: text || null }, "expected_result")}
        />
      )}
      {exitStyle(node.kind) === "edge" && <NextStepSelect node={node} graph={graph} />}
      {node.kind === "question" && <AnswersEditor node={node} graph={graph} />}
      {node.kind === "input" && <InputSpecEditor node={node} graph={graph} />}
      <CommandsEditor node={node} />
      {withSections && (
        <>
          <CommittedField
            label="Section"
            hint="Steps of one section are grouped in the checklist."
            value={node.section ?? ""}
            maxLength={LIMITS.section}
            list={sectionsId}
            normalize={trim}
            onCommit={(section) => updateNode(node.id, { section: section.trim() || null }, "section")}
          />
          <datalist id={sectionsId}>
            {sections.map((section) => (
              <option key={section} value={section} />
            ))}
          </datalist>
        </>
      )}
      <div className="flex gap-2 border-t border-border pt-4">
        <Button variant="secondary" size="sm" onClick={duplicateSelection}>
          Duplicate
        </Button>
        <Button variant="danger" size="sm" onClick={deleteSelection}>
          Delete node
        </Button>
      </div>
    </div>
  );
}
