"""The offline provider: every copilot feature answered from the team's own data, with no model and no
network. Pure functions over facts the service gathers (history, the log, retrieved sources).

- Next step: past sessions' answers at this node (resolved sessions count double), smoothed towards
  the answer that leads closest to a resolution in the graph, never the answer the engineer just went
  back from.
- Summary and briefing: templates over the log.
- Chat: the retrieved flows, steps and resolved sessions, cited; "I don't know" when nothing matches.
- Flow builder: a runbook's lines as steps (questions where a line asks), ending in a resolution and
  an escalation; always valid.
- Flywheel proposals: the cluster's common flow, end node and note words.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.copilot.history import NodeHistory, Trail
from app.copilot.retrieval import Source, keywords
from app.copilot.schemas import ModelBriefing, ModelProposal, ModelProposalStep, SuggestedAction
from app.flows.graph import Graph, Node
from app.sessions.events import (
    ActionDone,
    Answered,
    Ended,
    Escalated,
    InputCaptured,
    NoteAdded,
    OutputPasted,
    SessionStatus,
    TakenOver,
    WentBack,
)
from app.sessions.schemas import Briefing, SessionOut
from app.sessions.state import Event, FlowGraph

LABEL = "offline"
RESOLVED_WEIGHT = 1.0
OTHER_WEIGHT = 0.5
# Pseudo-counts given to the answer that leads closest to a resolution (the rest share none).
PRIOR_WEIGHT = 1.5
# The answer the engineer just went back from keeps a sliver of its score and goes last.
UNDONE_FACTOR = 0.05


@dataclass(frozen=True)
class RankedAnswer:
    index: int
    label: str
    target: str
    score: float
    share: float | None  # how often past sessions chose it; None without history
    distance: int | None  # steps from its target to a resolution


def rank_answers(
    node: Node, history: NodeHistory, distances: dict[str, int], undone: str | None = None
) -> list[RankedAnswer]:
    """The node's answers, most likely to help first."""
    reachable = [distances.get(answer.target) for answer in node.answers]
    best = min((d for d in reachable if d is not None), default=None)
    ranked = []
    for index, answer in enumerate(node.answers):
        distance = distances.get(answer.target)
        score = RESOLVED_WEIGHT * history.resolved[answer.label] + OTHER_WEIGHT * history.other[answer.label]
        if best is not None and distance == best:
            score += PRIOR_WEIGHT
        if undone is not None and answer.label == undone:
            score *= UNDONE_FACTOR
        ranked.append(RankedAnswer(index, answer.label, answer.target, score, history.share(answer.label), distance))
    return sorted(ranked, key=lambda item: (item.label == undone, -item.score, item.index))


@dataclass(frozen=True)
class OfflineSuggestion:
    action: SuggestedAction
    answer: RankedAnswer | None
    alternatives: list[RankedAnswer]
    confidence: float
    rationale: str


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def suggest(
    graph: FlowGraph, node: Node, history: NodeHistory, distances: dict[str, int], trail: Trail
) -> OfflineSuggestion:
    if node.kind == "question" and node.answers:
        ranked = rank_answers(node, history, distances, trail.undone_answer)
        top, rest = ranked[0], ranked[1:]
        total = sum(item.score for item in ranked)
        confidence = round(top.score / total, 2) if total else round(1 / len(ranked), 2)
        target = graph.nodes[top.target].title if top.target in graph.nodes else top.target
        parts = []
        if history.total:
            resolved = history.resolved[top.label]
            parts.append(
                f"In {history.count(top.label)} of {history.total} past sessions at this step the team answered "
                f"“{top.label}”, {resolved} of them in sessions that were resolved."
            )
        else:
            parts.append("No past session of the team reached this step yet.")
        if top.distance is not None:
            steps = "step" if top.distance == 1 else "steps"
            parts.append(f"It leads to “{target}”, {top.distance} {steps} from a resolution.")
        if trail.undone_answer and trail.undone_answer != top.label:
            parts.append(f"You went back from “{trail.undone_answer}” here, so it is not suggested again.")
        return OfflineSuggestion("answer", top, rest[:3], confidence, " ".join(parts))
    if node.kind == "action":
        done, failed = history.count("done"), history.count("failed")
        if history.total:
            rationale = (
                f"Do “{node.title}”. In past sessions it was done {_times(done)} and failed {_times(failed)} "
                f"out of {history.total}."
            )
            confidence = round(done / history.total, 2)
        else:
            rationale, confidence = f"Do “{node.title}”; no past session reached it yet.", 0.5
        if node.expected_result:
            rationale += f" Expected: {node.expected_result}"
        return OfflineSuggestion("do_action", None, [], confidence, rationale)
    if node.kind == "input" and node.input is not None:
        rationale = f"Capture `{node.input.variable}` ({node.title}): later steps and the ticket note use it."
        return OfflineSuggestion("capture_input", None, [], 0.9, rationale)
    if node.kind == "escalation":
        return OfflineSuggestion(
            "escalate", None, [], 0.9, f"The flow ends here in an escalation: {node.title}. Hand it over with a reason."
        )
    return OfflineSuggestion(
        "end_resolved", None, [], 0.9, f"The flow reached a resolution: {node.title}. Confirm with the user and end."
    )


