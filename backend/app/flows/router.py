import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.auth.deps import CurrentPrincipal, Engineer, TeamAdmin
from app.core.db import DbSession
from app.core.schemas import PG_INT_MAX
from app.flows import service, taxonomy, transfer
from app.flows.models import FlowKind, FlowStatus
from app.flows.schemas import (
    CategoryIn,
    CategoryOut,
    DraftSaveIn,
    FlowCreateIn,
    FlowDiffOut,
    FlowOut,
    FlowPageOut,
    FlowSort,
    FlowUpdateIn,
    FolderCreateIn,
    FolderOut,
    FolderUpdateIn,
    PublishIn,
    TagOut,
    VersionOut,
)
from app.flows.transfer import FlowExport, FlowExportIn, FlowImportIn, ImportOut
from app.flows.validation import ValidationReport

router = APIRouter(prefix="/flows", tags=["flows"])


@router.get("")
async def list_flows(
    principal: CurrentPrincipal,
    db: DbSession,
    kind: FlowKind | None = None,
    flow_status: Annotated[FlowStatus | None, Query(alias="status")] = None,
    category_id: uuid.UUID | None = None,
    folder_id: uuid.UUID | None = None,
    tag: Annotated[str | None, Query(max_length=50)] = None,
    owner_id: uuid.UUID | None = None,
    favourite: bool = False,
    sort: FlowSort = "updated",
    limit: Annotated[int, Query(ge=1, le=service.PAGE_LIMIT_MAX)] = 25,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> FlowPageOut:
    filters = service.FlowFilters(
        kind=kind.value if kind else None,
        status=flow_status.value if flow_status else None,
        category_id=category_id,
        folder_id=folder_id,
        tag=tag,
        owner_id=owner_id,
        favourite=favourite,
    )
    return await service.list_flows(db, principal, filters, sort, limit, cursor)


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_flow(body: FlowCreateIn, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.create_flow(db, principal, body)


# Export and import: declared before the `/{flow_id}` routes. The format: app/flows/transfer.py and
# app/flows/flow-export.schema.json.


def _attachment(response: Response, document: FlowExport) -> FlowExport:
    response.headers["Content-Disposition"] = f'attachment; filename="{transfer.export_filename(document)}"'
    return document


@router.post(
    "/export",
    summary="Export several flows as one file (drafts, or latest published versions)",
    responses={
        404: {"description": "`flow_not_found`: an id is not a flow of your team; nothing is exported"},
        409: {"description": "`nothing_published`: with `published_only`, a flow has no published version"},
    },
)
async def export_flows(
    body: FlowExportIn, principal: CurrentPrincipal, db: DbSession, response: Response
) -> FlowExport:
    document = await transfer.export_flows(db, principal, body.flow_ids, published_only=body.published_only)
    return _attachment(response, document)


@router.post(
    "/import",
    status_code=status.HTTP_201_CREATED,
    summary="Import a file in the export format: all flows or none",
    responses={
        409: {"description": "`import_conflict`: categories or folders changed meanwhile; nothing imported"},
        413: {"description": "`body_too_large`: import files are limited to 5 MiB (`MAX_IMPORT_BODY_BYTES`)"},
        422: {
            "description": "`import_invalid`: nothing imported; `errors` lists every problem per entry "
            "(`index`, `title`, `problems`). `validation_error`: the envelope (format, version) is wrong."
        },
    },
)
async def import_flows(
    body: FlowImportIn,
    principal: Engineer,
    db: DbSession,
    publish: Annotated[bool, Query(description="Publish each imported flow as version 1.")] = False,
) -> ImportOut:
    return await transfer.import_flows(db, principal, body.flows, publish=publish)


@router.get(
    "/{flow_id}/export",
    summary="Export one flow: its draft, ?version=N, or the latest published version with ?published=true",
    responses={409: {"description": "`nothing_published`: `published=true` but nothing is published yet"}},
)
async def export_flow(
    flow_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    response: Response,
    version: Annotated[int | None, Query(ge=1, le=PG_INT_MAX)] = None,
    published: bool = False,
) -> FlowExport:
    document = await transfer.export_flow(db, principal, flow_id, version=version, published=published)
    return _attachment(response, document)


@router.get("/{flow_id}", summary="The flow with its draft, or a published version with ?version=N")
async def read_flow(
    flow_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    version: Annotated[int | None, Query(ge=1, le=PG_INT_MAX)] = None,
) -> FlowOut:
    return await service.read_flow(db, principal, flow_id, version)


@router.patch("/{flow_id}")
async def update_flow(flow_id: uuid.UUID, body: FlowUpdateIn, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.update_flow(db, principal, flow_id, body)


@router.put(
    "/{flow_id}/draft",
    responses={409: {"description": "`draft_conflict`: stale revision; `current` holds the draft"}},
)
async def save_draft(flow_id: uuid.UUID, body: DraftSaveIn, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.save_draft(db, principal, flow_id, body.revision, body.graph)


@router.delete(
    "/{flow_id}/draft",
    summary="Discard the draft: reset it to the latest published version",
    responses={409: {"description": "`nothing_published`: never published, so there is nothing to reset to"}},
)
async def discard_draft(flow_id: uuid.UUID, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.discard_draft(db, principal, flow_id)


@router.post("/{flow_id}/validate", summary="Validate the draft without publishing")
async def validate_draft(flow_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> ValidationReport:
    return await service.validate_draft(db, principal, flow_id)


@router.post(
    "/{flow_id}/publish",
    status_code=status.HTTP_201_CREATED,
    responses={
        409: {"description": "`flow_archived`: unarchive the flow first"},
        422: {"description": "`flow_invalid`: `validation` lists the problems"},
    },
)
async def publish(flow_id: uuid.UUID, body: PublishIn, principal: Engineer, db: DbSession) -> VersionOut:
    return await service.publish(db, principal, flow_id, body.change_note)


@router.get("/{flow_id}/versions")
async def list_versions(flow_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> list[VersionOut]:
    return await service.list_versions(db, principal, flow_id)


@router.get("/{flow_id}/diff", summary="Nodes added, removed and changed between two versions")
async def diff_versions(
    flow_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    base: Annotated[int, Query(alias="from", ge=1, le=PG_INT_MAX)],
    target: Annotated[
        int | None, Query(alias="to", ge=1, le=PG_INT_MAX, description="Omit to compare with the draft.")
    ] = None,
) -> FlowDiffOut:
    return await service.diff_versions(db, principal, flow_id, base, target)


@router.post("/{flow_id}/duplicate", status_code=status.HTTP_201_CREATED)
async def duplicate_flow(flow_id: uuid.UUID, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.duplicate_flow(db, principal, flow_id)


@router.post("/{flow_id}/archive")
async def archive(flow_id: uuid.UUID, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.set_archived(db, principal, flow_id, archived=True)


@router.post("/{flow_id}/unarchive")
async def unarchive(flow_id: uuid.UUID, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.set_archived(db, principal, flow_id, archived=False)


@router.delete(
    "/{flow_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={409: {"description": "`flow_in_use`: sessions use it (`session_count`); archive it instead"}},
)
async def delete_flow(flow_id: uuid.UUID, principal: TeamAdmin, db: DbSession) -> None:
    await service.delete_flow(db, principal, flow_id)


@router.put("/{flow_id}/favourite", status_code=status.HTTP_204_NO_CONTENT)
async def add_favourite(flow_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> None:
    await service.set_favourite(db, principal, flow_id, favourite=True)


@router.delete("/{flow_id}/favourite", status_code=status.HTTP_204_NO_CONTENT)
async def remove_favourite(flow_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> None:
    await service.set_favourite(db, principal, flow_id, favourite=False)


categories_router = APIRouter(prefix="/categories", tags=["library"])
folders_router = APIRouter(prefix="/folders", tags=["library"])
tags_router = APIRouter(prefix="/tags", tags=["library"])

CATEGORY_EXISTS: dict[int | str, dict[str, Any]] = {409: {"description": "`category_exists`: the name is taken"}}
FOLDER_EXISTS: dict[int | str, dict[str, Any]] = {
    409: {"description": "`folder_exists`: the name is taken in that parent folder"}
}


@categories_router.get("")
async def list_categories(principal: CurrentPrincipal, db: DbSession) -> list[CategoryOut]:
    return await taxonomy.list_categories(db, principal)


@categories_router.post("", status_code=status.HTTP_201_CREATED, responses=CATEGORY_EXISTS)
async def create_category(body: CategoryIn, principal: TeamAdmin, db: DbSession) -> CategoryOut:
    return await taxonomy.create_category(db, principal, body.name)


@categories_router.patch("/{category_id}", responses=CATEGORY_EXISTS)
async def rename_category(category_id: uuid.UUID, body: CategoryIn, principal: TeamAdmin, db: DbSession) -> CategoryOut:
    return await taxonomy.rename_category(db, principal, category_id, body.name)


@categories_router.delete("/{category_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_category(category_id: uuid.UUID, principal: TeamAdmin, db: DbSession) -> None:
    await taxonomy.delete_category(db, principal, category_id)


@folders_router.get("")
async def list_folders(principal: CurrentPrincipal, db: DbSession) -> list[FolderOut]:
    return await taxonomy.list_folders(db, principal)


@folders_router.post("", status_code=status.HTTP_201_CREATED, responses=FOLDER_EXISTS)
async def create_folder(body: FolderCreateIn, principal: TeamAdmin, db: DbSession) -> FolderOut:
    return await taxonomy.create_folder(db, principal, body.name, body.parent_id)


@folders_router.patch("/{folder_id}", summary="Rename or move a folder (no cycles)", responses=FOLDER_EXISTS)
async def update_folder(folder_id: uuid.UUID, body: FolderUpdateIn, principal: TeamAdmin, db: DbSession) -> FolderOut:
    return await taxonomy.update_folder(db, principal, folder_id, body)


@folders_router.delete("/{folder_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_folder(folder_id: uuid.UUID, principal: TeamAdmin, db: DbSession) -> None:
    await taxonomy.delete_folder(db, principal, folder_id)


@tags_router.get("", summary="Tags in use, with how many flows carry each")
async def list_tags(principal: CurrentPrincipal, db: DbSession) -> list[TagOut]:
    return await taxonomy.list_tags(db, principal)
