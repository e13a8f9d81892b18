"""The flow graph: what a draft or a published version holds.

Stored as one JSONB document per version (one query reads a whole version). Question nodes branch
through their answers; every other forward link is an edge. Node ids are chosen by the editor and
stay stable across versions.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MAX_NODES = 500
MAX_ANSWERS = 50
MAX_BODY_BYTES = 64 * 1024

NodeKind = Literal["question", "action", "input", "resolution", "escalation"]
TERMINAL_KINDS: frozenset[str] = frozenset({"resolution", "escalation"})

NodeId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
VariableName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class GraphModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Command(GraphModel):
    label: Annotated[str, StringConstraints(max_length=120)] = ""
    shell: Literal["powershell", "cmd", "bash", "sh", "zsh", "other"] = "powershell"
    text: Annotated[str, StringConstraints(min_length=1, max_length=8000)]


class AnswerOption(GraphModel):
    label: ShortText
    target: NodeId


class InputSpec(GraphModel):
    variable: VariableName
    type: Literal["text", "number", "boolean", "choice"] = "text"
    required: bool = True
    pattern: Annotated[str, StringConstraints(max_length=500)] | None = Field(
        default=None, description="Regular expression a text value must match."
    )
    choices: list[ShortText] | None = Field(default=None, max_length=50, description="Allowed values for `choice`.")


class Position(GraphModel):
    x: float
    y: float


class Node(GraphModel):
    id: NodeId
    kind: NodeKind
    title: ShortText
    body: Annotated[str, Field(max_length=MAX_BODY_BYTES)] = Field(default="", description="Markdown.")
    commands: list[Command] = Field(default_factory=list, max_length=20)
    expected_result: Annotated[str, StringConstraints(max_length=4000)] | None = None
    answers: list[AnswerOption] = Field(default_factory=list, max_length=MAX_ANSWERS)
    input: InputSpec | None = None
    section: Annotated[str, StringConstraints(max_length=120)] | None = Field(
        default=None, description="Procedural grouping, e.g. 'Accounts' or 'Hardware'."
    )
    position: Position | None = None


class SectionSettings(GraphModel):
    """How a section of a procedural or maintenance flow runs as a checklist (sections without
    settings are unordered)."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=120)] = Field(
        description="A `section` used by the graph's nodes."
    )
    sequential: bool = Field(
        default=False, description="Steps are done in node order: each waits until the ones before it are closed."
    )


class Edge(GraphModel):
    source: NodeId
    target: NodeId


class Graph(GraphModel):
    start: NodeId
    nodes: list[Node] = Field(min_length=1, max_length=MAX_NODES)
    edges: list[Edge] = Field(default_factory=list, max_length=MAX_NODES * 4)
    sections: list[SectionSettings] = Field(
        default_factory=list,
        max_length=MAX_NODES,
        description="Checklist settings per section (procedural and maintenance flows); optional.",
    )
