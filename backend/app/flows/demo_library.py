"""Loads the demo library (app/flows/demo/flows/*.json) into a team: categories, folders, flows,
each published as version 1. Idempotent: a team that already has flows is left alone.

Each file is one entry of the flow export format (app/flows/transfer.py) without `source`, and is
loaded by the same code as an import."""

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.flows.models import Flow
from app.flows.transfer import ImportInvalid, check_import, create_flows

DEMO_DIR = Path(__file__).parent / "demo"


def demo_flow_files() -> list[Path]:
    return sorted((DEMO_DIR / "flows").glob("*.json"))


async def load_demo_library(db: AsyncSession, team_id: uuid.UUID, owner_id: uuid.UUID) -> int:
    """Create and publish every demo flow in `team_id`; returns how many were created."""
    existing = (await db.execute(select(func.count()).select_from(Flow).where(Flow.team_id == team_id))).scalar_one()
    if existing:
        return 0
    files = demo_flow_files()
    specs: list[Any] = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    try:
        entries = check_import(specs)
    except ImportInvalid as exc:
        bad = {files[error.index].name: [problem.code for problem in error.problems] for error in exc.errors}
        raise ValueError(f"demo flows are invalid: {bad}") from exc
    result = await create_flows(db, team_id, owner_id, entries, publish=True, change_note="Demo library")
    await db.commit()
    return len(result.created)