# --- summary -------------------------------------------------------------------------------


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


OUTCOME_WORDS = {
    SessionStatus.RESOLVED: "Resolved",
    SessionStatus.UNRESOLVED: "Not resolved",
    SessionStatus.ABANDONED: "Abandoned",
    SessionStatus.ESCALATED: "Escalated",
    SessionStatus.ACTIVE: "In progress",
    SessionStatus.PAUSED: "Paused",
}


def _story_lists(events: Sequence[Event], title: Callable[[str], str]) -> tuple[list[str], list[str], list[str]]:
    """What was checked (answers, going back), done (actions) and found (inputs, notes, escalations)."""
    checked: list[str] = []
    done: list[str] = []
    found: list[str] = []
    for event in events:
        match event.payload:
            case Answered(node_id=node_id, label=label):
                checked.append(f"{title(node_id).rstrip('?')}: {label}")
            case ActionDone(node_id=node_id, result=result):
                done.append(title(node_id) if result == "done" else f"{title(node_id)} ({result})")
            case InputCaptured(variable=variable, value=value) if value is not None:
                found.append(f"{variable} = {value}")
            case NoteAdded(text=text):
                found.append(_short(text, 160))
            case WentBack(to_node=to_node):
                checked.append(f"went back to {title(to_node)}")
            case Escalated(reason=reason):
                found.append(f"escalated: {_short(reason, 160)}")
    return checked, done, found


def _listed(label: str, items: list[str], limit: int) -> list[str]:
    if not items:
        return []
    return [f"{label}: " + "; ".join(items[:limit]) + ("; …" if len(items) > limit else "") + "."]


def summary(session: SessionOut, events: Sequence[Event], graph: FlowGraph | None) -> str:
    """A short, factual ticket summary from the log (the caller redacts it)."""

    def title(node_id: str) -> str:
        return graph.nodes[node_id].title if graph is not None and node_id in graph.nodes else node_id

    about = [part for part in (session.client_name, session.target) if part]
    checked, done, found = _story_lists(events, title)
    lines = [f"{session.flow.title}" + (f" ({', '.join(about)})" if about else "") + "."]
    lines += _listed("Checked", checked, 8) + _listed("Done", done, 8) + _listed("Found", found, 5)
    outcome = OUTCOME_WORDS.get(session.status, session.status.value.capitalize())
    if session.summary:
        lines.append(f"Outcome: {outcome}. {_short(session.summary, 400)}")
    elif session.current is not None:
        lines.append(f"Outcome: {outcome}, at “{session.current.title}”.")
    else:
        lines.append(f"Outcome: {outcome}.")
    return "\n".join(lines)


# --- briefing ------------------------------------------------------------------------------


