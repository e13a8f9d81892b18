"""Copilot request and response bodies, and the strict schemas a model's answers are parsed into."""

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.schemas import RequestBody, ResponseBody
from app.flows.graph import Graph
from app.flows.models import FlowKind
from app.flows.schemas import FlowOut
from app.flows.validation import ValidationReport

ProviderName = Literal["anthropic", "offline"]
Tier = Literal["fast", "deep"]
BudgetState = Literal["unlimited", "ok", "warning", "exhausted"]
SourceType = Literal["flow", "step", "session"]
SuggestedAction = Literal["answer", "do_action", "capture_input", "end_resolved", "escalate"]
Decision = Literal["accepted", "dismissed"]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
Message = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


# --- what every answer says about who answered ---------------------------------------------


class BudgetOut(ResponseBody):
    state: BudgetState = Field(description="`warning` from 80 % of the budget; `exhausted` at 100 %: offline only.")
    limit_usd: float | None = Field(description="The monthly budget; null: no limit.")
    spent_usd: float = Field(description="Estimated cost of this calendar month (UTC) so far.")
    share: float | None = Field(description="spent / limit; null without a limit.")
    resets_at: datetime = Field(description="Start of next month (UTC).")


class ProviderOut(ResponseBody):
    provider: ProviderName
    offline: bool = Field(description="Answered from the team's own data, without a language model.")
    tier: Tier
    model: str = Field(description="The model that answered, or `offline`.")
    reason: str = Field(description="Why this tier (the routing rule), or why the answer is offline.")
    route_reason: str = Field(description="The routing rule's reason for the tier, offline too.")
    notice: str | None = Field(default=None, description="Something to show the user: budget warning, fallback.")
    budget: BudgetOut


class CitationOut(ResponseBody):
    n: int = Field(description="The number the text refers to as [n].")
    type: SourceType
    id: uuid.UUID
    title: str
    link: str = Field(description="Where the SPA shows it, e.g. `/flows/<id>`.")
    snippet: str = Field(description="Plain text: what was used from it.")


# --- next-step suggestion ------------------------------------------------------------------


class AnswerRef(ResponseBody):
    index: int = Field(description="What `answered` sends as `answer`.")
    label: str
    target: str
    target_title: str


class AlternativeOut(ResponseBody):
    answer: AnswerRef
    share: float | None = Field(description="How often past sessions chose it here (null: no history).")
    why: str


class SuggestionOut(ResponseBody):
    session_id: uuid.UUID
    node_id: str = Field(description="The current node the suggestion is for.")
    node_title: str
    action: SuggestedAction
    answer: AnswerRef | None = Field(description="For a question: the suggested answer (always one of the node's).")
    rationale: str = Field(description="One paragraph.")
    confidence: float = Field(ge=0, le=1)
    alternatives: list[AlternativeOut]
    loop_warning: str | None = Field(description="Set when the engineer seems to be going in circles.")
    history_sessions: int = Field(description="Past sessions of the team that reached this step.")
    sources: list[CitationOut] = Field(description="Similar resolved sessions and library items.")
    suggestion_seq: int = Field(description="The `copilot_suggested` event: send it back to accept or dismiss.")
    last_seq: int = Field(description="The session's last seq after logging the suggestion.")
    provider: ProviderOut


class SuggestionDecisionIn(RequestBody):
    suggestion_seq: int = Field(ge=1, le=2_147_483_647, description="The `copilot_suggested` event decided on.")
    decision: Decision


class SuggestionDecisionOut(ResponseBody):
    seq: int = Field(description="The `copilot_accepted` event (with its decision).")
    last_seq: int


# --- summary and briefing ------------------------------------------------------------------


class SummaryOut(ResponseBody):
    session_id: uuid.UUID
    text: str = Field(description="The summary as it stands (edited or as generated), redacted.")
    generated_text: str
    edited: bool
    stale: bool = Field(description="The log grew since the summary was generated.")
    source_seq: int
    provider: ProviderName
    model: str
    updated_at: datetime
    route: ProviderOut | None = Field(default=None, description="Set on the answer that generated it.")


class SummaryIn(RequestBody):
    text: Text


class AiBriefingOut(ResponseBody):
    summary: str
    likely_cause: str | None
    next_steps: list[str]
    open_questions: list[str]
    provider: ProviderName
    model: str
    generated_at: datetime


# --- assistant chat ------------------------------------------------------------------------


class ChatIn(RequestBody):
    message: Message
    conversation_id: uuid.UUID | None = Field(default=None, description="Continue a conversation; null: a new one.")


class MessageOut(ResponseBody):
    id: uuid.UUID
    role: Literal["user", "assistant"]
    content: str
    citations: list[CitationOut]
    provider: ProviderName | None
    created_at: datetime


class ChatAnswerOut(ResponseBody):
    conversation_id: uuid.UUID
    message: MessageOut
    known: bool = Field(description="False when the team's knowledge had nothing on it (the answer says so).")
    provider: ProviderOut


