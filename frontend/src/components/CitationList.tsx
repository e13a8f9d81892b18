import { Link } from "react-router";

import type { Schema } from "@/api/types";

export type Citation = Schema<"CitationOut">;

const TYPE_LABELS: Record<Citation["type"], string> = {
  flow: "Flow",
  step: "Library step",
  session: "Resolved session",
};

interface CitationListProps {
  citations: Citation[];
  label?: string;
  /** What was used from each source, under its link (off where the titles say enough). */
  snippets?: boolean;
}

/** The sources FlowPilot used, numbered as the text cites them, each a link to its page here. */
export function CitationList({ citations, label = "Sources", snippets = true }: CitationListProps) {
  return (
    <ol aria-label={label} className="flex flex-col gap-2">
      {citations.map((citation) => (
        <li key={citation.n} className="text-sm">
          <Link to={citation.link} className="font-medium text-accent-text underline-offset-2 hover:underline">
            [{citation.n}] {citation.title}
          </Link>
          <span className="text-fg-muted"> · {TYPE_LABELS[citation.type]}</span>
          {snippets && citation.snippet && <p className="mt-0.5 line-clamp-2 text-xs text-fg-muted">{citation.snippet}</p>}
        </li>
      ))}
    </ol>
  );
}
