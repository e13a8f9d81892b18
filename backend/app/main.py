"""The FastAPI application: `create_app()` wires settings, database, middleware and routers."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.auth.principal_cache import PrincipalCache
from app.auth.router import router as auth_router
from app.core.config import Settings, get_settings, to_libpq_url
from app.core.db import create_engine, create_sessionmaker
from app.core.email import Mailer
from app.core.errors import install_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import RequestContextMiddleware
from app.core.security import AccessTokenVerifier
from app.dev.router import router as dev_router
from app.embeddings.providers import create_provider
from app.embeddings.router import router as embeddings_router
from app.embeddings.worker import EmbeddingWorker
from app.flows.router import categories_router, folders_router, tags_router
from app.flows.router import router as flows_router
from app.health.router import router as health_router
from app.insights.router import router as insights_router
from app.redaction.router import router as redaction_router
from app.search.router import router as search_router
from app.sessions.router import escalations_router
from app.sessions.router import router as sessions_router
from app.shares.router import router as shares_router
from app.shares.router import shared_router
from app.steps.router import router as steps_router
from app.teams.router import invitations_router
from app.teams.router import router as teams_router


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
        yield
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
    # Off until the lifespan starts its listener (and therefore off in tests driving the app directly).
    app.state.principal_cache = PrincipalCache(to_libpq_url(settings.database_url) if settings.database_url else None)

    api = APIRouter(prefix=settings.api_prefix)
    api.include_router(auth_router)
    api.include_router(teams_router)
    api.include_router(invitations_router)
    api.include_router(redaction_router)
    for router in (
        flows_router,
        categories_router,
        folders_router,
        tags_router,
        steps_router,
        search_router,
        embeddings_router,
        sessions_router,
        escalations_router,
        insights_router,
        shares_router,
        shared_router,
    ):
        api.include_router(router)
    if settings.environment == "local":
        api.include_router(dev_router)
    app.include_router(api)
    app.include_router(health_router)

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
        hsts=settings.environment == "production",
        access_log=settings.access_log,
    )
    return app
