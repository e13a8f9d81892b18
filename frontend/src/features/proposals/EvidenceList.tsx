import { Link } from "react-router";

import { SessionStatusBadge } from "@/components/SessionStatusBadge";
import { formatDateTime } from "@/lib/format";
import { STATUS_LABELS, type SessionStatus } from "@/lib/sessions";

import type { Evidence } from "./api";

function isSessionStatus(outcome: string): outcome is SessionStatus {
  return outcome in STATUS_LABELS;
}

/** The sessions a proposal came from, each with what the flywheel read in it (notes or its end). */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  return (
    <ul aria-label="Evidence" className="flex flex-col divide-y divide-border">
      {evidence.map((item) => (
        <li key={item.session_id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Link to={`/sessions/${item.session_id}`} className="font-medium text-accent-text hover:underline">
              {item.flow_title}
              {item.ended_at && <span className="font-normal text-fg-muted">, ended {formatDateTime(item.ended_at)}</span>}
            </Link>
            {isSessionStatus(item.outcome) ? <SessionStatusBadge status={item.outcome} /> : <span className="text-fg-muted">{item.outcome}</span>}
          </div>
          {item.excerpt && <p className="text-sm whitespace-pre-wrap text-fg-muted">{item.excerpt}</p>}
        </li>
      ))}
    </ul>
  );
}
