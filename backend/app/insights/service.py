"""Flow insights, computed from the session log by one SQL statement (no counters that can drift).

The sessions of a version are found by their header (`sessions.flow_id`, `flow_version`, written
once at the start); everything else comes from `session_events`:

- a *move* is an event that enters a node (`started`, `answered`, `action_done`, `input_captured`,
  `went_back`: the node is in the payload) or leaves the current one for good or for a while
  (`escalated`, `ended`); `taken_over` re-enters the node the escalation left (`lag()`), but is not
  counted as a visit;
- a *visit* lasts from its move to the next move of the session (`lead()` over the moves ordered by
  `seq`), minus the pauses inside it (a pause lasts from `paused` to the next `resumed`, `ended` or
  `escalated`, again `lead()`); medians are `percentile_cont(0.5)` over the visits that were left;
- the outcome of a session is its last lifecycle event (`escalated`, `taken_over`, `ended`: the
  `ended` payload names the outcome and the node), so abandonment points are the `node_id`s of
  `ended` events with outcome `abandoned`;
- answers and action results are grouped straight from their events;
- checklist sessions (procedural and maintenance flows) have no path: each `step_completed` counts
  as a visit of its step, with its result and, for a question, its answer (no durations).

Each part is one branch of a UNION ALL over one MATERIALIZED scan of the version's events (the
primary key (session_id, seq) serves the join from `ix_sessions_flow_id_flow_version`).
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tenancy import TeamScope
from app.flows.models import Flow
from app.flows.service import get_flow
from app.insights.schemas import (
    AbandonPointOut,
    AnswerInsightOut,
    EndedHereOut,
    FlowInsightsOut,
    NodeInsightOut,
    OutcomesOut,
    ResultsOut,
)
from app.sessions.errors import FlowNotPublished
from app.sessions.service import GRAPHS
from app.sessions.state import FlowGraph

INSIGHTS_SQL = text("""
WITH runs AS MATERIALIZED (
    SELECT id FROM sessions WHERE team_id = :team_id AND flow_id = :flow_id AND flow_version = :version
),
ev AS MATERIALIZED (
    SELECT e.session_id, e.seq, e.type, e.created_at AS at, e.payload
    FROM session_events e JOIN runs r ON r.id = e.session_id
    WHERE e.type IN ('started', 'answered', 'action_done', 'input_captured', 'went_back',
                     'paused', 'resumed', 'escalated', 'taken_over', 'ended', 'step_completed')
),
moves AS (
    SELECT session_id, seq, type, at,
           CASE type
               WHEN 'started' THEN CASE WHEN payload->>'checklist' IS NULL THEN payload->>'node_id' END
               WHEN 'answered' THEN payload->>'target'
               WHEN 'action_done' THEN payload->>'next_node'
               WHEN 'input_captured' THEN payload->>'next_node'
               WHEN 'went_back' THEN payload->>'to_node'
           END AS entered,
           CASE WHEN type = 'escalated' THEN payload->>'node_id' END AS escalated_at
    FROM ev WHERE type NOT IN ('paused', 'resumed', 'step_completed')
),
visits AS (
    SELECT session_id, seq, at, type <> 'taken_over' AS counted,
           CASE WHEN type = 'taken_over' THEN lag(escalated_at) OVER w ELSE entered END AS node_id,
           lead(seq) OVER w AS left_seq,
           lead(at) OVER w AS left_at
    FROM moves
    WINDOW w AS (PARTITION BY session_id ORDER BY seq)
),
pauses AS MATERIALIZED (
    SELECT session_id, seq, at, until FROM (
        SELECT session_id, seq, type, at, lead(at) OVER (PARTITION BY session_id ORDER BY seq) AS until
        FROM ev WHERE type IN ('paused', 'resumed', 'escalated', 'ended')
    ) p WHERE type = 'paused'
),
dwell AS (
    SELECT v.node_id,
           extract(epoch FROM v.left_at - v.at)
           - coalesce(sum(extract(epoch FROM least(p.until, v.left_at) - p.at)), 0) AS seconds
    FROM visits v
    LEFT JOIN pauses p ON p.session_id = v.session_id AND p.seq > v.seq AND p.seq < v.left_seq
    WHERE v.node_id IS NOT NULL AND v.left_at IS NOT NULL
    GROUP BY v.session_id, v.seq, v.node_id, v.at, v.left_at
),
final AS (
    SELECT DISTINCT ON (session_id) session_id, type, payload->>'outcome' AS outcome, payload->>'node_id' AS node_id
    FROM ev WHERE type IN ('escalated', 'taken_over', 'ended')
    ORDER BY session_id, seq DESC
)
SELECT 'visits' AS part, node_id, NULL AS key, count(*) AS n, count(DISTINCT session_id) AS m, NULL::float8 AS x
FROM (
    SELECT session_id, node_id FROM visits WHERE counted AND node_id IS NOT NULL
    UNION ALL
    SELECT session_id, payload->>'node_id' FROM ev WHERE type = 'step_completed'
) entered GROUP BY node_id
UNION ALL
SELECT 'dwell', node_id, NULL, count(*), NULL, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds)
FROM dwell GROUP BY node_id
UNION ALL
SELECT 'answer', payload->>'node_id', payload->>'answer', count(*), NULL, NULL
FROM ev WHERE type = 'answered' OR (type = 'step_completed' AND payload->>'answer' IS NOT NULL) GROUP BY 2, 3
UNION ALL
SELECT 'result', payload->>'node_id', payload->>'result', count(*), NULL, NULL
FROM ev WHERE type IN ('action_done', 'step_completed') GROUP BY 2, 3
UNION ALL
SELECT 'final', node_id, CASE type WHEN 'ended' THEN outcome WHEN 'escalated' THEN 'escalated' ELSE 'open' END,
       count(*), NULL, NULL