class ConversationSummaryOut(ResponseBody):
    id: uuid.UUID
    title: str
    created_at: datetime
    updated_at: datetime


class ConversationOut(ConversationSummaryOut):
    messages: list[MessageOut]


# --- flow builder --------------------------------------------------------------------------


class FlowBuildIn(RequestBody):
    description: Annotated[str, StringConstraints(strip_whitespace=True, min_length=10, max_length=4000)]
    runbook: Annotated[str, StringConstraints(max_length=50_000)] | None = Field(
        default=None, description="Pasted runbook text (steps, commands) to build from."
    )
    kind: FlowKind = FlowKind.TROUBLESHOOTING
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] | None = None


class FlowBuildOut(ResponseBody):
    flow: FlowOut = Field(description="The new draft flow (never published).")
    validation: ValidationReport
    rounds: int = Field(description="Model rounds used (validate, feed errors back; at most 3); 0 offline.")
    provider: ProviderOut


# --- flywheel proposals --------------------------------------------------------------------


class EvidenceOut(ResponseBody):
    session_id: uuid.UUID
    flow_title: str
    outcome: str
    ended_at: datetime | None
    excerpt: str


class ProposedStepOut(ResponseBody):
    kind: Literal["question", "action"]
    title: str
    body: str


class ProposalOut(ResponseBody):
    id: uuid.UUID
    kind: Literal["new_flow", "new_branch"]
    status: Literal["pending", "accepted", "rejected"]
    title: str
    description: str
    flow_id: uuid.UUID | None = Field(description="A branch: the flow it extends.")
    node_id: str | None = Field(description="A branch: the question it hangs off.")
    evidence: list[EvidenceOut]
    steps: list[ProposedStepOut]
    provider: ProviderName
    created_at: datetime
    decided_at: datetime | None
    decided_by_id: uuid.UUID | None
    reject_reason: str | None
    result_flow_id: uuid.UUID | None = Field(description="The draft flow accepting created or changed.")


class ProposalPageOut(ResponseBody):
    items: list[ProposalOut]
    next_cursor: str | None


class RejectIn(RequestBody):
    reason: Reason


class FlywheelRunOut(ResponseBody):
    sessions_read: int
    sessions_embedded: int
    candidates: int = Field(description="Unresolved, escalated or deviating sessions among them.")
    clusters: int
    proposals_created: int
    until: datetime


# --- usage and budget ----------------------------------------------------------------------


class UsageLineOut(ResponseBody):
    feature: str
    tier: str
    requests: int
    input_tokens: int
    output_tokens: int
    cost_usd: float
    offline: int = Field(description="Requests answered offline (no key, fallback or budget).")


class UsageEntryOut(ResponseBody):
    created_at: datetime
    feature: str
    tier: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_ms: int
    outcome: str
    reason: str


class UsageOut(ResponseBody):
    month: str = Field(description="YYYY-MM (UTC).")
    provider: ProviderName = Field(description="The configured provider; `offline` without a key.")
    budget: BudgetOut
    lines: list[UsageLineOut] = Field(description="This month per feature and tier.")
    recent: list[UsageEntryOut] = Field(description="The latest 50 entries.")


class BudgetIn(RequestBody):
    monthly_budget_usd: float | None = Field(ge=0, le=1_000_000, description="Null: the installation default.")


class CopilotStatusOut(ResponseBody):
    provider: ProviderName
    fast_model: str
    deep_model: str
    budget: BudgetOut


# --- what a model must answer (tool inputs, validated strictly) ----------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelAlternative(_Strict):
    answer_index: int = Field(ge=0)
    why: str = Field(max_length=400)


class ModelSuggestion(_Strict):
    action: SuggestedAction
    answer_index: int | None = Field(default=None, ge=0, description="Required when action is `answer`.")
    rationale: str = Field(min_length=1, max_length=1500)
    confidence: float = Field(ge=0, le=1)
    alternatives: list[ModelAlternative] = Field(default_factory=list, max_length=3)


class ModelSummary(_Strict):
    summary: str = Field(min_length=1, max_length=3000)


class ModelBriefing(_Strict):
    summary: str = Field(min_length=1, max_length=2000)
    likely_cause: str | None = Field(default=None, max_length=600)
    next_steps: list[Annotated[str, StringConstraints(max_length=300)]] = Field(default_factory=list, max_length=6)
    open_questions: list[Annotated[str, StringConstraints(max_length=300)]] = Field(default_factory=list, max_length=6)


class ModelFlowDraft(_Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=4000)
    tags: list[Annotated[str, StringConstraints(min_length=1, max_length=50)]] = Field(
        default_factory=list, max_length=10
    )
    graph: Graph


class ModelProposalStep(_Strict):
    kind: Literal["question", "action"]
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(default="", max_length=2000)


class ModelProposal(_Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(min_length=1, max_length=2000)
    steps: list[ModelProposalStep] = Field(min_length=1, max_length=8)
