"""A session's documentation, rendered from its log: Markdown, plain text, HTML and a PSA note.

Pure: no database, no HTTP. `build()` turns a `SessionLog` into a `Document` (header, for a
checklist session its checklist by section with who did what and the notes and evidence of each
step, timeline, outcome, next steps) that still holds the original text; `redact()` passes every text of it
through one `RedactionDocument`, so `[IP-1]` is the same address everywhere in one export; the
renderers only format. `export()` does all three.

Speed: redaction costs about 30 µs per call whatever the text's length, so the document's distinct
texts are joined (with a separator no detector matches across) and redacted in a few large calls,
and the hidden spans mapped back onto each text. A span that does cross a separator (a team's own
pattern can match anything) is hidden in both texts: redaction never lets text through.

HTML is built directly with every value escaped; only Markdown the engineer wrote (notes, the
resolution summary) goes through markdown-it (raw HTML off) and then nh3, which keeps a small
allow-list of tags and drops images (the page loads nothing from outside).
"""

import base64
import hashlib
import html
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

import nh3
from markdown_it import MarkdownIt

from app.flows.validation import VARIABLE_REFERENCE
from app.redaction.engine import MAX_TEXT_CHARS, RedactionDocument
from app.sessions.events import (
    ActionDone,
    Answered,
    CopilotAccepted,
    CopilotSuggested,
    Ended,
    Escalated,
    InputCaptured,
    InputValue,
    NoteAdded,
    OutputPasted,
    Paused,
    Resumed,
    SessionStatus,
    Started,
    StepAssigned,
    StepCompleted,
    StepNoted,
    StepReopened,
    TakenOver,
    WentBack,
)
from app.sessions.state import Event, FlowGraph

if TYPE_CHECKING:  # service.py imports this module; the log type is only needed for annotations
    from app.sessions.schemas import ChecklistOut
    from app.sessions.service import SessionLog

# ConnectWise stores internal notes in a text field with no documented limit, but very large notes
# make the ticket screen slow; a note stays within this, the timeline cut first.
PSA_NOTE_MAX_CHARS = 30_000
# Command output in a PSA note is cut to this many characters per entry (exports keep it whole).
PSA_OUTPUT_MAX_CHARS = 1_500


class DocumentFormat(StrEnum):
    MD = "md"
    TXT = "txt"
    HTML = "html"
    PSA = "psa"


MEDIA_TYPES = {
    DocumentFormat.MD: "text/markdown; charset=utf-8",
    DocumentFormat.TXT: "text/plain; charset=utf-8",
    DocumentFormat.HTML: "text/html; charset=utf-8",
    DocumentFormat.PSA: "text/plain; charset=utf-8",
}
_EXTENSIONS = {
    DocumentFormat.MD: "md",
    DocumentFormat.TXT: "txt",
    DocumentFormat.HTML: "html",
    DocumentFormat.PSA: "psa-note.txt",
}


def psa_marker(session_id: uuid.UUID) -> str:
    """The first line of every PSA note of a session: finding it on a ticket makes pushes idempotent."""
    return f"[ResolutionFlow session {session_id}]"


# --- the document ---------------------------------------------------------------------------


# Not frozen: a frozen dataclass's __init__ costs several times more, and a document has thousands.
@dataclass(slots=True)
class Block:
    """Text under a timeline entry: command output (`code`), or Markdown the engineer wrote."""

    kind: Literal["code", "markdown"]
    label: str  # fixed vocabulary, never user text
    text: str


@dataclass(slots=True)
class Entry:
    seq: int
    at: datetime
    verb: str  # fixed vocabulary: "Asked", "Done", "Late note", ...
    subject: str | None = None  # a node title, an answer, a reason (user or flow text)
    detail: str | None = None
    blocks: tuple[Block, ...] = ()
    late: bool = False
    undone: bool = False  # a step later undone by going back (still shown: the log is honest)
    by: str | None = None  # checklists: who did it (a member's name)


@dataclass(slots=True)
class ChecklistItem:
    """A step of a checklist session as it stands, with the notes and evidence attached to it."""

    mark: str  # fixed vocabulary: "done", "failed", "skipped", "open", "n/a"
    title: str
    detail: str | None = None  # the answer or captured value; why it does not apply
    by: str | None = None
    at: datetime | None = None
    assignee: str | None = None
    due_at: datetime | None = None
    blocks: tuple[Block, ...] = ()


