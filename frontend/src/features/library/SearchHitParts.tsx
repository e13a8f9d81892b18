import { Badge } from "@/components/ui";
import { FLOW_KIND_LABELS, type FlowKind } from "@/lib/flows";

import type { SearchHit } from "./api";
import { parseMarkedSnippet } from "./search-text";

const REASON_LABELS: Record<SearchHit["matched"][number], string> = {
  fuzzy: "typo corrected",
  title: "title",
  tags: "tags",
  text: "text",
  semantic: "similar meaning",
};

export function HitTypeLabel({ hit }: { hit: SearchHit }) {
  if (hit.type === "step") return <Badge>Step</Badge>;
  return <Badge tone="accent">{hit.kind in FLOW_KIND_LABELS ? FLOW_KIND_LABELS[hit.kind as FlowKind] : "Flow"}</Badge>;
}

/** Why a hit matched, e.g. "Matched title, tags". */
export function MatchReasons({ hit }: { hit: SearchHit }) {
  if (hit.matched.length === 0) return null;
  return <span className="text-xs text-fg-muted">Matched {hit.matched.map((reason) => REASON_LABELS[reason]).join(", ")}</span>;
}

/** The server's snippet with its matches highlighted; everything else is plain text. */
export function Snippet({ snippet, className }: { snippet: string; className?: string }) {
  return (
    <p className={className}>
      {parseMarkedSnippet(snippet).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-accent-soft px-0.5 font-medium text-fg">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
