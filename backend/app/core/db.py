"""Engine, session factory and the declarative base shared by every domain's models."""

import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import DateTime, MetaData, Uuid
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core.clock import utcnow
from app.core.config import Settings

# Stable constraint names so migrations and autogenerate agree.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(timezone=True), uuid.UUID: Uuid}


class UUIDPrimaryKey:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class CreatedAt:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# Set once per connection rather than per transaction (each SET is a round trip). pgvector: HNSW
# scans keep walking the graph while filters (team, model, hit type) discard candidates; results
# may come slightly out of order, which semantic ranking sorts out (app/embeddings/service.py).
SERVER_SETTINGS = {"hnsw.iterative_scan": "relaxed_order"}


def create_engine(settings: Settings) -> AsyncEngine:
    """The API's engine, with bounded waits for a pooled connection, for connecting and for each
    statement: a slow or unreachable database makes requests fail fast (503) instead of piling up."""
    return create_async_engine(
        settings.async_database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        pool_pre_ping=False,
        connect_args={
            "timeout": settings.db_connect_timeout_seconds,
            "server_settings": {**SERVER_SETTINGS, "statement_timeout": str(settings.db_statement_timeout_ms)},
        },
    )


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        yield session


DbSession = Annotated[AsyncSession, Depends(get_db)]
