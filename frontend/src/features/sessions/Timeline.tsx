import type { ReactNode } from "react";

import { Markdown } from "@/components/Markdown";
import { Badge } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import type { SessionEvent } from "@/lib/sessions";

interface TimelineProps {
  events: SessionEvent[];
  /** Node id -> title in the session's flow version. */
  titles: Map<string, string>;
  /** User id -> name. */
  names: Map<string, string>;
}

/** Pasted or captured command output: collapsed, as it can be long. */
function Output({ text, command }: { text: string; command?: string | null }) {
  return (
    <details className="mt-2 rounded-md border border-border">
      <summary className="cursor-pointer px-3 py-1.5 text-sm text-fg">
        Output{command ? <> of <code className="font-mono">{command}</code></> : null} ({text.split("\n").length} lines)
      </summary>
      <pre className="max-h-80 overflow-auto border-t border-border bg-canvas p-3 font-mono text-xs text-fg">{text}</pre>
    </details>
  );
}

function Quote({ children }: { children: ReactNode }) {
  return <span className="font-medium text-fg">“{children}”</span>;
}

/** What one event says, in words. */
function EventBody({ event, titles, names }: { event: SessionEvent } & Omit<TimelineProps, "events">) {
  const title = (nodeId: string) => titles.get(nodeId) ?? nodeId;
  const name = (userId: string | null) => (userId ? (names.get(userId) ?? "a former member") : "the team queue");
  const payload = event.payload;
  switch (payload.type) {
    case "started":
      return (
        <p>
          Started <Quote>{payload.flow_title}</Quote> (version {payload.flow_version})
        </p>
      );
    case "answered":
      return (
        <p>
          {title(payload.node_id)} → <Quote>{payload.label}</Quote>
        </p>
      );
    case "action_done":
      return (
        <>
          <p>
            {title(payload.node_id)} → <Badge tone={payload.result === "failed" ? "danger" : payload.result === "done" ? "success" : "neutral"}>{payload.result}</Badge>
          </p>
          {payload.output && <Output text={payload.output} />}
        </>
      );
    case "input_captured":
      return (
        <p>
          {title(payload.node_id)} → <code className="font-mono">{payload.variable}</code> ={" "}
          <Quote>{payload.value === null ? "—" : String(payload.value)}</Quote>
        </p>
      );
    case "note":
      return <Markdown source={payload.text} />;
    case "output_pasted":
      return (
        <>
          <p>Pasted output at {title(payload.node_id)}</p>
          <Output text={payload.output} command={payload.command} />
        </>
      );
    case "went_back":
      return (
        <p>
          Went back from {title(payload.from_node)} to <Quote>{title(payload.to_node)}</Quote>
        </p>
      );
    case "paused":
      return <p>Paused{payload.reason ? `: ${payload.reason}` : ""}</p>;
    case "resumed":
      return <p>Resumed</p>;
    case "copilot_suggested":
      return (
        <p>
          FlowPilot suggested at {title(payload.node_id)}: {payload.suggestion}
        </p>
      );
    case "copilot_accepted":
      return <p>FlowPilot's suggestion {payload.decision}</p>;
    case "escalated":
      return (
        <p>
          Escalated to {name(payload.to_user_id)} ({payload.urgency} urgency): {payload.reason}
        </p>
      );
    case "taken_over":
      return <p>Took over from {name(payload.from_user_id)}</p>;
    case "ended":
      return (
        <>
          <p>
            Ended as <Badge tone={payload.outcome === "resolved" ? "success" : "warning"}>{payload.outcome}</Badge>
          </p>
          <Markdown className="mt-2" source={payload.summary} />
        </>
      );
    case "step_completed":
      return (
        <p>
          {title(payload.node_id)} → {payload.label ? <Quote>{payload.label}</Quote> : payload.result}
        </p>
      );
    case "step_reopened":
      return <p>Reopened {title(payload.node_id)}</p>;
    case "step_assigned":
      return (
        <p>
          {title(payload.node_id)} assigned to {payload.assignee_id ? name(payload.assignee_id) : "nobody"}
        </p>
      );
    case "step_noted":
      return (
        <>
          <p>Note on {title(payload.node_id)}</p>
          {payload.text && <Markdown source={payload.text} />}
          {payload.output && <Output text={payload.output} />}
        </>
      );
  }
}

function isLate(event: SessionEvent): boolean {
  return (event.payload.type === "note" || event.payload.type === "step_noted") && event.payload.late;
}

/** The session's log in order: what happened, who did it and when; late notes are marked. */
export function Timeline({ events, titles, names }: TimelineProps) {
  return (
    <ol aria-label="Timeline" className="flex flex-col">
      {events.map((event) => (
        <li key={event.seq} className="relative border-l-2 border-border pb-5 pl-5 last:pb-0">
          <span aria-hidden="true" className="absolute top-1.5 -left-[5px] size-2 rounded-full bg-accent" />
          <p className="flex flex-wrap items-center gap-2 text-xs text-fg-muted">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            <span>·</span>
            <span>{names.get(event.author_id) ?? "a former member"}</span>
            {event.payload.type === "note" && <Badge tone="accent">Note</Badge>}
            {isLate(event) && <Badge tone="warning">Late note</Badge>}
          </p>
          <div className="mt-1 text-sm text-fg">
            <EventBody event={event} titles={titles} names={names} />
          </div>
        </li>
      ))}
    </ol>
  );
}
