import type { SessionState } from "@/lib/sessions";

/** The node the session stands on, with `{{variables}}` filled in by the API. */
export type CurrentNode = NonNullable<SessionState["current"]>;
/** One step of the path that led here (the current one last). */
export type PathStep = SessionState["path"][number];
