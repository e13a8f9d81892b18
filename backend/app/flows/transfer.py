"""Flow export and import: the versioned JSON format and the logic behind the endpoints. No HTTP here.

The format is defined by `FlowExport` below (`"format": "resolutionflow.flows"`, `"version": 1`).
Its JSON Schema is committed next to this file as `flow-export.schema.json`; regenerate it after
changing these models with `cd backend && .venv/bin/python -m app.flows.transfer` (a test fails
while it is stale). DEV-ENV.md ("Flow export format") describes the format for people.

Import is all-or-nothing: every entry is checked structurally (these models) and semantically
(`validate_graph`) before anything is written, and everything is written in one transaction.
"""

import json
import re
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    SkipValidation,
    StringConstraints,
    ValidationError,
)
from sqlalchemy import select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import Conflict, NotFound, Unprocessable
from app.core.schemas import RequestBody, ResponseBody
from app.core.tenancy import in_team
from app.flows.graph import Graph
from app.flows.models import Flow, FlowKind, FlowVersion
from app.flows.schemas import Description, Name, Tag, Title
from app.flows.service import freeze_version, get_flow, get_version, new_flow
from app.flows.taxonomy import TeamTaxonomy, join_folder_path, split_folder_path
from app.flows.validation import validate_graph
from app.search import service as search

FORMAT = "resolutionflow.flows"
FORMAT_VERSION = 1
MAX_FLOWS = 500
MAX_FOLDER_NAME = 120
SCHEMA_FILE = Path(__file__).with_name("flow-export.schema.json")
IMPORT_CHANGE_NOTE = "Imported"


# --- the format ------------------------------------------------------------------------------


def _folder_path(value: str) -> str:
    names = split_folder_path(value)
    if not names:
        raise ValueError("a folder path names at least one folder")
    if any(len(name) > MAX_FOLDER_NAME for name in names):
        raise ValueError(f"folder names are at most {MAX_FOLDER_NAME} characters")
    return join_folder_path(names)


FolderPath = Annotated[
    str,
    StringConstraints(min_length=1, max_length=4000),
    AfterValidator(_folder_path),
    Field(
        description=(
            "Folder names from the top, separated by `/`, e.g. `Microsoft 365/Outlook`. Inside a name, "
            "`\\/` is a slash and `\\\\` a backslash. Missing folders are created on import."
        ),
        examples=["Microsoft 365/Outlook"],
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExportSource(_Strict):
    """Where an entry came from. Informational: import always creates new flows with new ids."""

    flow_id: uuid.UUID = Field(description="The flow's id in the exporting installation.")
    version: int | None = Field(ge=1, description="The published version exported, or null for the draft.")


class ExportedFlow(_Strict):
    """One flow: its metadata and one graph (the draft or a published version)."""

    kind: FlowKind
    title: Title
    description: Description = Field(default="", description="Markdown.")
    category: Name | None = Field(
        default=None, description="Category name, matched exactly in the importing team; created when missing."
    )
    folder: FolderPath | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=30, description="Lower-cased and de-duplicated.")
    graph: Graph
    source: ExportSource | None = Field(default=None, description="Filled by export; optional on import.")


class _Envelope(_Strict):
    format: Literal["resolutionflow.flows"] = Field(description="Always `resolutionflow.flows`.")
    version: Literal[1] = Field(description="Format version; a reader refuses versions it does not know.")
    exported_at: AwareDatetime | None = Field(default=None, description="Filled by export; optional on import.")


class FlowExport(_Envelope):
    """A file of ResolutionFlow flows, as written by export and read by import."""

    model_config = ConfigDict(title="ResolutionFlow flow export")

    flows: list[ExportedFlow] = Field(min_length=1, max_length=MAX_FLOWS)


class FlowImportIn(_Envelope):
    """The import body: the export format. The envelope is checked here; each entry of `flows` is
    checked by the import itself, so that the answer can list every problem of every entry."""

    flows: list[SkipValidation[ExportedFlow]] = Field(min_length=1, max_length=MAX_FLOWS)


def export_json_schema() -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **FlowExport.model_json_schema()}


def schema_file_text() -> str:
    return json.dumps(export_json_schema(), indent=2, ensure_ascii=False) + "\n"


# --- request and response bodies ---------------------------------------------------------------


class FlowExportIn(RequestBody):
    flow_ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_FLOWS)
    published_only: bool = Field(
        default=False, description="Export each flow's latest published version instead of its draft."
    )


class ImportProblem(ResponseBody):
    code: str = Field(description="A validation code (e.g. `dead_end`) or a structural one (e.g. `missing`).")
    message: str
    node_id: str | None = Field(default=None, description="The node concerned, when one can be named.")
    field: str | None = Field(
        default=None, description="For structural problems: where in the entry, e.g. `graph.nodes.2.title`."
    )
    related: list[str] = Field(default_factory=list)


