import type { ReactNode } from "react";

import { ApiError, describeError } from "@/api/errors";
import { isUnknownTicket, useTicketContext } from "@/lib/psa";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { TICKET_ID_MAX } from "./start-session-checks";

const PAUSE_MS = 400;

export interface TicketLookup {
  /** What the PSA says about the typed ticket, for the field's hint; undefined: nothing to say. */
  hint?: ReactNode;
  /** The PSA has no such ticket: starting would be refused. */
  problem?: string;
}

/** Whether the PSA failed or could not be asked (rather than refusing the ticket). */
function psaUnavailable(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiError && error.status >= 500);
}

/**
 * The typed ticket looked up in the team's PSA once typing pauses. Without a connection (409) the
 * field stays as it is: a ticket id is then free text.
 */
export function useTicketLookup(typed: string): TicketLookup {
  const settled = useDebouncedValue(typed.trim(), PAUSE_MS);
  const ticketId = settled.length <= TICKET_ID_MAX ? settled : "";
  const ticket = useTicketContext(ticketId);
  if (!ticketId || ticketId !== typed.trim()) return {};
  if (ticket.isPending) {
    return { hint: "Looking the ticket up in ConnectWise…" };
  }
  if (ticket.data) {
    const company = ticket.data.company?.name;
    return {
      hint: (
        <span className="text-fg">
          <span className="font-medium">{ticket.data.summary}</span>
          {company && ` · ${company}`}
        </span>
      ),
    };
  }
  if (isUnknownTicket(ticket.error)) return { problem: describeError(ticket.error).message };
  if (psaUnavailable(ticket.error)) {
    return {
      hint: (
        <span className="text-warning">
          ConnectWise could not be reached ({describeError(ticket.error).message}). You can still start: the session is then marked
          unverified.
        </span>
      ),
    };
  }
  return {};
}
