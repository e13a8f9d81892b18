"""The FastAPI application: `create_app()` wires settings, database, middleware and routers."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from apscheduler.triggers.interval import IntervalTrigger
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.auth.principal_cache import PrincipalCache
from app.auth.router import router as auth_router
from app.copilot.flywheel import FlywheelScheduler
from app.copilot.router import proposals_router as copilot_proposals_router
from app.copilot.router import router as copilot_router
from app.copilot.router import session_router as copilot_session_router
from app.copilot.service import create_runtime as create_copilot
from app.core.config import Settings, get_settings, to_libpq_url
from app.core.db import create_engine, create_sessionmaker
from app.core.email import Mailer
from app.core.errors import install_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import RequestContextMiddleware
from app.core.paths import API_PREFIXES
from app.core.scheduler import Scheduler
from app.core.security import AccessTokenVerifier
from app.core.spa import SpaFallback, spa_build_exists
from app.dev.router import clock_router as dev_clock_router
from app.dev.router import router as dev_router
from app.embeddings.providers import create_provider
from app.embeddings.router import router as embeddings_router
from app.embeddings.worker import EmbeddingWorker
from app.flows.router import categories_router, folders_router, tags_router
from app.flows.router import router as flows_router
from app.health.router import router as health_router
from app.insights.router import router as insights_router
from app.maintenance.router import router as maintenance_router
from app.maintenance.scheduler import MaintenanceJob
from app.meta.router import router as meta_router
from app.psa.router import pushes_router as psa_pushes_router
from app.psa.router import router as psa_router
from app.psa.runtime import PsaRuntime
from app.psa.worker import PsaPushWorker
from app.redaction.router import router as redaction_router
from app.search.router import router as search_router
from app.sessions.router import escalations_router
from app.sessions.router import router as sessions_router
from app.shares.router import router as shares_router
from app.shares.router import shared_router
from app.steps.router import router as steps_router
from app.teams.router import invitations_router
from app.teams.router import router as teams_router


def create_scheduler(settings: Settings, app: FastAPI) -> Scheduler:
    """The jobs that run on a schedule, on the one API process that holds the leader lock
    (app/core/scheduler.py)."""
    assert settings.database_url is not None  # the engine exists: so does the URL
    scheduler = Scheduler(to_libpq_url(settings.database_url), poll_seconds=settings.scheduler_leader_poll_seconds)
    maintenance = MaintenanceJob(settings, app.state.sessionmaker, app.state.mailer)
    scheduler.add_job("maintenance", maintenance.tick, IntervalTrigger(seconds=settings.maintenance_tick_seconds))
    if settings.copilot_flywheel_scheduler:
        flywheel = FlywheelScheduler(settings, app.state.sessionmaker, app.state.copilot, app.state.embedder)
        flywheel.register(scheduler)
    return scheduler


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings)
        app.state.engine = engine
        app.state.sessionmaker = create_sessionmaker(engine)
        await app.state.principal_cache.start()
        worker = EmbeddingWorker(settings, app.state.sessionmaker, app.state.embedder)
        if settings.embedding_worker:
            await worker.start()
        psa_worker = PsaPushWorker(app.state.sessionmaker, app.state.psa)
        if settings.psa_push_worker:
            await psa_worker.start()
        scheduler = app.state.scheduler = create_scheduler(settings, app)
        if settings.scheduler_enabled:
            await scheduler.start()
        if settings.environment != "test":
            # The start-up heap (modules, routes, schemas) lives as long as the process: moved out of
            # the collector's sight, full collections stop walking it every few requests (tail latency).
            gc.collect()
            gc.freeze()
        yield
        await scheduler.stop()
        await app.state.copilot.aclose()
        await psa_worker.stop()
        await app.state.psa.aclose()
        await worker.stop()
        await app.state.principal_cache.stop()
        await engine.dispose()

    app = FastAPI(
        title=settings.project_name,
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url="/api/redoc",
        lifespan=lifespan,
        swagger_ui_oauth2_redirect_url="/api/docs/oauth2-redirect",
        swagger_ui_parameters={"persistAuthorization": True},
    )
    app.state.settings = settings
    app.state.mailer = Mailer(settings)
    app.state.access_tokens = AccessTokenVerifier(settings)
    # One provider per process: wordllama loads its model once, query vectors are cached.
    app.state.embedder = create_provider(settings)
    # One pooled HTTP client for every team's PSA, the secret box and the ticket cache.
    app.state.psa = PsaRuntime(settings)
    # FlowPilot: the Anthropic client when a key is set, else offline (app/copilot/).
    app.state.copilot = create_copilot(settings)
    # Off until the lifespan starts its listener (and therefore off in tests driving the app directly).
    app.state.principal_cache = PrincipalCache(to_libpq_url(settings.database_url) if settings.database_url else None)

    # FastAPI finds a route by walking the included routers in order, twice per nesting level: the
    # routers are included straight under the API prefix, those engineers hit all day first.
    api_routers = [
        sessions_router,
        search_router,
        flows_router,
        auth_router,
        shares_router,
        escalations_router,
        steps_router,
        insights_router,
        categories_router,
        folders_router,
        tags_router,
        embeddings_router,
        teams_router,
        invitations_router,
        redaction_router,
        shared_router,
        meta_router,
        copilot_session_router,
        copilot_router,
        copilot_proposals_router,
        psa_router,
        psa_pushes_router,
        maintenance_router,
    ]
    if settings.environment == "local":
        api_routers.append(dev_router)
        if settings.e2e_clock_control:
            api_routers.append(dev_clock_router)
    for router in api_routers:
        app.include_router(router, prefix=settings.api_prefix)
    app.include_router(health_router)
    if settings.spa_dir is not None and spa_build_exists(settings.spa_dir):
        app.router.default = SpaFallback(settings.spa_dir, not_found=app.router.default, api_prefixes=API_PREFIXES)

    install_error_handlers(app)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
        expose_headers=["X-Request-ID", "Retry-After"],
    )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        body_limits={f"{settings.api_prefix}/flows/import": settings.max_import_body_bytes},
        docs_prefixes=("/api/docs", "/api/redoc"),
        api_prefixes=API_PREFIXES,
        hsts=settings.environment == "production",
        access_log=settings.access_log,
    )
    return app


def openapi_schema() -> dict[str, Any]:
    """The API's OpenAPI document as deployed (no local-only dev routes), built without a database."""
    settings = Settings(_env_file=None, environment="test", spa_dir=None, log_level="WARNING")
    return create_app(settings).openapi()