def briefing(
    session: SessionOut, package: Briefing, events: Sequence[Event], next_step: str | None, similar: Sequence[Source]
) -> ModelBriefing:
    tried = len(package.tried)
    failed = [step.title for step in package.tried if step.type == "action_done" and step.detail == "failed"]
    minutes = max(0, round((session.last_event_at - session.started_at).total_seconds() / 60))
    parts = [f"{tried} step(s) tried on “{session.flow.title}” over {minutes} min"]
    if failed:
        parts.append(f"{len(failed)} failed ({'; '.join(failed[:3])})")
    if package.escalation is not None:
        parts.append(f"escalated ({package.escalation.urgency}): {_short(package.escalation.reason, 200)}")
    notes = [finding.text for finding in package.found if finding.type == "note"]
    likely = None
    if failed:
        likely = f"The failing step “{failed[-1]}” is the most likely place of the fault."
    elif notes:
        likely = f"Last note: {_short(notes[-1], 200)}"
    steps = [next_step] if next_step else []
    steps += [f"Compare with resolved session “{source.title}” ({source.link})" for source in similar[:2]]
    return ModelBriefing(
        summary=_short("; ".join(parts) + ".", 2000),
        likely_cause=likely,
        next_steps=[_short(step, 300) for step in steps][:6],
        open_questions=[_short(question, 300) for question in package.open_questions][:6],
    )


# --- chat ----------------------------------------------------------------------------------

UNKNOWN = (
    "I don't know: nothing in the team's flows, library steps or resolved sessions matches this question. "
    "Try other words, or build a flow for it."
)


def chat_answer(question: str, sources: Sequence[Source]) -> str:
    if not sources:
        return UNKNOWN
    kinds = {"flow": "Flow", "step": "Library step", "session": "Resolved session"}
    lines = ["From the team's knowledge (offline answer: retrieval, no language model):", ""]
    for n, source in enumerate(sources, 1):
        lines.append(f"{n}. **{kinds[source.type]}: {source.title}** [{n}] — {_short(source.snippet, 220)}")
    if sources[0].type == "flow":
        lines += ["", f"Start with the flow “{sources[0].title}” [1]: it guides you step by step."]
    return "\n".join(lines)


# --- flow builder --------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)]|step\s+\d+[:.)]?)\s*", re.IGNORECASE)
_CODE = re.compile(r"`([^`]+)`")
MAX_STEPS = 30
# Node bodies are limited to 64 KiB of UTF-8: at most 4 bytes a character.
MAX_BODY_CHARS = 16_000