class ImportFlowErrors(ResponseBody):
    index: int = Field(description="Position of the entry in `flows`, from 0.")
    title: str | None
    problems: list[ImportProblem]


class ImportedFlow(ResponseBody):
    index: int
    flow_id: uuid.UUID
    title: str
    source_flow_id: uuid.UUID | None = Field(description="`source.flow_id` of the entry, when it had one.")


class ImportOut(ResponseBody):
    created: list[ImportedFlow]
    categories_created: list[str]
    folders_created: list[str] = Field(description="Paths of the folders created, parents before children.")


class ImportInvalid(Unprocessable):
    code = "import_invalid"
    message = "Nothing was imported: fix the flows listed in `errors` and import the file again."

    def __init__(self, errors: list[ImportFlowErrors]) -> None:
        self.errors = errors
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "errors": [error.model_dump(mode="json") for error in self.errors]}


# --- export ----------------------------------------------------------------------------------


def _entry(flow: Flow, graph: dict[str, Any], version: int | None, taxonomy: TeamTaxonomy) -> ExportedFlow:
    return ExportedFlow(
        kind=FlowKind(flow.kind),
        title=flow.title,
        description=flow.description,
        category=taxonomy.category_name(flow.category_id),
        folder=taxonomy.folder_path(flow.folder_id),
        tags=list(flow.tags),
        graph=Graph.model_validate(graph),
        source=ExportSource(flow_id=flow.id, version=version),
    )


def _document(entries: list[ExportedFlow]) -> FlowExport:
    return FlowExport(format=FORMAT, version=FORMAT_VERSION, exported_at=utcnow(), flows=entries)


def _nothing_published(flow_ids: list[uuid.UUID]) -> Conflict:
    return Conflict(
        "Not published yet: " + ", ".join(str(flow_id) for flow_id in flow_ids) + ".", code="nothing_published"
    )


async def export_flow(
    db: AsyncSession, principal: Principal, flow_id: uuid.UUID, *, version: int | None, published: bool
) -> FlowExport:
    """One flow: its draft, published version `version`, or (`published`) its latest version."""
    if version is not None and published:
        raise Unprocessable("Ask for a version or for the latest published one, not both.")
    flow = await get_flow(db, principal.scope, flow_id)
    if published:
        if flow.latest_version == 0:
            raise _nothing_published([flow.id])
        version = flow.latest_version
    graph = flow.draft_graph if version is None else (await get_version(db, flow, version)).graph
    taxonomy = await TeamTaxonomy.load(db, principal.team_id)
    return _document([_entry(flow, graph, version, taxonomy)])


async def export_flows(
    db: AsyncSession, principal: Principal, flow_ids: Sequence[uuid.UUID], *, published_only: bool
) -> FlowExport:
    """Several flows, in the order asked for (repeats dropped). Any id that is not a flow of the
    caller's team makes it a 404 with nothing exported."""
    wanted = list(dict.fromkeys(flow_ids))
    stmt = in_team(select(Flow).where(Flow.id.in_(wanted)), Flow, principal.scope)
    flows = {flow.id: flow for flow in (await db.execute(stmt)).scalars()}
    if len(flows) != len(wanted):
        raise NotFound(code="flow_not_found")
    ordered = [flows[flow_id] for flow_id in wanted]
    graphs: dict[uuid.UUID, tuple[dict[str, Any], int | None]]
    if published_only:
        unpublished = [flow.id for flow in ordered if flow.latest_version == 0]
        if unpublished:
            raise _nothing_published(unpublished)
        keys = [(flow.id, flow.latest_version) for flow in ordered]
        versions = in_team(
            select(FlowVersion).where(tuple_(FlowVersion.flow_id, FlowVersion.number).in_(keys)),
            FlowVersion,
            principal.scope,
        )
        graphs = {stored.flow_id: (stored.graph, stored.number) for stored in (await db.execute(versions)).scalars()}
    else:
        graphs = {flow.id: (flow.draft_graph, None) for flow in ordered}
    taxonomy = await TeamTaxonomy.load(db, principal.team_id)
    return _document([_entry(flow, *graphs[flow.id], taxonomy) for flow in ordered])


def export_filename(document: FlowExport) -> str:
    """A file name for the download: the flow's title, or how many flows there are."""
    if len(document.flows) == 1:
        slug = re.sub(r"[^a-z0-9]+", "-", document.flows[0].title.lower()).strip("-")[:80]
        return f"{slug or 'flow'}.flow.json"
    return f"resolutionflow-{len(document.flows)}-flows.json"


