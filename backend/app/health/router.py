from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.core.errors import error_response
from app.core.migrations import head_revision

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    return {}


@router.get("/readyz", summary="The database is reachable and migrated to head")
async def readyz(request: Request) -> JSONResponse:
    try:
        async with request.app.state.engine.connect() as conn:
            # A database never migrated has no alembic_version table: pending, not unreachable.
            migrated = (await conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL"))).scalar_one()
            current = (
                (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar_one_or_none()
                if migrated
                else None
            )
    except (SQLAlchemyError, OSError):
        return error_response(503, "database_unreachable", "The database cannot be reached.")
    expected = head_revision()
    if current != expected:
        return error_response(
            503, "migrations_pending", f"Database is at {current or 'no revision'}, code expects {expected}."
        )
    return JSONResponse({"status": "ready", "revision": current})