def _slug(text: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "step"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


def _lines(description: str, runbook: str | None) -> list[str]:
    source = runbook if runbook and runbook.strip() else description
    lines: list[str] = []
    in_code = False
    for raw in source.splitlines():
        if raw.strip().startswith("```"):
            in_code = not in_code
            continue
        line = _BULLET.sub("", raw).strip()
        if in_code and lines and line:
            lines[-1] += f"\n`{line}`"
            continue
        if len(line) >= 3:
            lines.append(line)
    if len(lines) <= 1:
        # Prose: one step per sentence.
        lines = [part.strip() for part in re.split(r"(?<=[.?!])\s+", " ".join(lines) or description) if part.strip()]
    return lines[:MAX_STEPS]


def build_flow(title: str, description: str, runbook: str | None) -> Graph:
    """A valid draft graph: one step per runbook line (a question where the line asks: Yes leads on,
    No to the escalation), then "Is the problem solved?" leading to a resolution or the escalation."""
    used = {"check", "resolved", "escalate"}
    nodes: list[dict[str, object]] = []
    edges: list[dict[str, str]] = []
    steps = _lines(description, runbook)
    ids = [_slug(line.split("\n")[0][:60], used) for line in steps]
    for position, (node_id, line) in enumerate(zip(ids, steps, strict=True)):
        following = ids[position + 1] if position + 1 < len(ids) else "check"
        first, *rest = line.split("\n")
        commands = [{"shell": "powershell", "text": code[:8000]} for code in _CODE.findall(line)][:20]
        heading = _short(_CODE.sub(lambda match: match[1], first), 200) or f"Step {position + 1}"
        if first.rstrip().endswith("?"):
            answers = [{"label": "Yes", "target": following}, {"label": "No", "target": "escalate"}]
            nodes.append(
                {"id": node_id, "kind": "question", "title": heading, "body": "\n".join(rest), "answers": answers}
            )
        else:
            body = line[:MAX_BODY_CHARS]
            nodes.append({"id": node_id, "kind": "action", "title": heading, "body": body, "commands": commands})
            edges.append({"source": node_id, "target": following})
    nodes += [
        {
            "id": "check",
            "kind": "question",
            "title": "Is the problem solved?",
            "answers": [{"label": "Yes", "target": "resolved"}, {"label": "No", "target": "escalate"}],
        },
        {"id": "resolved", "kind": "resolution", "title": _short(f"{title}: resolved", 200)},
        {"id": "escalate", "kind": "escalation", "title": "Escalate with what was tried", "body": description[:4000]},
    ]
    return Graph.model_validate({"start": ids[0] if ids else "check", "nodes": nodes, "edges": edges})


# --- flywheel ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClusterFacts:
    """What the flywheel knows of one cluster of sessions."""

    flow_titles: Counter[str]
    end_nodes: Counter[str]  # titles of the nodes where they ended or were escalated
    outcomes: Counter[str]
    notes: list[str]
    anchor_title: str | None  # a branch: the question it hangs off


def proposal(facts: ClusterFacts, kind: str) -> ModelProposal:
    flow_title, _ = facts.flow_titles.most_common(1)[0]
    end_title = facts.end_nodes.most_common(1)[0][0] if facts.end_nodes else None
    words = Counter(word for note in facts.notes for word in keywords(note) if not word.isdigit() and len(word) > 3)
    common = [word for word, n in words.most_common(6) if n > 1]
    size = sum(facts.outcomes.values())
    outcome_text = ", ".join(f"{n} {outcome}" for outcome, n in facts.outcomes.most_common())
    pattern = f" ({', '.join(common)})" if common else ""
    if kind == "new_branch" and facts.anchor_title:
        title = _short(f"{flow_title}: another path at “{facts.anchor_title}”{pattern}", 200)
    else:
        title = _short(f"New flow: {flow_title} cases the library does not cover{pattern}", 200)
    description = (
        f"{size} similar sessions ({outcome_text}) on “{flow_title}”"
        + (f" ended at “{end_title}”" if end_title else "")
        + ". "
        + ("Their notes keep mentioning: " + ", ".join(common) + ". " if common else "")
        + "Review the evidence and describe the fix that worked, if any."
    )
    steps = [
        ModelProposalStep(
            kind="question", title=_short(f"Does the case match: {', '.join(common[:3]) or flow_title}?", 200), body=""
        ),
    ]
    for note in facts.notes[:3]:
        steps.append(ModelProposalStep(kind="action", title=_short(f"Check: {note}", 200), body=note[:2000]))
    if len(steps) == 1:
        steps.append(
            ModelProposalStep(kind="action", title="Describe the fix", body="Fill in what resolved these cases.")
        )
    return ModelProposal(title=title, description=_short(description, 2000), steps=steps[:8])


def session_story(
    flow_title: str, status: str, events: Iterable[Event], graph: FlowGraph | None, ended_at: datetime | None
) -> tuple[str, list[str], str | None]:
    """The text a session is embedded and clustered by, its notes, and the node it ended at."""

    def title(node_id: str) -> str:
        return graph.nodes[node_id].title if graph is not None and node_id in graph.nodes else node_id

    parts = [flow_title, status]
    notes: list[str] = []
    end_node: str | None = None
    for event in events:
        match event.payload:
            case Answered(node_id=node_id, label=label):
                parts.append(f"{title(node_id)} {label}")
            case ActionDone(node_id=node_id, result=result) if result != "done":
                parts.append(f"{title(node_id)} {result}")
            case NoteAdded(text=text):
                notes.append(_short(text, 300))
            case OutputPasted(output=output):
                parts.append(_short(output, 200))
            case Escalated(node_id=node_id, reason=reason):
                end_node = node_id
                parts.append(f"escalated {reason}")
            case Ended(node_id=node_id, summary=text):
                end_node = end_node or node_id
                parts.append(_short(text, 300))
            case WentBack(to_node=to_node):
                parts.append(f"back to {title(to_node)}")
            case TakenOver():
                pass
    return "\n".join([*parts, *notes])[:4000], notes, end_node
