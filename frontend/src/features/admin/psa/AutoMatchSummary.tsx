import { Alert } from "@/components/ui";

import type { AutoMatch } from "./api";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What an auto-match did: members matched, members left unmatched, ConnectWise members nobody writes as. */
export function AutoMatchSummary({ result }: { result: AutoMatch }) {
  const spare = result.unmatched_members;
  return (
    <Alert tone="success" title={`${plural(result.matched, "member", "members")} matched by e-mail`}>
      <p>
        {result.unmatched.length === 0
          ? "Every member of the team now has a ConnectWise member."
          : `${plural(result.unmatched.length, "member has", "members have")} no ConnectWise member: choose one by hand, or leave them to write as the API member.`}{" "}
        Mappings set by hand were kept.
      </p>
      {spare.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-fg-muted">
            {plural(spare.length, "active ConnectWise member is", "active ConnectWise members are")} mapped to nobody
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {spare.map((member) => (
              <li key={member.id}>
                {member.name} <span className="font-mono text-xs text-fg-muted">{member.identifier}</span>
                {member.email && <span className="text-fg-muted"> · {member.email}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Alert>
  );
}