FROM final GROUP BY 2, 3
UNION ALL
SELECT 'sessions', NULL, NULL, count(*), NULL, NULL FROM runs
""")

CLOSED_OUTCOMES = ("resolved", "escalated", "unresolved", "abandoned")


@dataclass
class _NodeFigures:
    visits: int = 0
    sessions: int = 0
    timed: int = 0
    median: float | None = None
    answers: dict[int, int] = field(default_factory=dict)
    results: dict[str, int] = field(default_factory=dict)
    ended: dict[str, int] = field(default_factory=dict)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def flow_insights(db: AsyncSession, scope: TeamScope, flow_id: uuid.UUID, version: int | None) -> FlowInsightsOut:
    """Insights of a published version of a team's flow (the latest when `version` is None)."""
    flow: Flow = await get_flow(db, scope, flow_id)
    if version is None:
        if flow.latest_version == 0:
            raise FlowNotPublished("The flow has no published version yet, so no sessions either.")
        version = flow.latest_version
    graph = await GRAPHS.get(db, flow.id, version)  # version_not_found (404) for a version never published
    params = {"team_id": scope.team_id, "flow_id": flow.id, "version": version}
    rows = (await db.execute(INSIGHTS_SQL, params)).all()
    return _assemble(flow, version, graph, rows)


def _assemble(flow: Flow, version: int, graph: FlowGraph, rows: Any) -> FlowInsightsOut:
    nodes: defaultdict[str, _NodeFigures] = defaultdict(_NodeFigures)
    finals: dict[str, int] = defaultdict(int)
    total = 0
    for part, node_id, key, n, m, x in rows:
        if part == "sessions":
            total = n
            continue
        if part == "final":
            finals[key] += n
            if key != "open" and node_id is not None:
                nodes[node_id].ended[key] = nodes[node_id].ended.get(key, 0) + n
            continue
        figures = nodes[node_id]
        if part == "visits":
            figures.visits, figures.sessions = n, m
        elif part == "dwell":
            figures.timed, figures.median = n, round(x, 3)
        elif part == "answer":
            figures.answers[int(key)] = n
        elif part == "result":
            figures.results[key] = n

    closed = sum(finals[outcome] for outcome in CLOSED_OUTCOMES)
    outcomes = OutcomesOut(
        sessions=total,
        open=total - closed,
        closed=closed,
        **{outcome: finals[outcome] for outcome in CLOSED_OUTCOMES},
        **{f"{outcome}_rate": _share(finals[outcome], closed) for outcome in CLOSED_OUTCOMES},
    )
    order = list(graph.nodes) + sorted(set(nodes) - set(graph.nodes))
    node_out = [_node_out(graph, node_id, nodes.get(node_id, _NodeFigures())) for node_id in order]
    abandoned = finals["abandoned"]
    points = sorted(
        ((node.node_id, node.title, node.ended_here.abandoned) for node in node_out if node.ended_here.abandoned),
        key=lambda point: (-point[2], point[0]),
    )
    return FlowInsightsOut(
        flow_id=flow.id,
        flow_title=flow.title,
        version=version,
        latest_version=flow.latest_version,
        outcomes=outcomes,
        nodes=node_out,
        abandoned_at=[
            AbandonPointOut(node_id=node_id, title=title, sessions=n, share=n / abandoned)
            for node_id, title, n in points
        ],
    )


def _node_out(graph: FlowGraph, node_id: str, figures: _NodeFigures) -> NodeInsightOut:
    node = graph.nodes.get(node_id)
    given = sum(figures.answers.values())
    answers = []
    if node is not None:
        answers = [
            AnswerInsightOut(
                index=index,
                label=option.label,
                target=option.target,
                chosen=figures.answers.get(index, 0),
                share=_share(figures.answers.get(index, 0), given),
            )
            for index, option in enumerate(node.answers)
        ]
    known = {answer.index for answer in answers}
    answers += [
        AnswerInsightOut(index=index, label=f"#{index}", target=None, chosen=n, share=_share(n, given))
        for index, n in sorted(figures.answers.items())
        if index not in known
    ]
    # Checklists close every kind of step with a result: only actions report theirs.
    is_action = node.kind == "action" if node is not None else bool(figures.results)
    return NodeInsightOut(
        node_id=node_id,
        title=None if node is None else node.title,
        kind=None if node is None else node.kind,
        visits=figures.visits,
        sessions=figures.sessions,
        timed_visits=figures.timed,
        median_seconds=figures.median,
        answers=answers,
        results=ResultsOut(**figures.results) if is_action else None,
        ended_here=EndedHereOut(**figures.ended),
    )
