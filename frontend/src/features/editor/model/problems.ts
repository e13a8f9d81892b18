/**
 * Validation problems (POST /flows/{id}/validate, backend/app/flows/validation.py) by node, with
 * the messages the editor shows.
 */
import type { Problem, ValidationReport } from "../api";
import { UNCONNECTED } from "./graph";

export interface NodeProblems {
  errors: string[];
  warnings: string[];
}

/** The API's message, except for an answer the editor has not connected yet. */
export function problemMessage(problem: Problem): string {
  if (problem.code === "answer_target_missing" && problem.related?.[0] === UNCONNECTED) {
    const label = /^Answer '(.*)' of /.exec(problem.message)?.[1];
    return `${label ? `Answer '${label}'` : "An answer"} is not connected: drag from its handle to the next step.`;
  }
  return problem.message;
}

export function problemsByNode(report: ValidationReport | null): Map<string, NodeProblems> {
  const byNode = new Map<string, NodeProblems>();
  if (!report) return byNode;
  const entry = (id: string) => {
    let problems = byNode.get(id);
    if (!problems) {
      problems = { errors: [], warnings: [] };
      byNode.set(id, problems);
    }
    return problems;
  };
  for (const problem of report.errors ?? []) if (problem.node_id) entry(problem.node_id).errors.push(problemMessage(problem));
  for (const problem of report.warnings ?? []) if (problem.node_id) entry(problem.node_id).warnings.push(problemMessage(problem));
  return byNode;
}
