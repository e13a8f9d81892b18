"""Why a session refuses a request: one class per machine-readable code (HTTP status via AppError)."""

from typing import Any, ClassVar

from app.core.errors import AppError, Conflict, PermissionDenied, Unprocessable
from app.sessions.events import MAX_OUTPUT_BYTES

# --- the state machine ----------------------------------------------------------------------


class SessionEnded(Conflict):
    code = "session_ended"
    message = "The session has ended; only its owner can still add (late) notes."


class SessionEscalated(Conflict):
    code = "session_escalated"
    message = "The session is escalated; it continues once someone takes it over."


class SessionPaused(Conflict):
    code = "session_paused"
    message = "The session is paused; resume it first."


class SessionNotPaused(Conflict):
    code = "session_not_paused"
    message = "The session is not paused."


class SessionNotEscalated(Conflict):
    code = "session_not_escalated"
    message = "Only an escalated session can be taken over."


class NothingToUndo(Conflict):
    code = "nothing_to_undo"
    message = "The session is at its first step; there is nothing to go back to."


class FlowDeleted(Conflict):
    code = "flow_deleted"
    message = "The flow of this session was deleted."


class WrongNode(Unprocessable):
    code = "wrong_node"
    message = "The event names a node that is not the session's current node."


class WrongNodeKind(Unprocessable):
    code = "wrong_node_kind"
    message = "The current node does not take this kind of event."


class InvalidAnswer(Unprocessable):
    code = "invalid_answer"
    message = "The current question has no such answer."


class UnknownVariable(Unprocessable):
    code = "unknown_variable"
    message = "The input node does not capture this variable."


class InvalidBackTarget(Unprocessable):
    code = "invalid_back_target"
    message = "The node to go back to is not an earlier step of the path."


class InvalidInputValue(Unprocessable):
    """The value breaks a rule of the input node; `rule` says which."""

    code = "invalid_input_value"

    def __init__(self, rule: str, message: str) -> None:
        self.rule = rule
        super().__init__(message)

    def body(self) -> dict[str, Any]:
        return {**super().body(), "rule": self.rule}


class OutputTooLarge(AppError):
    status_code: ClassVar[int] = 413
    code = "output_too_large"
    message = f"Command output is limited to {MAX_OUTPUT_BYTES // 1024} KiB."

    def body(self) -> dict[str, Any]:
        return {**super().body(), "limit_bytes": MAX_OUTPUT_BYTES}


class WrongSessionMode(Unprocessable):
    code = "wrong_session_mode"
    message = "This event is for the other kind of session (a path or a checklist)."


class UnknownStep(Unprocessable):
    code = "unknown_step"
    message = "The event names a node that is not a step of this checklist."


class StepOutOfOrder(Conflict):
    """A step of a sequential section waits for the open steps before it (`waiting_for`)."""

    code = "step_out_of_order"
    message = "This section is done in order: close the steps before this one first."

    def __init__(self, waiting_for: list[str]) -> None:
        self.waiting_for = waiting_for
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "waiting_for": self.waiting_for}


class StepNotApplicable(Conflict):
    code = "step_not_applicable"
    message = "The answer to a question ruled this step out."


class StepNotClosed(Conflict):
    code = "step_not_closed"
    message = "The step is open; there is nothing to reopen."


# --- the service ----------------------------------------------------------------------------


class NotSessionOwner(PermissionDenied):
    code = "not_session_owner"
    message = "Only the session's owner can do this."


class InvalidAssignee(Unprocessable):
    code = "invalid_assignee"
    message = "Assign steps to an active engineer or admin of your team."


class NotEscalationReceiver(PermissionDenied):
    code = "not_escalation_receiver"
    message = "This escalation was handed to someone else."


class InvalidEscalationTarget(Unprocessable):
    code = "invalid_escalation_target"
    message = "Escalate to an active engineer or admin of your team other than yourself, or to the team queue."


class IdempotencyKeyReused(Unprocessable):
    code = "idempotency_key_reused"
    message = "This Idempotency-Key was already used for a different request."


class FlowNotPublished(Conflict):
    code = "flow_not_published"
    message = "Sessions run on published versions; publish the flow first."


class FlowInUse(Conflict):
    code = "flow_in_use"
    message = "Sessions use this flow; archive it before deleting it."

    def __init__(self, session_count: int) -> None:
        self.session_count = session_count
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "session_count": self.session_count}
