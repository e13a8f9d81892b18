import { Handle, Position, useUpdateNodeInternals, type NodeProps } from "@xyflow/react";
import { memo, useEffect, useRef } from "react";

import { cx } from "@/components/ui";

import { answerHandle, NEW_ANSWER_HANDLE, OUT_HANDLE } from "../model/edits";
import { exitStyle, isConnected, KIND_LABELS } from "../model/graph";
import type { NodeProblems } from "../model/problems";
import type { CardNode, DiffMark } from "./canvas-elements";
import { KindIcon } from "./KindIcon";
import { KIND_BORDER } from "./kinds";

const MARK_CLASSES: Record<DiffMark, string> = {
  added: "outline-2 outline-offset-2 outline-success",
  removed: "outline-2 outline-offset-2 outline-danger opacity-80",
  changed: "outline-2 outline-offset-2 outline-warning",
};

const MARK_LABELS: Record<DiffMark, string> = { added: "Added", removed: "Removed", changed: "Changed" };

const HANDLE = "size-3! border-2! border-surface! bg-accent!";

/** Error and warning counts; the messages show on hover and keyboard focus. */
function ProblemBadge({ tone, messages }: { tone: "error" | "warning"; messages: string[] }) {
  if (messages.length === 0) return null;
  const noun = `${tone}${messages.length > 1 ? "s" : ""}`;
  const label = `${messages.length} ${noun}`;
  return (
    <span className="group/badge relative">
      <span
        tabIndex={0}
        aria-label={`${label}: ${messages.join(" ")}`}
        className={cx(
          "inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-[11px] font-semibold",
          tone === "error" ? "bg-danger-soft text-danger" : "bg-warning-soft text-warning",
        )}
      >
        <span aria-hidden="true">{tone === "error" ? "!" : "△"}</span>
        {messages.length}
      </span>
      <span
        role="tooltip"
        className="invisible absolute right-0 bottom-full z-10 mb-2 w-72 rounded-md border border-border bg-surface-raised p-2 text-xs font-normal text-fg shadow-lg group-focus-within/badge:visible group-hover/badge:visible"
      >
        <span className="mb-1 block font-semibold">{label}</span>
        {messages.map((message) => (
          <span key={message} className="block">
            {message}
          </span>
        ))}
      </span>
    </span>
  );
}

function Problems({ problems }: { problems: NodeProblems | undefined }) {
  if (!problems) return null;
  return (
    <>
      <ProblemBadge tone="error" messages={problems.errors} />
      <ProblemBadge tone="warning" messages={problems.warnings} />
    </>
  );
}

/** One node of the flow on the canvas: kind, title, problems, and a handle per way onwards. */
export const FlowNodeCard = memo(function FlowNodeCard({ id, data, selected }: NodeProps<CardNode>) {
  const { node, direction, readOnly, mark } = data;
  const vertical = direction === "TB";
  const updateNodeInternals = useUpdateNodeInternals();
  const handlesKey = `${node.answers.map((answer) => answer.label).join("\u0000")}|${direction}|${data.strayEdges}`;
  const measuredHandles = useRef(handlesKey);
  useEffect(() => {
    // The canvas measures the handles of a new card itself; after that, tell it when they moved.
    if (measuredHandles.current === handlesKey) return;
    measuredHandles.current = handlesKey;
    updateNodeInternals(id);
  }, [id, updateNodeInternals, handlesKey]);

  const exits = exitStyle(node.kind);
  return (
    <div
      className={cx(
        "min-w-56 max-w-[26rem] rounded-lg border border-t-4 border-border bg-surface text-fg shadow-md",
        KIND_BORDER[node.kind],
        selected && "ring-2 ring-accent",
        mark && MARK_CLASSES[mark],
      )}
    >
      <Handle type="target" position={vertical ? Position.Top : Position.Left} className={HANDLE} isConnectable={!readOnly} />
      <div className="flex items-center gap-1.5 px-3 pt-2 text-xs text-fg-muted">
        <KindIcon kind={node.kind} />
        <span className="font-medium uppercase tracking-wide">{KIND_LABELS[node.kind]}</span>
        {data.isStart && <span className="rounded bg-accent-soft px-1.5 py-0.5 text-[11px] font-semibold text-accent-text">Start</span>}
        {mark && <span className="rounded bg-surface-raised px-1.5 py-0.5 text-[11px] font-semibold text-fg">{MARK_LABELS[mark]}</span>}
        <span className="ml-auto flex items-center gap-1">
          <Problems problems={data.problems} />
        </span>
      </div>
      <p className="px-3 pt-1 pb-2 text-sm leading-snug font-medium break-words">{node.title}</p>
      {node.section && <p className="-mt-1 truncate px-3 pb-2 text-xs text-fg-muted">{node.section}</p>}
      {exits === "answers" && (
        <div className={cx("flex gap-1.5 border-t border-border px-2 py-2", vertical ? "flex-row" : "flex-col items-end")}>
          {node.answers.map((answer, index) => (
            <span
              key={index}
              title={answer.label}
              className={cx(
                "relative max-w-32 truncate rounded-full border px-2 py-0.5 text-xs",
                isConnected(answer) ? "border-control-border text-fg" : "border-dashed border-danger text-danger",
              )}
            >
              {answer.label}
              <Handle
                type="source"
                id={answerHandle(index)}
                position={vertical ? Position.Bottom : Position.Right}
                className={HANDLE}
                isConnectable={!readOnly}
                aria-label={`Connect answer “${answer.label}”`}
              />
            </span>
          ))}
          {!readOnly && (
            <span className="relative rounded-full border border-dashed border-control-border px-2 py-0.5 text-xs text-fg-muted" title="Drag to a step to add an answer">
              + answer
              <Handle
                type="source"
                id={NEW_ANSWER_HANDLE}
                position={vertical ? Position.Bottom : Position.Right}
                className={cx(HANDLE, "bg-control-border!")}
                aria-label="Connect a new answer"
              />
            </span>
          )}
        </div>
      )}
      {(exits === "edge" || data.strayEdges) && (
        <Handle type="source" id={OUT_HANDLE} position={vertical ? Position.Bottom : Position.Right} className={HANDLE} isConnectable={!readOnly && exits === "edge"} />
      )}
    </div>
  );
});
