/** The start-session form's checks, as the API makes them (backend/app/sessions/schemas.py). */

export interface StartSessionValues {
  ticketId: string;
  clientName: string;
  target: string;
}

export type StartSessionProblems = Partial<Record<keyof StartSessionValues, string>>;

export const TICKET_ID_MAX = 64;
export const CONTEXT_MAX = 200;

export function startSessionProblems(values: StartSessionValues): StartSessionProblems {
  const problems: StartSessionProblems = {};
  const ticket = values.ticketId.trim();
  if (ticket.length > TICKET_ID_MAX) problems.ticketId = `A ticket id has at most ${TICKET_ID_MAX} characters.`;
  if (values.clientName.trim().length > CONTEXT_MAX) problems.clientName = `At most ${CONTEXT_MAX} characters.`;
  if (values.target.trim().length > CONTEXT_MAX) problems.target = `At most ${CONTEXT_MAX} characters.`;
  return problems;
}

/** API codes about the ticket, shown under the ticket field. */
export const TICKET_CODES = new Set(["psa_ticket_not_found", "psa_ticket_id_invalid"]);

/** API field names of a 422 → the form's fields. */
export const FIELD_OF: Partial<Record<string, keyof StartSessionValues>> = {
  ticket_id: "ticketId",
  client_name: "clientName",
  target: "target",
};
