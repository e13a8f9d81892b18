"""What the team's past sessions say about a step, and where a session stands: the facts the offline
provider answers from and the routing rule looks at. Pure functions plus one SQL statement.

Answer statistics are per node of a flow across its versions (node ids and answer labels are stable
across versions), split by how each session ended, from the session log itself.
"""

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tenancy import TeamScope
from app.sessions.events import ActionDone, Answered, InputCaptured, Started, WentBack
from app.sessions.state import Event, FlowGraph

NODE_HISTORY_SQL = text("""
SELECT e.type, coalesce(e.payload->>'label', e.payload->>'result') AS choice, s.status, count(*) AS n
FROM sessions s
JOIN session_events e ON e.session_id = s.id
WHERE s.team_id = :team_id AND s.flow_id = :flow_id AND s.id <> :exclude
  AND e.type IN ('answered', 'action_done') AND e.payload->>'node_id' = :node_id
GROUP BY 1, 2, 3
""")


@dataclass
class NodeHistory:
    """How past sessions left one node: answer labels (questions) or results (actions), by outcome."""

    resolved: Counter[str] = field(default_factory=Counter)
    other: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.resolved.values()) + sum(self.other.values())

    def count(self, choice: str) -> int:
        return self.resolved[choice] + self.other[choice]

    def share(self, choice: str) -> float | None:
        return self.count(choice) / self.total if self.total else None

    def top_share(self) -> float | None:
        if not self.total:
            return None
        return max(self.count(choice) for choice in {*self.resolved, *self.other}) / self.total

    def add(self, choice: str, resolved: bool, n: int = 1) -> None:
        (self.resolved if resolved else self.other)[choice] += n


async def node_history(
    db: AsyncSession, scope: TeamScope, flow_id: uuid.UUID, node_id: str, exclude: uuid.UUID
) -> NodeHistory:
    params = {"team_id": scope.team_id, "flow_id": flow_id, "node_id": node_id, "exclude": exclude}
    history = NodeHistory()
    for row in await db.execute(NODE_HISTORY_SQL, params):
        if row.choice is not None:
            history.add(row.choice, row.status == "resolved", row.n)
    return history


# --- where a session stands ----------------------------------------------------------------


@dataclass(frozen=True)
class Trail:
    """What the log says about the way the engineer went."""

    forward_visits: Mapping[str, int]  # entries into each node by moving forward (answers, actions, inputs)
    went_back: int
    failed_steps: int
    escalated_before: bool
    # The answer the engineer went back from at the current node (they are unlikely to want it again).
    undone_answer: str | None
    events: int
    text_chars: int


def trail(events: Iterable[Event], current_node: str) -> Trail:
    visits: Counter[str] = Counter()
    went_back = failed = chars = count = 0
    escalated = False
    undone: str | None = None
    last_left: dict[str, str] = {}
    for event in events:
        count += 1
        payload = event.payload
        undone = (
            None if payload.type not in ("note", "output_pasted", "copilot_suggested", "copilot_accepted") else undone
        )
        match payload:
            case Started(node_id=node_id):
                visits[node_id] += 1
            case Answered(node_id=node_id, label=label, target=target):
                last_left[node_id] = label
                visits[target] += 1
            case ActionDone(result=result, next_node=next_node, output=output):
                visits[next_node] += 1
                failed += result == "failed"
                chars += len(output or "")
            case InputCaptured(next_node=next_node):
                visits[next_node] += 1
            case WentBack(to_node=to_node):
                went_back += 1
                undone = last_left.get(to_node)
        if payload.type in ("note", "output_pasted"):
            chars += len(getattr(payload, "text", "") or getattr(payload, "output", "") or "")
        if payload.type == "escalated":
            escalated = True
    return Trail(
        forward_visits=dict(visits),
        went_back=went_back,
        failed_steps=failed,
        escalated_before=escalated,
        undone_answer=undone,
        events=count,
        text_chars=chars,
    )


def revisits(trail_: Trail) -> int:
    """Nodes entered more than once by moving forward: the engineer is going round a loop."""
    return sum(1 for visits in trail_.forward_visits.values() if visits > 1)


def loop_warning(trail_: Trail, graph: FlowGraph | None, current_node: str) -> str | None:
    here = trail_.forward_visits.get(current_node, 0)
    worst_node, worst = max(trail_.forward_visits.items(), key=lambda item: (item[1], item[0]), default=("", 0))

    def title(node_id: str) -> str:
        return graph.nodes[node_id].title if graph is not None and node_id in graph.nodes else node_id

    if here >= 2:
        return (
            f"You are at “{title(current_node)}” for the {_ordinal(here)} time: the same steps are not "
            "changing the outcome. Consider another answer, a different check, or escalating."
        )
    if worst >= 3:
        return f"“{title(worst_node)}” was reached {worst} times in this session: you may be going in circles."
    if trail_.went_back >= 3:
        return f"You went back {trail_.went_back} times: the flow may not cover this case; consider escalating."
    return None


def _ordinal(n: int) -> str:
    return {2: "2nd", 3: "3rd"}.get(n, f"{n}th")
