"""The HTTP service: SPARQL 1.1 Protocol at ``/sparql``, JSON lookups under ``/api``, linked
data under ``/id``, OpenAPI at ``/docs``.

Example:
    >>> from blocgraph.config import Settings
    >>> app = create_app(Settings(store="/nonexistent"))   # opens the store on start-up
    >>> {"/sparql", "/api/bodies/{body}/members", "/api/analysis/coverage"} <= set(
    ...     app.openapi()["paths"])
    True
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blocgraph import __version__
from blocgraph.api import (
    _analysis,
    _docs,
    _export,
    _extract,
    _linked,
    _pages,
    _problems,
    _relations,
    _rest,
    _sparql,
    _status,
    _universe,
    _viz,
)
from blocgraph.api._backend import EmbeddedBackend, RemoteBackend, SparqlBackend
from blocgraph.api._context import AppContext
from blocgraph.api._fastpath import CachedAnswers
from blocgraph.api._limits import BodySizeLimit
from blocgraph.config import Settings
from blocgraph.store import open_store


def _backend(settings: Settings) -> SparqlBackend:
    if settings.endpoint:
        return RemoteBackend(settings.endpoint, settings.query_timeout)
    return EmbeddedBackend(
        settings.store,
        settings.query_workers,
        settings.query_timeout,
        settings.worker_in_memory_max_quads,
    )


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI application serving the store (or endpoint) the settings name."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(settings.store, settings.endpoint, settings.query_timeout)
        backend = _backend(settings)
        await backend.start()
        # the name index, the analytics' data and the membership index are read in the
        # background (from the files beside the store when they match it): connections are
        # accepted at once, and what needs one waits for it (blocgraph.api._warmup)
        app.state.context = AppContext(settings, backend, store)
        _universe.preload(app)
        try:
            yield
        finally:
            backend.close()
            close = getattr(app.state.context.store, "close", None)
            if close is not None:
                close()

    app = FastAPI(
        title="blocgraph",
        version=__version__,
        description="International organisations, their member states and the civilizations "
        "they span: SPARQL 1.1 at `/sparql`, JSON lookups under `/api`, linked data "
        "under `/id`.",
        lifespan=lifespan,
        docs_url=None,  # served by _docs from local files, not from a CDN
        redoc_url=None,
    )
    _docs.install(app)
    _problems.install(app)
    # innermost: the CORS and body-size middleware wrap the cached answers too
    app.add_middleware(CachedAnswers, state=app.state)
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Accept", "Content-Type", "Authorization"],
        max_age=3600,
    )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.include_router(_sparql.router)
    app.include_router(_rest.router)
    app.include_router(_relations.router)
    app.include_router(_analysis.router)
    app.include_router(_universe.router)
    app.include_router(_linked.router)
    app.include_router(_extract.router)
    app.include_router(_pages.router)
    app.include_router(_viz.router)
    app.include_router(_export.router)
    app.include_router(_status.router)
    return app


__all__ = ["create_app"]
