"""Why the copilot refuses a request: one class per machine-readable code (HTTP status via AppError)."""

from app.core.errors import Conflict, NotFound


class SuggestionNotFound(NotFound):
    code = "suggestion_not_found"
    message = "The session has no copilot suggestion at that seq."


class SuggestionAlreadyDecided(Conflict):
    code = "suggestion_already_decided"
    message = "This suggestion was already accepted or dismissed."


class SummaryNotFound(NotFound):
    code = "summary_not_found"
    message = "No summary was generated for this session yet."


class BriefingNotFound(NotFound):
    code = "briefing_not_found"
    message = "No FlowPilot briefing was generated for this session yet."


class ConversationNotFound(NotFound):
    code = "conversation_not_found"
    message = "No such conversation of yours."


class ProposalNotFound(NotFound):
    code = "proposal_not_found"
    message = "No such proposal."


class ProposalDecided(Conflict):
    code = "proposal_decided"
    message = "The proposal was already accepted or rejected."


class ProposalFlowGone(Conflict):
    code = "proposal_flow_gone"
    message = "The flow this branch was proposed for is gone or archived; reject the proposal."


class FlywheelBusy(Conflict):
    code = "flywheel_running"
    message = "The knowledge flywheel is already running for this team; try again shortly."
