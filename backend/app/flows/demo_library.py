"""Loads the demo library (app/flows/demo/flows/*.json) into a team: categories, folders, flows,
each published as version 1. Idempotent: a team that already has flows is left alone."""

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.flows.graph import Graph
from app.flows.models import Category, Flow, FlowStatus, Folder
from app.flows.service import freeze_version
from app.flows.validation import validate_graph

DEMO_DIR = Path(__file__).parent / "demo"


def demo_flow_files() -> list[Path]:
    return sorted((DEMO_DIR / "flows").glob("*.json"))


async def _category(db: AsyncSession, team_id: uuid.UUID, name: str, known: dict[str, uuid.UUID]) -> uuid.UUID:
    if name not in known:
        category = Category(id=uuid.uuid4(), team_id=team_id, name=name)
        db.add(category)
        await db.flush()  # without relationship()s the unit of work does not order these inserts
        known[name] = category.id
    return known[name]


async def _folder(db: AsyncSession, team_id: uuid.UUID, path: str, known: dict[str, uuid.UUID]) -> uuid.UUID:
    parent: uuid.UUID | None = None
    walked = ""
    for name in (part.strip() for part in path.split("/") if part.strip()):
        walked = f"{walked}/{name}"
        if walked not in known:
            folder = Folder(id=uuid.uuid4(), team_id=team_id, name=name, parent_id=parent)
            db.add(folder)
            await db.flush()
            known[walked] = folder.id
        parent = known[walked]
    assert parent is not None
    return parent


async def load_demo_library(db: AsyncSession, team_id: uuid.UUID, owner_id: uuid.UUID) -> int:
    """Create and publish every demo flow in `team_id`; returns how many were created."""
    existing = (await db.execute(select(func.count()).select_from(Flow).where(Flow.team_id == team_id))).scalar_one()
    if existing:
        return 0
    categories: dict[str, uuid.UUID] = {}
    folders: dict[str, uuid.UUID] = {}
    for path in demo_flow_files():
        spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        graph = Graph.model_validate(spec["graph"])
        report = validate_graph(graph)
        if not report.valid:
            raise ValueError(f"demo flow {path.name} is invalid: {[p.code for p in report.errors]}")
        flow = Flow(
            id=uuid.uuid4(),
            team_id=team_id,
            kind=spec["kind"],
            title=spec["title"],
            description=spec.get("description", ""),
            category_id=await _category(db, team_id, spec["category"], categories) if spec.get("category") else None,
            folder_id=await _folder(db, team_id, spec["folder"], folders) if spec.get("folder") else None,
            tags=sorted({tag.lower() for tag in spec.get("tags", [])}),
            status=FlowStatus.DRAFT.value,
            owner_id=owner_id,
            draft_graph=graph.model_dump(mode="json"),
            draft_revision=1,
            latest_version=0,
        )
        db.add(flow)
        await db.flush()
        freeze_version(db, flow, owner_id, "Demo library")
    await db.commit()
    return len(demo_flow_files())
