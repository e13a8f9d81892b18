import uuid

from pydantic import Field

from app.core.schemas import ResponseBody
from app.flows.graph import NodeKind


class OutcomesOut(ResponseBody):
    """Where the version's sessions stand, from the last lifecycle event of each log.

    Rates are shares of the closed sessions (all but `open`), null while none has closed.
    """

    sessions: int
    open: int = Field(description="Active or paused (including taken over after an escalation).")
    resolved: int
    escalated: int = Field(description="Escalated and waiting (a taken-over session counts as open again).")
    unresolved: int
    abandoned: int
    closed: int
    resolved_rate: float | None
    escalated_rate: float | None
    unresolved_rate: float | None
    abandoned_rate: float | None


class AnswerInsightOut(ResponseBody):
    index: int
    label: str
    target: str | None
    chosen: int = Field(description="`answered` events with this answer (an answer later undone counts too).")
    share: float | None = Field(description="Of all answers given at this node.")


class ResultsOut(ResponseBody):
    done: int = 0
    failed: int = 0
    skipped: int = 0


class EndedHereOut(ResponseBody):
    """Sessions whose last lifecycle event happened on this node."""

    resolved: int = 0
    escalated: int = 0
    unresolved: int = 0
    abandoned: int = 0


class NodeInsightOut(ResponseBody):
    node_id: str
    title: str | None = Field(description="Null only for a node the version's graph does not have.")
    kind: NodeKind | None
    visits: int = Field(description="Times the node was entered: start, answer, action, input, going back to it.")
    sessions: int = Field(description="Distinct sessions that entered it.")
    timed_visits: int = Field(description="Visits that were left (how many durations the median is over).")
    median_seconds: float | None = Field(
        description="Median time from entering the node to leaving it, pauses excluded."
    )
    answers: list[AnswerInsightOut] = Field(description="Question nodes: every answer of the version, chosen or not.")
    results: ResultsOut | None = Field(
        description="Action nodes: how `action_done` (or in a checklist `step_completed`) ended."
    )
    ended_here: EndedHereOut


class AbandonPointOut(ResponseBody):
    node_id: str
    title: str | None
    sessions: int
    share: float = Field(description="Of all abandoned sessions of the version.")


class FlowInsightsOut(ResponseBody):
    flow_id: uuid.UUID
    flow_title: str
    version: int
    latest_version: int
    outcomes: OutcomesOut
    nodes: list[NodeInsightOut] = Field(description="In the version graph's order, then nodes only the log knows.")
    abandoned_at: list[AbandonPointOut] = Field(description="Where abandoned sessions stopped, most first.")
