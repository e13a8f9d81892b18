import { cx, Spinner } from "@/components/ui";

import type { Problem, ValidationReport } from "../api";
import { problemMessage } from "../model/problems";

interface ProblemsListProps {
  report: ValidationReport | null;
  titleOf: (nodeId: string) => string | undefined;
  onShowNode: (nodeId: string) => void;
  checking?: boolean;
}

function ProblemItem({ problem, tone, titleOf, onShowNode }: { problem: Problem; tone: "error" | "warning" } & Omit<ProblemsListProps, "report" | "checking">) {
  const title = problem.node_id ? titleOf(problem.node_id) : undefined;
  const body = (
    <>
      <span className={cx("mt-0.5 shrink-0 self-start rounded px-1.5 text-[11px] font-semibold uppercase", tone === "error" ? "bg-danger-soft text-danger" : "bg-warning-soft text-warning")}>
        {tone}
      </span>
      <span className="min-w-0">
        {title && <span className="block truncate font-medium text-fg">{title}</span>}
        <span className="block text-fg-muted">{problemMessage(problem)}</span>
      </span>
    </>
  );
  const nodeId = problem.node_id;
  return (
    <li>
      {nodeId && title !== undefined ? (
        <button type="button" onClick={() => onShowNode(nodeId)} className="flex w-full gap-2 rounded-md p-2 text-left text-sm hover:bg-surface-raised">
          {body}
        </button>
      ) : (
        <div className="flex gap-2 p-2 text-sm">{body}</div>
      )}
    </li>
  );
}

/** The validation report of the saved draft: errors block publishing, warnings do not. A click shows the node. */
export function ProblemsList({ report, titleOf, onShowNode, checking = false }: ProblemsListProps) {
  if (!report) {
    return <p className="flex items-center gap-2 text-sm text-fg-muted">{checking && <Spinner label="Checking" />}Not checked yet.</p>;
  }
  const errors = report.errors ?? [];
  const warnings = report.warnings ?? [];
  if (errors.length === 0 && warnings.length === 0) {
    return <p className="rounded-md bg-success-soft px-3 py-2 text-sm text-fg">No problems: the flow can be published.</p>;
  }
  return (
    <ul aria-label="Problems" className="flex flex-col gap-1">
      {errors.map((problem, index) => (
        <ProblemItem key={`e${index}`} problem={problem} tone="error" titleOf={titleOf} onShowNode={onShowNode} />
      ))}
      {warnings.map((problem, index) => (
        <ProblemItem key={`w${index}`} problem={problem} tone="warning" titleOf={titleOf} onShowNode={onShowNode} />
      ))}
    </ul>
  );
}