@dataclass(slots=True)
class ChecklistPart:
    name: str | None
    sequential: bool
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class Document:
    session_id: uuid.UUID
    title: str
    flow_version: int | None
    ticket: str | None
    client: str | None
    target: str | None
    engineer: str
    status: SessionStatus
    started_at: datetime
    ended_at: datetime | None
    last_event_at: datetime
    entries: tuple[Entry, ...]
    summary: str | None  # Markdown
    next_steps: tuple[str, ...]
    redactions: int = 0
    checklist: tuple[ChecklistPart, ...] | None = None
    progress: str | None = None  # checklists: "12 of 20 steps closed (60 %) ..." (fixed vocabulary)
    ticket_summary: str | None = None  # Markdown: FlowPilot's summary for the ticket, as edited

    def texts(self) -> Iterator[str]:
        """Every text of the document that may hold something to hide."""
        yield self.title
        yield self.engineer
        for text in (self.ticket, self.client, self.target, self.summary, self.ticket_summary):
            if text:
                yield text
        yield from self.next_steps
        for entry in self.entries:
            if entry.subject:
                yield entry.subject
            if entry.detail:
                yield entry.detail
            if entry.by:
                yield entry.by
            for block in entry.blocks:
                yield block.text
        yield from self._checklist_texts()

    def _checklist_texts(self) -> Iterator[str]:
        for part in self.checklist or ():
            if part.name:
                yield part.name
            for item in part.items:
                yield item.title
                yield from (text for text in (item.detail, item.by, item.assignee) if text)
                yield from (block.text for block in item.blocks)

    def mapped(self, f: Callable[[str], str], redactions: int) -> "Document":
        def opt(text: str | None) -> str | None:
            return None if text is None else f(text)

        def blocks_of(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
            if blocks:
                texts = [f(block.text) for block in blocks]
                if any(text is not block.text for text, block in zip(texts, blocks, strict=True)):
                    return tuple(Block(b.kind, b.label, text) for b, text in zip(blocks, texts, strict=True))
            return blocks

        def entry_of(entry: Entry) -> Entry:
            # Most entries hide nothing: they are kept as they are (`f` returns such texts themselves).
            subject, detail, by = opt(entry.subject), opt(entry.detail), opt(entry.by)
            blocks = blocks_of(entry.blocks)
            if subject is entry.subject and detail is entry.detail and by is entry.by and blocks is entry.blocks:
                return entry
            return Entry(entry.seq, entry.at, entry.verb, subject, detail, blocks, entry.late, entry.undone, by)

        def item_of(item: ChecklistItem) -> ChecklistItem:
            return replace(
                item,
                title=f(item.title),
                detail=opt(item.detail),
                by=opt(item.by),
                assignee=opt(item.assignee),
                blocks=blocks_of(item.blocks),
            )

        entries = tuple(entry_of(entry) for entry in self.entries)
        checklist = None
        if self.checklist is not None:
            checklist = tuple(
                ChecklistPart(opt(part.name), part.sequential, tuple(item_of(item) for item in part.items))
                for part in self.checklist
            )
        return replace(
            self,
            title=f(self.title),
            engineer=f(self.engineer),
            ticket=opt(self.ticket),
            client=opt(self.client),
            target=opt(self.target),
            summary=opt(self.summary),
            ticket_summary=opt(self.ticket_summary),
            next_steps=tuple(f(step) for step in self.next_steps),
            entries=entries,
            redactions=redactions,
            checklist=checklist,
        )


def _as_text(value: InputValue) -> str:
    if value is None:
        return "(none)"
    return str(value).lower() if isinstance(value, bool) else str(value)


@dataclass
class _Builder:
    graph: FlowGraph | None
    names: Mapping[uuid.UUID, str]
    entries: list[Entry] = field(default_factory=list)
    variables: dict[str, InputValue] = field(default_factory=dict)
    # The path as the state machine walks it: nodes, and the entry that left each of them.
    path: list[str] = field(default_factory=list)
    left_by: list[int] = field(default_factory=list)
    undone: set[int] = field(default_factory=set)
    filled: dict[str, str] = field(default_factory=dict)  # for the current variables
    titles: dict[str, str] = field(default_factory=dict)  # checklist steps (their titles outlive the flow)
    step_variables: dict[str, str] = field(default_factory=dict)  # checklist input steps -> their variable

    def capture(self, variable: str, value: InputValue) -> None:
        if variable not in self.variables or self.variables[variable] != value:
            self.variables[variable] = value
            self.filled.clear()

    def fill(self, text: str) -> str:
        if "{{" not in text:
            return text
        found = self.filled.get(text)
        if found is None:
            variables = self.variables
            found = self.filled[text] = VARIABLE_REFERENCE.sub(
                lambda m: m[0] if variables.get(m[1]) is None else _as_text(variables[m[1]]), text
            )
        return found

    def title(self, node_id: str) -> str:
        node = None if self.graph is None else self.graph.nodes.get(node_id)
        return self.fill(self.titles.get(node_id, node_id) if node is None else node.title)

    def name(self, user_id: uuid.UUID | None, fallback: str) -> str:
        return fallback if user_id is None else self.names.get(user_id, fallback)

    def step(self, entry: Entry, to_node: str) -> None:
        self.left_by.append(len(self.entries))
        self.path.append(to_node)
        self.entries.append(entry)

    def went_back(self, to_node: str) -> None:
        for index in range(len(self.path) - 2, -1, -1):
            if self.path[index] == to_node:
                self.undone.update(self.left_by[index:])
                del self.path[index + 1 :]
                del self.left_by[index:]
                return

    def commands(self, node_id: str) -> tuple[Block, ...]:
        node = None if self.graph is None else self.graph.nodes.get(node_id)
        if node is None:
            return ()
        return tuple(
            Block("code", f"Command ({command.label or command.shell})", self.fill(command.text))
            for command in node.commands
        )


_RESULT_VERBS = {"done": "Done", "failed": "Failed", "skipped": "Skipped"}


def _walk(b: _Builder, event: Event) -> bool:
    """Record an event that moves along the path; False for any other."""
    seq, at = event.seq, event.at
    match event.payload:
        case Started(node_id=node_id, flow_title=flow_title, flow_version=version):
            b.path.append(node_id)
            b.entries.append(Entry(seq, at, "Started", flow_title, f"version {version}"))
        case Answered(node_id=node_id, label=label, target=target):
            b.step(Entry(seq, at, "Asked", b.title(node_id), label), target)
        case ActionDone(node_id=node_id, result=result, output=output, next_node=next_node):
            blocks = b.commands(node_id) if result != "skipped" else ()
            if output:
                blocks = (*blocks, Block("code", "Output", output))
            b.step(Entry(seq, at, _RESULT_VERBS[result], b.title(node_id), blocks=blocks), next_node)
        case InputCaptured(node_id=node_id, variable=variable, value=value, next_node=next_node):
            b.capture(variable, value)
            b.step(Entry(seq, at, "Captured", b.title(node_id), f"{variable} = {_as_text(value)}"), next_node)
        case WentBack(from_node=from_node, to_node=to_node):
            b.went_back(to_node)
            b.entries.append(Entry(seq, at, "Went back", b.title(from_node), f"back to {b.title(to_node)}"))
        case _:
            return False
    return True


def _entry(b: _Builder, event: Event) -> Entry | None:
    """The entry of an event that does not move along the path."""
    seq, at = event.seq, event.at
    match event.payload:
        case NoteAdded(text=text, late=late):
            verb = "Late note" if late else "Note"
            return Entry(seq, at, verb, blocks=(Block("markdown", "Note", text),), late=late)
        case OutputPasted(node_id=node_id, output=output, command=command):
            blocks = (Block("code", "Command", command),) if command else ()
            return Entry(seq, at, "Pasted output", b.title(node_id), blocks=(*blocks, Block("code", "Output", output)))
        case Paused(reason=reason):
            return Entry(seq, at, "Paused", reason)
        case Resumed():
            return Entry(seq, at, "Resumed")
        case CopilotSuggested(suggestion=suggestion, confidence=confidence):
            confidence_text = None if confidence is None else f"confidence {confidence:.0%}"
            return Entry(seq, at, "FlowPilot suggested", suggestion, confidence_text)
        case CopilotAccepted(suggestion_seq=suggestion_seq, decision=decision):
            verb = "Accepted" if decision == "accepted" else "Dismissed"
            return Entry(seq, at, f"{verb} FlowPilot's suggestion", f"#{suggestion_seq}")
        case Escalated(to_user_id=to_user_id, reason=reason, urgency=urgency):
            to = b.name(to_user_id, "the team queue" if to_user_id is None else "a team member")
            return Entry(seq, at, f"Escalated ({urgency}) to", to, reason)
        case TakenOver():
            return Entry(seq, at, "Taken over by", b.name(event.author_id, "another engineer"))
        case Ended(outcome=outcome):
            return Entry(seq, at, "Ended", _OUTCOMES[SessionStatus(outcome)])
        case StepCompleted() | StepReopened() | StepAssigned() | StepNoted():
            return _step_entry(b, event)
    return None


def _step_blocks(note: str | None, output: str | None) -> tuple[Block, ...]:
    blocks = (Block("markdown", "Note", note),) if note else ()
    return (*blocks, Block("code", "Evidence", output)) if output else blocks


def _step_detail(payload: StepCompleted, b: _Builder) -> str | None:
    detail = payload.label
    if payload.variable is not None and payload.result == "done":
        detail = f"{payload.variable} = {_as_text(payload.value)}"
    if payload.ruled_out:
        ruled = ", ".join(b.title(node_id) for node_id in payload.ruled_out)
        detail = f"{detail}; no longer applies: {ruled}"
    return detail


def _step_entry(b: _Builder, event: Event) -> Entry:
    """A checklist event in the timeline; `by` names who did it (several engineers work a checklist)."""
    seq, at, by = event.seq, event.at, b.name(event.author_id, "an engineer")
    match event.payload:
        case StepCompleted(node_id=node_id, result=result, note=note, output=output) as payload:
            if payload.variable is not None:
                b.step_variables[node_id] = payload.variable
                b.capture(payload.variable, payload.value if result == "done" else None)
            detail = _step_detail(payload, b)
            return Entry(seq, at, _RESULT_VERBS[result], b.title(node_id), detail, _step_blocks(note, output), by=by)
        case StepReopened(node_id=node_id, reason=reason):
            if node_id in b.step_variables:
                b.capture(b.step_variables[node_id], None)
            return Entry(seq, at, "Reopened", b.title(node_id), reason, by=by)
        case StepAssigned(node_id=node_id, assignee_id=assignee_id, due_at=due_at):
            to = "nobody" if assignee_id is None else b.name(assignee_id, "a team member")
            due = "" if due_at is None else f", due {_timestamp(due_at)}"
            return Entry(seq, at, "Assigned", b.title(node_id), f"to {to}{due}", by=by)
        case StepNoted(node_id=node_id, text=text, output=output, late=late):
            verb = "Late note on" if late else "Note on"
            return Entry(seq, at, verb, b.title(node_id), blocks=_step_blocks(text, output), late=late, by=by)
    raise AssertionError(event.payload.type)


_MARKS = {"done": "done", "failed": "failed", "skipped": "skipped", "open": "open", "not_applicable": "n/a"}


def _checklist(log: "SessionLog", b: _Builder) -> tuple[ChecklistPart, ...] | None:
    """The checklist as it stands, each step with the notes and evidence attached to it over time."""
    checklist = log.session.checklist
    if checklist is None:
        return None
    b.variables, b.filled = dict(log.session.variables), {}  # titles as they read now
    attached: dict[str, list[Block]] = {}
    for event in log.events:
        match event.payload:
            case (
                StepCompleted(node_id=node_id, note=note, output=output)
                | StepNoted(node_id=node_id, text=note, output=output)
            ):
                attached.setdefault(node_id, []).extend(_step_blocks(note, output))
    parts = []
    for section in checklist.sections:
        items = []
        for step in section.steps:
            detail = step.answer
            if step.variable is not None and step.status == "done":
                detail = f"{step.variable} = {_as_text(step.value)}"
            if step.status == "not_applicable" and step.ruled_out_by:
                detail = f"ruled out by the answer to: {b.title(step.ruled_out_by)}"
            closed = step.status in ("done", "failed", "skipped")
            items.append(
                ChecklistItem(
                    mark=_MARKS[step.status],
                    title=b.fill(step.title),
                    detail=detail,
                    by=b.name(step.by_id, "an engineer") if closed and step.by_id else None,
                    at=step.at if closed else None,
                    assignee=None if step.assignee_id is None else b.name(step.assignee_id, "a team member"),
                    due_at=step.due_at,
                    blocks=tuple(attached.get(step.node_id, ())),
                )
            )
        parts.append(ChecklistPart(section.name, section.sequential, tuple(items)))
    return tuple(parts)


def _progress(log: "SessionLog") -> str | None:
    progress = log.session.progress
    if progress is None:
        return None
    text = (
        f"{progress.percent} %: {progress.done + progress.failed + progress.skipped} of {progress.applicable} steps "
        f"closed ({progress.done} done, {progress.failed} failed, {progress.skipped} skipped)"
    )
    return f"{text}, {progress.not_applicable} not applicable" if progress.not_applicable else text


def build(
    log: "SessionLog", names: Mapping[uuid.UUID, str] | None = None, ticket_summary: str | None = None
) -> Document:
    """The documentation of a session, from its log and its ticket summary if one was written
    (original text: redact before it leaves)."""
    session = log.session
    b = _Builder(log.graph, names or {})
    if session.checklist is not None:
        b.titles = {step.node_id: step.title for section in session.checklist.sections for step in section.steps}
    for event in log.events:
        if not _walk(b, event):
            entry = _entry(b, event)
            if entry is not None:
                b.entries.append(entry)
    entries = [replace(e, undone=True) if i in b.undone else e for i, e in enumerate(b.entries)]
    return Document(
        session_id=session.id,
        title=session.flow.title,
        flow_version=session.flow.version,
        ticket=session.ticket_id,
        client=session.client_name,
        target=session.target,
        engineer=session.owner_name,
        status=session.status,
        started_at=session.started_at,
        ended_at=session.ended_at,
        last_event_at=session.last_event_at,
        entries=tuple(entries),
        summary=session.summary,
        next_steps=tuple(_next_steps(log, b)),
        checklist=_checklist(log, b),
        progress=_progress(log),
        ticket_summary=ticket_summary or None,
    )


_OUTCOMES = {
    SessionStatus.ACTIVE: "In progress",
    SessionStatus.PAUSED: "Paused",
    SessionStatus.RESOLVED: "Resolved",
    SessionStatus.ESCALATED: "Escalated",
    SessionStatus.UNRESOLVED: "Unresolved",
    SessionStatus.ABANDONED: "Abandoned",
}


def _next_steps(log: "SessionLog", b: _Builder) -> list[str]:
    session = log.session
    status = session.status
    if status == SessionStatus.RESOLVED:
        return []
    current = session.current.title if session.current is not None else b.title(session.current_node)
    steps: list[str] = []
    if status == SessionStatus.ESCALATED and session.escalation is not None:
        escalation = session.escalation
        to = b.name(escalation.to_user_id, "the team queue" if escalation.to_user_id is None else "a team member")
        steps.append(f"Waiting for {to} to take the session over ({escalation.urgency} urgency).")
        steps.append(f"Reason for escalating: {escalation.reason}")
        steps.append(f"Continue from: {current}")
    elif status == SessionStatus.UNRESOLVED:
        steps.append("The issue is not resolved: follow up with the client and agree on what comes next.")
        steps.append(f"The session stopped at: {current}")
    elif status == SessionStatus.ABANDONED:
        steps.append("The session was abandoned; start a new one if the issue persists.")
    elif session.checklist is not None:
        steps.append(f"In progress: {_progress(log)}.")
    else:
        steps.append(f"In progress; next step: {current}")
    if session.checklist is not None:
        return steps + _checklist_next_steps(session.checklist, b)
    for index, entry in enumerate(b.entries):
        if entry.verb in ("Failed", "Skipped") and index not in b.undone and entry.subject:
            steps.append(f"Revisit ({entry.verb.lower()}): {entry.subject}")
    return steps


def _checklist_next_steps(checklist: "ChecklistOut", b: _Builder, limit: int = 20) -> list[str]:
    steps = [step for section in checklist.sections for step in section.steps]
    failed = [f"Revisit (failed): {b.fill(step.title)}" for step in steps if step.status == "failed"]
    still_open = [f"Open: {b.fill(step.title)}" for step in steps if step.status == "open"]
    if len(still_open) > limit:
        still_open = [*still_open[:limit], f"... and {len(still_open) - limit} more open steps"]
    return failed + still_open


# --- redaction ------------------------------------------------------------------------------

# No detector matches across a NUL between blank lines (values stop at line ends, key material at
# characters that are not base64); a team's own pattern might, and is handled (see the module doc).
_SEPARATOR = "\n\n\x00\n\n"


def _redact_batch(batch: list[str], document: RedactionDocument, out: dict[str, tuple[str, int]]) -> None:
    joined = _SEPARATOR.join(batch)
    spans = document.redact(joined).spans
    if not spans:
        out.update((text, (text, 0)) for text in batch)
        return
    first = 0  # the first span that may touch the current text
    start = 0
    for text in batch:
        end = start + len(text)
        while first < len(spans) and spans[first].end <= start:
            first += 1
        parts: list[str] = []
        cursor, count, index = start, 0, first
        while index < len(spans) and spans[index].start < end:
            span = spans[index]
            parts += (joined[cursor : max(span.start, start)], span.replacement)
            cursor = min(span.end, end)
            count += 1
            index += 1
        if count:
            parts.append(joined[cursor:end])
            out[text] = ("".join(parts), count)
        else:
            out[text] = (text, 0)
        start = end + len(_SEPARATOR)


def redact_texts(texts: Iterable[str], document: RedactionDocument) -> dict[str, tuple[str, int]]:
    """Each distinct text -> (its redacted text, how many stretches were hidden in it)."""
    out: dict[str, tuple[str, int]] = {}
    batch: list[str] = []
    size = 0
    for text in dict.fromkeys(texts):
        if batch and size + len(text) + len(_SEPARATOR) > MAX_TEXT_CHARS:
            _redact_batch(batch, document, out)
            batch, size = [], 0
        batch.append(text)
        size += len(text) + len(_SEPARATOR)
    if batch:
        _redact_batch(batch, document, out)
    return out


def redact(doc: Document, document: RedactionDocument) -> Document:
    """The document with every text redacted through `document` (one per export)."""
    occurrences = Counter(doc.texts())
    redacted = redact_texts(occurrences, document)
    count = sum(redacted[text][1] * n for text, n in occurrences.items())
    return doc.mapped(lambda text: redacted[text][0], count)


# --- shared formatting ------------------------------------------------------------------------


def _utc(at: datetime) -> datetime:
    return at.astimezone(UTC)


def _timestamp(at: datetime) -> str:
    return _utc(at).strftime("%Y-%m-%d %H:%M:%S UTC")


def _clock_for(started: datetime) -> Callable[[datetime], str]:
    """Times of day on the day the session started, the full date on any later day."""
    day = _utc(started).date()

    def clock(at: datetime) -> str:
        at = _utc(at)
        time = f"{at.hour:02d}:{at.minute:02d}:{at.second:02d}"
        return time if at.date() == day else f"{at.date().isoformat()} {time}"

    return clock


def _duration(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    days, seconds = divmod(seconds, 86_400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    if days:
        return f"{days} d {hours} h {minutes:02d} min"
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {seconds:02d} s"
    return f"{seconds} s"


def _header_rows(doc: Document) -> list[tuple[str, str]]:
    version = "" if doc.flow_version is None else f" (version {doc.flow_version})"
    if doc.ended_at is not None:
        end, duration = _timestamp(doc.ended_at), _duration(doc.ended_at - doc.started_at)
    else:
        end = f"not ended ({_OUTCOMES[doc.status].lower()})"
        duration = f"{_duration(doc.last_event_at - doc.started_at)} so far"
    return [
        ("Ticket", doc.ticket or "none"),
        ("Client", doc.client or "none"),
        ("Target", doc.target or "none"),
        ("Engineer", doc.engineer),
        ("Flow", f"{doc.title}{version}"),
        ("Started", _timestamp(doc.started_at)),
        ("Ended", end),
        ("Duration", duration),
        ("Outcome", _OUTCOMES[doc.status]),
        *([("Progress", doc.progress)] if doc.progress else []),
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def _headline(entry: Entry) -> str:
    """`Asked: Does Outlook start? -> Yes` (plain text)."""
    line = entry.verb
    if entry.subject:
        line += f": {_one_line(entry.subject)}"
    if entry.detail:
        line += f" -> {_one_line(entry.detail)}"
    if entry.undone:
        line += " (undone by going back)"
    if entry.by:
        line += f" [{_one_line(entry.by)}]"
    return line


# Markdown to plain text, for the text formats: emphasis, code marks, headings, quotes and fences go.
_MD_MARKS = re.compile(r"[*_`#>\[]")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)[^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`+)(?=\S)(.+?)(?<=\S)\1")
_MD_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|```.*$|~~~.*$)", re.MULTILINE)


def plain(markdown: str) -> str:
    if _MD_MARKS.search(markdown) is None:
        return markdown
    text = _MD_LINK.sub(lambda m: f"{m[1]} ({m[2]})" if m[2] else m[1], markdown)
    text = _MD_LINE_MARK.sub("", text)
    for _ in range(2):  # nested emphasis: **_x_**
        text = _MD_EMPHASIS.sub(r"\2", text)
    return text


# --- Markdown -------------------------------------------------------------------------------

_MD_INLINE = re.compile(r"[\\`*_\[\]<>|~&#]")


def _md_inline(text: str) -> str:
    text = _one_line(text)
    return _MD_INLINE.sub(r"\\\g<0>", text) if _MD_INLINE.search(text) else text


def _fence(text: str) -> str:
    if "```" not in text:
        return "```"
    return "`" * (max(len(run) for run in re.findall(r"`+", text)) + 1)


def _md_code(block: Block, indent: str) -> str:
    fence = _fence(block.text)
    body = block.text.rstrip("\n").replace("\n", "\n" + indent)
    return f"{indent}{block.label}:\n\n{indent}{fence}\n{indent}{body}\n{indent}{fence}\n"


_MD_BOXES = {"done": "[x]", "failed": "[x] **failed**", "skipped": "[x] _skipped_", "open": "[ ]", "n/a": "[x] _n/a_"}


def _item_line(
    item: ChecklistItem, clock: Callable[[datetime], str], text: Callable[[str], str], arrow: str = "→"
) -> str:
    """`Title -> detail (Erin Engineer, 09:14; assigned to Sam, due ...)` with `text` escaping user text."""
    line = text(item.title)
    if item.detail:
        line += f" {arrow} {text(item.detail)}"
    facts = []
    if item.by:
        facts.append(text(item.by) + (f", {clock(item.at)}" if item.at else ""))
    if item.assignee:
        facts.append(f"assigned to {text(item.assignee)}")
    if item.due_at and item.mark == "open":
        facts.append(f"due {_timestamp(item.due_at)}")
    return line + (f" ({'; '.join(facts)})" if facts else "")


def _section_title(part: ChecklistPart) -> str:
    return (part.name or "Steps") + (" (in order)" if part.sequential else "")


def _md_blocks(blocks: Iterable[Block]) -> list[str]:
    """Notes (quoted) and output (fenced) under a list item, then a blank line when there were any."""
    out: list[str] = []
    for block in blocks:
        if block.kind == "code":
            out += ("\n", _md_code(block, "  "))
        else:
            out.append("\n  > " + block.text.replace("\n", "\n  > ") + "\n")
    return [*out, "\n"] if out else out


def _md_checklist(doc: Document, clock: Callable[[datetime], str]) -> list[str]:
    out = [f"\n## Checklist\n\n{doc.progress}\n"]
    for part in doc.checklist or ():
        out.append(f"\n### {_md_inline(_section_title(part))}\n\n")
        for item in part.items:
            out.append(f"- {_MD_BOXES[item.mark]} {_item_line(item, clock, _md_inline)}\n")
            out += _md_blocks(item.blocks)
    return out


def _md_entry(entry: Entry, clock: Callable[[datetime], str]) -> list[str]:
    line = f"- `{clock(entry.at)}` **{entry.verb}**"
    if entry.subject:
        line += f" {_md_inline(entry.subject)}"
    if entry.detail:
        line += f" → {_md_inline(entry.detail)}"
    if entry.undone:
        line += " _(undone by going back)_"
    if entry.by:
        line += f" · {_md_inline(entry.by)}"
    return [line + "\n", *_md_blocks(entry.blocks)]


def render_markdown(doc: Document) -> str:
    clock = _clock_for(doc.started_at)
    out = [f"# Session documentation: {_md_inline(doc.title)}\n\n"]
    out += [f"- **{label}:** {_md_inline(value)}\n" for label, value in _header_rows(doc)]
    if doc.ticket_summary:
        out.append(f"\n## Summary\n\n{doc.ticket_summary}\n")
    if doc.checklist is not None:
        out += _md_checklist(doc, clock)
    out.append("\n## Timeline (UTC)\n\n")
    for entry in doc.entries:
        out += _md_entry(entry, clock)
    out.append(f"\n## Outcome\n\n**{_OUTCOMES[doc.status]}**\n")
    if doc.summary:
        out.append(f"\n### Resolution summary\n\n{doc.summary}\n")
    if doc.next_steps:
        out.append("\n## Next steps\n\n")
        out += [f"- {_md_inline(step)}\n" for step in doc.next_steps]
    return "".join(out)


# --- plain text -----------------------------------------------------------------------------


def _indented(text: str, indent: str) -> str:
    return indent + text.rstrip("\n").replace("\n", "\n" + indent)


def _underlined(title: str, char: str) -> str:
    return f"{title}\n{char * min(len(title), 100)}\n"


def _text_header(doc: Document) -> list[str]:
    width = max(len(label) for label, _ in _header_rows(doc)) + 2
    return [f"{label + ':':<{width}}{_one_line(value)}\n" for label, value in _header_rows(doc)]


def _text_entry(entry: Entry, clock: Callable[[datetime], str], max_output: int | None = None) -> str:
    time = clock(entry.at)
    pad = " " * (len(time) + 2)
    lines = [f"{time}  {_headline(entry)}\n"]
    for block in entry.blocks:
        text = block.text if block.kind == "code" else plain(block.text)
        if max_output is not None and len(text) > max_output:
            text = text[:max_output] + f"\n[... {len(text) - max_output} more characters in the full export]"
        label = "" if block.kind == "markdown" else f"{pad}{block.label}:\n"
        lines.append(f"{label}{_indented(text, pad + '    ')}\n")
    return "".join(lines)


_TEXT_BOXES = {"done": "[x]", "failed": "[!]", "skipped": "[-]", "open": "[ ]", "n/a": "[~]"}


def _text_checklist(
    doc: Document, clock: Callable[[datetime], str], max_output: int | None = None, blocks: bool = True
) -> list[str]:
    """The checklist in plain text: `[x] done, [!] failed, [-] skipped, [ ] open, [~] not applicable`."""
    out = [f"{doc.progress}\n[x] done  [!] failed  [-] skipped  [ ] open  [~] not applicable\n"]
    for part in doc.checklist or ():
        out.append(f"\n{_one_line(_section_title(part))}\n")
        for item in part.items:
            out.append(f"  {_TEXT_BOXES[item.mark]} {_item_line(item, clock, _one_line, '->')}\n")
            if not blocks:
                continue
            for block in item.blocks:
                body = block.text if block.kind == "code" else plain(block.text)
                if max_output is not None and len(body) > max_output:
                    body = body[:max_output] + f"\n[... {len(body) - max_output} more characters in the full export]"
                label = "" if block.kind == "markdown" else f"        {block.label}:\n"
                out.append(f"{label}{_indented(body, '          ')}\n")
    return out


def render_text(doc: Document) -> str:
    clock = _clock_for(doc.started_at)
    out = [_underlined(f"SESSION DOCUMENTATION: {_one_line(doc.title)}", "="), "\n", *_text_header(doc)]
    if doc.ticket_summary:
        out += ["\n", _underlined("SUMMARY", "-"), f"{plain(doc.ticket_summary)}\n"]
    if doc.checklist is not None:
        out += ["\n", _underlined("CHECKLIST", "-"), *_text_checklist(doc, clock)]
    out += ["\n", _underlined("TIMELINE (UTC)", "-")]
    out += [_text_entry(entry, clock) for entry in doc.entries]
    out += ["\n", _underlined("OUTCOME", "-"), f"{_OUTCOMES[doc.status]}\n"]
    if doc.summary:
        out.append(f"\nResolution summary:\n{_indented(plain(doc.summary), '    ')}\n")
    if doc.next_steps:
        out += ["\n", _underlined("NEXT STEPS", "-")]
        out += [f"{n}. {_one_line(step)}\n" for n, step in enumerate(doc.next_steps, 1)]
    return "".join(out)


# --- PSA note -------------------------------------------------------------------------------


def render_psa(doc: Document, limit: int = PSA_NOTE_MAX_CHARS) -> str:
    """Plain text for a ConnectWise internal note: marker line first, then what matters most
    (header, outcome, summary, next steps), the timeline last so that a long one is what is cut."""
    clock = _clock_for(doc.started_at)
    head = [psa_marker(doc.session_id), "\n", f"ResolutionFlow: {_one_line(doc.title)}\n", *_text_header(doc)]
    if doc.ticket_summary:
        head.append(f"\nSummary:\n{_indented(plain(doc.ticket_summary), '  ')}\n")
    if doc.summary:
        head.append(f"\nResolution summary:\n{_indented(plain(doc.summary), '  ')}\n")
    if doc.next_steps:
        head.append("\nNext steps:\n")
        head += [f"{n}. {_one_line(step)}\n" for n, step in enumerate(doc.next_steps, 1)]
    if doc.checklist is not None:  # the steps without their notes: those are in the timeline
        head += ["\nChecklist: ", *_text_checklist(doc, clock, blocks=False)]
    text = "".join(head)
    omission = "[... {} more timeline entries: see the full export in ResolutionFlow]\n"
    reserve = len(omission) + 10
    if len(text) > limit - reserve:  # a huge summary: cut it, keep the marker
        text = text[: limit - reserve] + "\n[... cut to fit the note]\n"
    out = [text, "\nTimeline (UTC):\n"]
    size = len(text) + len(out[1])
    for index, entry in enumerate(doc.entries):
        line = _text_entry(entry, clock, PSA_OUTPUT_MAX_CHARS)
        if size + len(line) > limit - reserve:
            out.append(omission.format(len(doc.entries) - index))
            break
        out.append(line)
        size += len(line)
    return "".join(out)


# --- HTML -----------------------------------------------------------------------------------

_CSS = (
    ":root{color-scheme:light;--ink:#1d2127;--muted:#5b6470;--line:#d7dce2;--accent:#0b63e5;--code:#f3f5f8}"
    "*{box-sizing:border-box}"
    "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);"
    "background:#fff}"
    "main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem}"
    "h1{font-size:1.5rem;margin:0 0 1rem;border-bottom:3px solid var(--accent);padding-bottom:.5rem}"
    "h2{font-size:1.15rem;margin:2rem 0 .75rem;color:var(--accent)}"
    "h3{font-size:1rem;margin:1.25rem 0 .5rem}"
    "dl.header{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}"
    "dl.header dt{font-weight:600;color:var(--muted)}dl.header dd{margin:0}"
    "ol.timeline{list-style:none;margin:0;padding:0}"
    "ol.timeline>li{border-left:3px solid var(--line);padding:.35rem 0 .35rem .9rem;margin:0;break-inside:avoid}"
    "ol.timeline>li.late{border-left-color:#c77700}ol.timeline>li.undone .what{text-decoration:line-through}"
    "time{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.5rem}"
    ".verb{font-weight:600}.tag{font-size:.8rem;color:var(--muted);margin-left:.4rem}"
    ".block{margin:.4rem 0 0}.label{font-size:.8rem;color:var(--muted);margin:0}"
    "pre{background:var(--code);border:1px solid var(--line);border-radius:4px;padding:.5rem .75rem;margin:.2rem 0;"
    "white-space:pre-wrap;word-break:break-word;font:13px/1.4 ui-monospace,Consolas,monospace}"
    "blockquote{margin:.2rem 0;padding:.1rem .8rem;border-left:3px solid var(--accent);background:#f7f9fc}"
    ".outcome{font-weight:700;font-size:1.05rem}"
    "ul.checklist{list-style:none;margin:0;padding:0}ul.checklist>li{padding:.2rem 0;break-inside:avoid}"
    ".mark{display:inline-block;width:1.3rem;font-weight:700}li.failed .mark{color:#c0262d}"
    "li.done .mark{color:#1a7f37}li.na,li.skipped{color:var(--muted)}"
    "footer{margin-top:2rem;color:var(--muted);font-size:.8rem}"
    "@media print{main{max-width:none;padding:0}a{color:inherit}h2{break-after:avoid}pre{border-color:#999}}"
)
_CSS_HASH = base64.b64encode(hashlib.sha256(_CSS.encode()).digest()).decode()
# The page needs nothing but its own style sheet; the same policy goes out as a response header.
HTML_CSP = f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src data:; base-uri 'none'; form-action 'none'"

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "kbd", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
_URL_SCHEMES = {"http", "https", "mailto"}
# Text without anything Markdown acts on renders as one escaped paragraph; no parser needed.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]<>#|~&]|\n|^\s*(?:[-+]|\d+[.)])")


def markdown_html(text: str) -> str:
    """Markdown an engineer wrote, as sanitised HTML (no raw HTML, no images, safe links only)."""
    if _MARKDOWN_SYNTAX.search(text) is None:
        return f"<p>{html.escape(text, quote=False)}</p>"
    rendered = _MARKDOWN.render(text)
    return nh3.clean(rendered, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes=_URL_SCHEMES)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


_HTML_MARKS = {"done": "✓", "failed": "✗", "skipped": "\u2013", "open": "○", "n/a": "∅"}


def _html_blocks(blocks: Iterable[Block], md: Callable[[str], str]) -> list[str]:
    out = []
    for block in blocks:
        if block.kind == "code":
            out.append(f'<div class="block"><p class="label">{block.label}</p>')
            out.append(f"<pre><code>{_esc(block.text)}</code></pre></div>")
        else:
            out.append(f'<div class="block"><blockquote>{md(block.text)}</blockquote></div>')
    return out


def _html_checklist(doc: Document, clock: Callable[[datetime], str], md: Callable[[str], str]) -> list[str]:
    out = [f'<h2>Checklist</h2>\n<p class="outcome">{_esc(doc.progress or "")}</p>\n']
    for part in doc.checklist or ():
        out.append(f'<h3>{_esc(_one_line(_section_title(part)))}</h3>\n<ul class="checklist">\n')
        for item in part.items:
            mark = _HTML_MARKS[item.mark]
            out.append(
                f'<li class="{item.mark.replace("/", "")}"><span class="mark" title="{item.mark}">{mark}</span> '
            )
            out.append(_esc(_item_line(item, clock, _one_line)))
            out += _html_blocks(item.blocks, md)
            out.append("</li>\n")
        out.append("</ul>\n")
    return out


def render_html(doc: Document) -> str:
    clock = _clock_for(doc.started_at)
    rendered: dict[str, str] = {}

    def md(text: str) -> str:
        found = rendered.get(text)
        if found is None:
            found = rendered[text] = markdown_html(text)
        return found

    title = _esc(f"Session documentation: {_one_line(doc.title)}")
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(HTML_CSP)}">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{title}</title><style>{_CSS}</style></head>\n<body><main>\n<h1>{title}</h1>\n"
        '<dl class="header">'
    ]
    out += [f"<dt>{label}</dt><dd>{_esc(value)}</dd>" for label, value in _header_rows(doc)]
    out.append("</dl>\n")
    if doc.ticket_summary:
        out.append(f"<h2>Summary</h2>\n{md(doc.ticket_summary)}\n")
    if doc.checklist is not None:
        out += _html_checklist(doc, clock, md)
    out.append('<h2>Timeline <span class="tag">UTC</span></h2>\n<ol class="timeline">\n')
    for entry in doc.entries:
        classes = " ".join(c for c, on in (("late", entry.late), ("undone", entry.undone)) if on)
        out.append(f'<li class="{classes}">' if classes else "<li>")
        at = _utc(entry.at).isoformat(timespec="seconds")
        out.append(f'<time datetime="{at}">{clock(entry.at)}</time>')
        out.append(f'<span class="what"><span class="verb">{entry.verb}</span>')
        if entry.subject:
            out.append(f" {_esc(_one_line(entry.subject))}")
        if entry.detail:
            out.append(f" → {_esc(_one_line(entry.detail))}")
        out.append("</span>")
        if entry.undone:
            out.append('<span class="tag">undone by going back</span>')
        if entry.late:
            out.append('<span class="tag">added after the session ended</span>')
        if entry.by:
            out.append(f'<span class="tag">{_esc(_one_line(entry.by))}</span>')
        out += _html_blocks(entry.blocks, md)
        out.append("</li>\n")
    out.append(f'</ol>\n<h2>Outcome</h2>\n<p class="outcome">{_OUTCOMES[doc.status]}</p>\n')
    if doc.summary:
        out.append(f"<h3>Resolution summary</h3>\n{md(doc.summary)}\n")
    if doc.next_steps:
        out.append("<h2>Next steps</h2>\n<ul>")
        out += [f"<li>{_esc(_one_line(step))}</li>" for step in doc.next_steps]
        out.append("</ul>\n")
    out.append(f"<footer>ResolutionFlow session {doc.session_id}</footer>\n</main></body></html>\n")
    return "".join(out)


# --- export ---------------------------------------------------------------------------------

_RENDERERS: dict[DocumentFormat, Callable[[Document], str]] = {
    DocumentFormat.MD: render_markdown,
    DocumentFormat.TXT: render_text,
    DocumentFormat.HTML: render_html,
    DocumentFormat.PSA: render_psa,
}


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    format: DocumentFormat
    content: str
    redactions: int
    media_type: str
    filename: str


_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def filename(doc: Document, fmt: DocumentFormat) -> str:
    """`session-T-77-1f2e3d4c.md` from the (redacted) document: ASCII only, safe in a
    Content-Disposition header."""
    ticket = _SLUG.sub("-", doc.ticket or "").strip("-")[:40]
    parts = ["session", ticket, doc.session_id.hex[:8]]
    return "-".join(part for part in parts if part) + "." + _EXTENSIONS[fmt]


def render(doc: Document, fmt: DocumentFormat) -> RenderedDocument:
    """Render an already redacted document."""
    return RenderedDocument(fmt, _RENDERERS[fmt](doc), doc.redactions, MEDIA_TYPES[fmt], filename(doc, fmt))


def export(
    log: "SessionLog",
    fmt: DocumentFormat,
    redaction: RedactionDocument,
    names: Mapping[uuid.UUID, str] | None = None,
    ticket_summary: str | None = None,
) -> RenderedDocument:
    """The session's documentation in `fmt`, every text redacted through `redaction` (a fresh
    `RedactionDocument` per export)."""
    return render(redact(build(log, names, ticket_summary), redaction), fmt)