# --- import ----------------------------------------------------------------------------------


def _title_of(item: object) -> str | None:
    title = item.get("title") if isinstance(item, dict) else None
    return title[:200] if isinstance(title, str) else None


def _node_id_at(item: object, loc: tuple[int | str, ...]) -> str | None:
    """The id of the node a structural error points into (`graph.nodes.<i>...`), if it has one."""
    if len(loc) < 3 or loc[:2] != ("graph", "nodes") or not isinstance(loc[2], int) or not isinstance(item, dict):
        return None
    graph = item.get("graph")
    nodes = graph.get("nodes") if isinstance(graph, dict) else None
    if not isinstance(nodes, list) or not 0 <= loc[2] < len(nodes) or not isinstance(nodes[loc[2]], dict):
        return None
    node_id = nodes[loc[2]].get("id")
    return node_id if isinstance(node_id, str) else None


def _structural(item: object, error: ValidationError) -> list[ImportProblem]:
    return [
        ImportProblem(
            code=detail["type"],
            message=detail["msg"],
            node_id=_node_id_at(item, tuple(detail["loc"])),
            field=".".join(str(part) for part in detail["loc"]) or None,
        )
        for detail in error.errors(include_url=False, include_input=False)
    ]


def check_import(items: Sequence[object]) -> list[ExportedFlow]:
    """Every entry checked structurally and semantically; raises `ImportInvalid` listing every
    problem of every bad entry (graph warnings such as loops do not block an import)."""
    entries: list[ExportedFlow] = []
    errors: list[ImportFlowErrors] = []
    for index, item in enumerate(items):
        try:
            entry = ExportedFlow.model_validate(item)
        except ValidationError as exc:
            errors.append(ImportFlowErrors(index=index, title=_title_of(item), problems=_structural(item, exc)))
            continue
        report = validate_graph(entry.graph)
        if not report.valid:
            problems = [
                ImportProblem(code=p.code, message=p.message, node_id=p.node_id, related=p.related)
                for p in report.errors
            ]
            errors.append(ImportFlowErrors(index=index, title=entry.title, problems=problems))
        entries.append(entry)
    if errors:
        raise ImportInvalid(errors)
    return entries


async def create_flows(
    db: AsyncSession,
    team_id: uuid.UUID,
    owner_id: uuid.UUID | None,
    entries: Sequence[ExportedFlow],
    *,
    publish: bool,
    change_note: str = IMPORT_CHANGE_NOTE,
) -> ImportOut:
    """Create checked entries as new draft flows (published as version 1 with `publish`), finding
    categories and folders by name and path and creating the missing ones. No commit."""
    taxonomy = await TeamTaxonomy.load(db, team_id, lock=True)
    flows = []
    for entry in entries:
        flows.append(
            new_flow(
                team_id,
                owner_id,
                kind=entry.kind.value,
                title=entry.title,
                description=entry.description,
                category_id=await taxonomy.category_id(entry.category) if entry.category else None,
                folder_id=await taxonomy.folder_id(entry.folder) if entry.folder else None,
                tags=entry.tags,
                graph=entry.graph.model_dump(mode="json"),
            )
        )
    db.add_all(flows)
    await db.flush()  # flows before their versions
    if publish:
        for flow in flows:
            freeze_version(db, flow, owner_id, change_note)
        await db.flush()
    for flow in flows:  # the draft is also the published graph of a flow published just now
        await search.reindex_flow(db, flow, flow.draft_graph)
    return ImportOut(
        created=[
            ImportedFlow(
                index=index,
                flow_id=flow.id,
                title=flow.title,
                source_flow_id=entry.source.flow_id if entry.source else None,
            )
            for index, (entry, flow) in enumerate(zip(entries, flows, strict=True))
        ],
        categories_created=taxonomy.categories_created,
        folders_created=taxonomy.folders_created,
    )


async def import_flows(db: AsyncSession, principal: Principal, items: Sequence[object], *, publish: bool) -> ImportOut:
    """Import entries of the export format into the caller's team, owned by the caller, in one
    transaction: all of them or, when any entry is bad, none (422 `import_invalid`)."""
    entries = check_import(items)
    try:
        result = await create_flows(db, principal.team_id, principal.user_id, entries, publish=publish)
        await db.commit()
    except IntegrityError as exc:  # a category or folder changed under us (e.g. created or deleted meanwhile)
        await db.rollback()
        raise Conflict(
            "The team's categories or folders changed during the import; nothing was imported, try again.",
            code="import_conflict",
        ) from exc
    return result


def main() -> None:
    """`python -m app.flows.transfer`: (re)write the JSON Schema file from the models above."""
    SCHEMA_FILE.write_text(schema_file_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")


if __name__ == "__main__":
    main()
